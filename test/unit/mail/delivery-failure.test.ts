/** Who must act on a failed delivery (issue 13 item 3): our set-up pauses, the recipient's refusal fails. */
import { describe, expect, it } from 'vitest';
import { classifyFolderError, classifySmtpError } from '../../../src/mail/delivery-failure.js';
import { isEarlierClaim } from '../../../src/mail/release-earlier-claims.js';
import { MASKED_CODE, redactSentCode, sentDigest } from '../../../src/mail/redact-sent-code.js';

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error('test'), fields);

describe('classifySmtpError', () => {
  it.each([
    [{ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }, 'setup', 'smtp_login_refused'],
    [{ code: 'EAUTH', responseCode: 534 }, 'setup', 'smtp_login_refused'],
    [{ code: 'EENVELOPE', responseCode: 530, command: 'MAIL FROM' }, 'setup', 'smtp_login_required'],
    [{ code: 'EAUTH', responseCode: 454 }, 'setup', 'smtp_unavailable'],
    [{ code: 'ETLS' }, 'setup', 'smtp_tls'],
    [{ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'setup', 'smtp_tls'],
    [{ code: 'EDNS', originalCode: 'ENOTFOUND' }, 'setup', 'smtp_host_unknown'],
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }, 'setup', 'smtp_unavailable'],
    [{ code: 'ETIMEDOUT' }, 'setup', 'smtp_unavailable'],
    [{ code: 'EENVELOPE', responseCode: 553, command: 'MAIL FROM' }, 'setup', 'sender_refused'],
    [{ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }, 'recipient', null],
    [{ code: 'EMESSAGE', responseCode: 554, command: 'DATA' }, 'recipient', null],
    [{ code: 'EMESSAGE', responseCode: 451, command: 'DATA' }, 'transient', null],
  ])('%o is %s (%s)', (fields, fault, setup) => {
    const failure = classifySmtpError(smtpError(fields));
    expect(failure.fault).toBe(fault);
    expect(failure.setup).toBe(setup);
  });

  it('keeps the stable code, never the server text, as the code', () => {
    expect(classifySmtpError(smtpError({ code: 'EAUTH', responseCode: 535 })).code).toBe('SMTP_535');
    expect(classifySmtpError(smtpError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' })).code).toBe('ECONNREFUSED');
  });

  it('an unwritable outbox folder is the operator’s (OUTBOX_DIR)', () => {
    expect(classifyFolderError(Object.assign(new Error('EACCES'), { code: 'EACCES' }))).toMatchObject({ fault: 'setup', setup: 'outbox_dir', code: 'EACCES' });
  });
});

describe('isEarlierClaim', () => {
  const owner = { instanceId: 'bot-1', pid: 100, isRunning: (pid: number) => pid === 200 };
  it.each([
    ['bot-1:100', true], // our own pid: an earlier process (a container's pid 1), we have claimed nothing yet
    ['bot-1:300', true], // a pid that no longer runs
    ['bot-1:200', false], // still running
    ['bot-1:cli:300', true],
    ['bot-1:cli:200', false],
    ['bot-2:300', false], // another instance: it keeps its lease
    ['bot-1', false],
    ['bot-10:300', false],
  ])('%s -> %s', (claimant, expected) => expect(isEarlierClaim(claimant, owner)).toBe(expected));
});

describe('redactSentCode', () => {
  const raw = Buffer.from(
    [
      'From: MTBC <compliance@example.com>',
      'To: dana.whitfield@example.org',
      'Subject: Please verify [CCPA-2026-000001]',
      'Message-ID: <ccpa-mailbot.4567-8923@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative;',
      ' boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'This single-use code: 7KD9-Q2XA',
      'Reference CCPA-2026-000001, due 2027-01-07.',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>This single-use code: <b>7KD9-Q2XA</b></p>',
      '--b1--',
      '',
    ].join('\r\n'),
  );

  it('masks the code, keeps the headers and the rest of the text, and drops the HTML copy', async () => {
    const { raw: copy, masked } = await redactSentCode(raw);
    const text = copy.toString('utf8');
    expect(masked).toBe(1);
    expect(text).not.toContain('7KD9');
    expect(text).toContain(`This single-use code: ${MASKED_CODE}`);
    expect(text).toContain('Reference CCPA-2026-000001, due 2027-01-07.');
    expect(text).toContain('Message-ID: <ccpa-mailbot.4567-8923@example.com>');
    expect(text).not.toContain('multipart/alternative');
    expect(text).not.toContain('<b>');
  });

  it('keys the digest of a sent message when a key is given', () => {
    expect(sentDigest(raw, null)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sentDigest(raw, 'k'.repeat(32))).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(sentDigest(raw, 'k'.repeat(32))).not.toBe(sentDigest(raw, 'j'.repeat(32)));
  });
});
