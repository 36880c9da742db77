/** Damaged mail parses without crashing and keeps what can be read (issue item 5). */
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';
import { quarantineReason } from '../../../src/pipeline/parse/quarantine-reason.js';
import { fixtureMail } from '../screen/fixture-mail.js';

describe('malformed fixtures', () => {
  it('duplicate-headers: the first From, Subject and Message-ID win; the header map keeps all', async () => {
    const mail = await fixtureMail('malformed', 'duplicate-headers');
    expect(mail.from?.address).toBe('bea@example.com');
    expect(mail.subject).toBe('First subject');
    expect(mail.messageId).toBe('m-2a@example.com');
    expect(mail.headers.get('subject')).toEqual(['First subject', 'Second subject']);
    expect(mail.headers.get('message-id')).toHaveLength(2);
  });

  it('nul-bytes: NUL characters are dropped from subject and text', async () => {
    const mail = await fixtureMail('malformed', 'nul-bytes');
    expect(mail.subject).not.toContain('\0');
    expect(mail.text).not.toContain('\0');
    expect(mail.text).toContain('delete my');
  });

  it('invalid-base64: the decodable start of the text survives, the attachment is listed', async () => {
    const mail = await fixtureMail('malformed', 'invalid-base64');
    expect(mail.text).toContain('Please delete my data.');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['id.pdf']);
  });

  it('unclosed-boundary: the parts before the missing closing delimiter are read', async () => {
    const mail = await fixtureMail('malformed', 'unclosed-boundary');
    expect(mail.text).toContain('Please delete my data.');
  });

  it('headers-only: a message without a body has empty text', async () => {
    const mail = await fixtureMail('malformed', 'headers-only');
    expect(mail.subject).toBe('headers only');
    expect(mail.text).toBe('');
  });

  it('missing-boundary-parameter: multipart without boundary still yields a message', async () => {
    const mail = await fixtureMail('malformed', 'missing-boundary-parameter');
    expect(mail.contentType).toBe('multipart/mixed');
    expect(mail.from?.address).toBe('gus@example.com');
  });

  it('an empty buffer parses to an empty message, which is quarantined as unparseable', async () => {
    const mail = await parseMail(Buffer.alloc(0), new Date(0));
    expect(mail).toMatchObject({ from: null, text: '', rawSize: 0, contentType: 'text/plain' });
    expect(quarantineReason(Buffer.alloc(0), mail)).toBe('unparseable');
  });

  it('binary garbage parses to a sender-less message that is quarantined as no_sender', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const mail = await parseMail(garbage, new Date(0));
    expect(mail.from).toBeNull();
    expect(quarantineReason(garbage, mail)).toBe('no_sender');
  });
});
