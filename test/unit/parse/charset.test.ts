/** Charsets decode correctly, and broken declarations decode without crashing (email-rules §5). */
import { describe, expect, it } from 'vitest';
import { fixtureMail } from '../screen/fixture-mail.js';

describe('charset fixtures', () => {
  it('utf8-quoted-printable: UTF-8 body and base64 encoded-word subject', async () => {
    const mail = await fixtureMail('charset', 'utf8-quoted-printable');
    expect(mail.subject).toBe('Solicitud de eliminación');
    expect(mail.text).toContain('eliminación de mis datos. Señora López.');
  });

  it('iso-8859-1-8bit: Latin-1 body and Q encoded-word subject', async () => {
    const mail = await fixtureMail('charset', 'iso-8859-1-8bit');
    expect(mail.subject).toBe('Eliminación');
    expect(mail.text).toContain('Solicito la eliminación de mis datos, señor. Año 2026.');
  });

  it('windows-1252-smart-quotes: curly quotes, dash and euro sign', async () => {
    const mail = await fixtureMail('charset', 'windows-1252-smart-quotes');
    expect(mail.text).toContain('I don’t want you to keep my data. “Delete it” – it cost me €10.');
  });

  it('iso-2022-jp: Japanese body and subject', async () => {
    const mail = await fixtureMail('charset', 'iso-2022-jp');
    expect(mail.text).toContain('私の個人情報を削除してください。');
    expect(mail.subject).toBe('サービス');
  });

  it('declared-utf8-but-latin1: invalid UTF-8 bytes become replacement characters', async () => {
    const mail = await fixtureMail('charset', 'declared-utf8-but-latin1');
    expect(mail.text).toContain('Please delete my data. Caf\uFFFD');
  });

  it('unknown-charset: an unknown charset name still yields the ASCII text', async () => {
    const mail = await fixtureMail('charset', 'unknown-charset');
    expect(mail.text).toContain('Please delete my data.');
  });
});
