/**
 * Issue 6 end to end through the daemon, a private Dovecot and a real SMTP server: a flagged
 * request reaches staff with a per-staff reply key; staff act by replying (email-rules §4: key,
 * From, Authentication-Results from the trusted authserv-id); `approve`, `deny` and `reply` go
 * through the workflow; a forged command changes nothing; the consumer's answer reaches staff;
 * the digest arrives once a day, and not again after a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

const STAFF = 'privacy-staff@example.com';
let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon;

const config = () =>
  testConfig({
    IMAP_URL: imap.imapUrl('INBOX'),
    SMTP_URL: smtp.url,
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    STAFF_ADDRESSES: STAFF,
    TRUSTED_AUTHSERV_ID: 'mx.example.com',
    // A time always past today, so the start-up catch-up sends today's digest.
    DIGEST_TIME: '00:00',
    POLL_SCHEDULE: '0 0 1 1 *',
  });
const parsedTo = async (address: string) => Promise.all(smtp.messages.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));
const mailTo = async (address: string, matches: (m: ParsedMail) => boolean, what: string) =>
  (await waitUntil(async () => (await parsedTo(address)).filter(matches).at(-1), what)) as ParsedMail;
const replyToAddress = (m: ParsedMail) => (m.replyTo && 'value' in m.replyTo ? m.replyTo.value[0]?.address : undefined) ?? '';
const requestStatus = async (reference: string) => (await daemon.db('requests').where({ reference }).first('status'))?.status;

/** A staff reply; `headersOnTop` replaces the single passing Authentication-Results line. */
function staffMail(opts: { to: string; messageId: string; inReplyTo: string; body: string; authserv?: string; from?: string; headersOnTop?: string[] }): string {
  return [
    ...(opts.headersOnTop ?? [`Authentication-Results: ${opts.authserv ?? 'mx.example.com'}; dkim=pass header.d=example.com; dmarc=pass header.from=example.com`]),
    `From: Alex Kim <${opts.from ?? STAFF}>`,
    `To: ${opts.to}`,
    'Subject: Re: flagged request',
    'Date: Tue, 24 Nov 2026 09:00:00 -0800',
    `Message-ID: <${opts.messageId}>`,
    `In-Reply-To: <${opts.inReplyTo}>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body,
    '',
    '> the flag mail, quoted',
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-e2e-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  daemon = await startDaemon(config(), silentLogger());
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a flagged request, acted on by replying', () => {
  let flag: ParsedMail;
  let reference: string;

  it('reaches staff with a summary, the original and a per-staff reply key', async () => {
    await appendMessage(imap, sampleRequest({ messageId: 'flag-me@example.org', from: 'Dana Whitfield <dana.whitfield@example.org>' }));
    flag = await mailTo(STAFF, (m) => /flag-me@example\.org|Dana Whitfield|dana\.whitfield/.test(m.text ?? ''), 'the flag mail');
    reference = /CCPA-\d{4}-\d{6}/.exec(flag.subject ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
    expect(replyToAddress(flag)).toMatch(/^compliance\+staff-[^@]+@example\.com$/);
    expect(flag.text).toContain('approve');
    // Issue 14 item 8: what to do now, how the bot read it, where the thread stands, and no command
    // the record would refuse (no directory: the deletion waits for a person to check identity).
    expect(flag.text).toMatch(/^Next step: Check the requester's identity by hand and reply "verify METHOD"/m);
    expect(flag.text).toMatch(/How the bot read the message:\n {2}- lang en\n {2}- deletion: "/);
    expect(flag.text).toMatch(/Latest messages:\n {2}\w+ \d{1,2}, \d{4} from dana\.whitfield@example\.org\nHello,\nPlease delete all personal information you hold about me\.\nThanks,\n\.\.\./);
    expect(flag.text).toMatch(/^ {2}\w+ \d{1,2}, \d{4} to dana\.whitfield@example\.org\nHello Dana Whitfield,$/m);
    expect(flag.text).toMatch(/^ {2}verify METHOD /m);
    expect(flag.text).not.toMatch(/^ {2}(complete|close|forward) /m);
  });

  it('a forged command (Authentication-Results from an untrusted server) changes nothing', async () => {
    const before = await requestStatus(reference);
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), messageId: 'forged-approve@example.net', inReplyTo: flag.messageId!.slice(1, -1), body: 'approve', authserv: 'mx.attacker.example.net' }));
    await waitUntil(() => daemon.db('audit_events').where({ event: 'staff_reply_refused' }).first(), 'the refusal to be audited');
    expect(await requestStatus(reference)).toBe(before);
  });

  it('a forged approve with a trusted pass written below the real dmarc=fail changes nothing, and the consumer gets nothing (issue 13)', async () => {
    const before = await requestStatus(reference);
    const counts = async () => ({
      refused: Number((await daemon.db('audit_events').where({ event: 'staff_reply_refused' }).count({ n: '*' }))[0]?.n),
      consumer: Number((await daemon.db('outbox').where({ recipient: 'dana.whitfield@example.org' }).count({ n: '*' }))[0]?.n),
    });
    const start = await counts();
    const headersOnTop = [
      'Authentication-Results: mx.example.com; dkim=none; dmarc=fail (p=reject) header.from=example.com',
      'Received: from mail.example.net (mail.example.net [192.0.2.25]) by mx.example.com with ESMTPS id 4Fq; Tue, 24 Nov 2026 09:00:02 -0800',
      'Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
    ];
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), messageId: 'forged-below@example.net', inReplyTo: flag.messageId!.slice(1, -1), body: 'approve', headersOnTop }));
    await waitUntil(async () => (await counts()).refused > start.refused, 'the refusal to be audited');
    expect(await requestStatus(reference)).toBe(before);
    expect((await counts()).consumer).toBe(start.consumer);
  });

  it('`approve` moves the request through the state machine and the consumer gets the next message', async () => {
    const consumerMailBefore = (await parsedTo('dana.whitfield@example.org')).length;
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), messageId: 'staff-approve@example.com', inReplyTo: flag.messageId!.slice(1, -1), body: 'approve' }));
    await mailTo(STAFF, (m) => (m.subject ?? '').includes(reference) && /recorded|approve/i.test(m.text ?? '') && m.messageId !== flag.messageId, 'the confirmation to staff');
    await waitUntil(async () => (await parsedTo('dana.whitfield@example.org')).length > consumerMailBefore, 'the next message to the consumer');
    expect(await requestStatus(reference)).not.toBe('received');
    const audit = await daemon.db('audit_events').where({ actor: `staff:${STAFF}` }).first();
    expect(audit).toBeTruthy();
  });

  it('`reply` relays the text to the consumer, and the consumer`s answer reaches staff', async () => {
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), messageId: 'staff-relay@example.com', inReplyTo: flag.messageId!.slice(1, -1), body: 'reply Could you confirm the postal address we should use?' }));
    const relayed = await mailTo('dana.whitfield@example.org', (m) => (m.text ?? '').includes('Could you confirm the postal address'), 'the relayed message');
    expect(relayed.subject).toContain(`[${reference}]`);
    expect(relayed.from?.value[0]?.address).toBe('compliance@example.com');
    const answer = [
      'From: Dana Whitfield <dana.whitfield@example.org>',
      'To: compliance@example.com',
      `Subject: Re: ${relayed.subject}`,
      'Date: Tue, 24 Nov 2026 10:00:00 -0800',
      'Message-ID: <dana-answers@example.org>',
      `In-Reply-To: ${relayed.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Yes: 1200 Harbor Street, San Diego, CA 92101.',
      '',
    ].join('\r\n');
    await appendMessage(imap, answer);
    await mailTo(STAFF, (m) => (m.text ?? '').includes('1200 Harbor Street'), 'the consumer answer forwarded to staff');
  });
});

describe('`deny REASON`', () => {
  it('sends the consumer the denial with the reason', async () => {
    await appendMessage(imap, sampleRequest({ messageId: 'deny-me@example.org', from: 'Luis Ortega <luis.ortega@example.net>', subject: 'Delete my data' }));
    const flag = await mailTo(STAFF, (m) => /luis\.ortega|Luis Ortega/.test(m.text ?? ''), 'the flag mail');
    const reference = /CCPA-\d{4}-\d{6}/.exec(flag.subject ?? '')?.[0] ?? '';
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), messageId: 'staff-deny@example.com', inReplyTo: flag.messageId!.slice(1, -1), body: 'deny not_california Our records show no California address.' }));
    const denial = await mailTo('luis.ortega@example.net', (m) => (m.subject ?? '').includes(reference) && /not .*California|California resident/i.test(m.text ?? ''), 'the denial');
    expect(denial.text).toContain(reference);
    expect(await requestStatus(reference)).toBe('denied');
  });
});

describe('mail that belongs to no request', () => {
  it('a quarantined message reaches staff as a notice with the message attached, and no reply key', async () => {
    const cc = Array.from({ length: 1500 }, (_, i) => `p${i}@example.com`).join(',\r\n ');
    await appendMessage(imap, sampleRequest({ messageId: 'too-many-recipients@example.org', from: 'Ana Ruiz <ana.ruiz@example.net>', extraHeaders: `Cc: ${cc}` }));
    const notice = await mailTo(STAFF, (m) => /needs a person: quarantined too many recipients/i.test(m.subject ?? ''), 'the staff notice');
    expect(notice.text).toMatch(/ccpa-mailbot quarantine show \d+/);
    expect(replyToAddress(notice)).toBe(STAFF);
    expect(notice.attachments.some((a) => a.contentType === 'message/rfc822')).toBe(true);
    expect(await parsedTo('ana.ruiz@example.net')).toHaveLength(0);
  });
});

describe('the daily digest', () => {
  it('arrives once a day, with its sections, and not again after a restart', async () => {
    const digests = async () => (await parsedTo(STAFF)).filter((m) => /digest/i.test(m.subject ?? ''));
    await waitUntil(async () => (await digests()).length === 1, 'the digest');
    const [digest] = await digests();
    expect(digest!.html).toBeTruthy();
    expect(digest!.text).toMatch(/overdue/i);
    await daemon.stop();
    daemon = await startDaemon(config(), silentLogger());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await digests()).toHaveLength(1);
  });
});
