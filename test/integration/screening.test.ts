/**
 * Screening and reply discipline against the real servers (email-rules §1-§3): machine mail is
 * stored with its verdict and never answered, a bounce of our own reply marks the requester's
 * address undeliverable and flags staff, hostile mail is quarantined without stopping the
 * mailbox, and automatic replies respect the per-sender limit and go to From, never Reply-To.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon;

const fixture = (name: string) => fs.readFileSync(path.join('test/fixtures/eml', name));
const inbound = (messageKey: string) => daemon.db('inbound_messages').where({ message_key: messageKey }).first();
const handled = (messageKey: string) => waitUntil(() => inbound(messageKey), `message ${messageKey} to be stored`);
const repliesTo = (messageId: string) => smtp.messages.filter((m) => m.raw.toString('utf8').includes(`In-Reply-To: <${messageId}>`));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-screening-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  const config = testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}` });
  daemon = await startDaemon(config, silentLogger());
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('machine mail is stored with its verdict and never answered', () => {
  for (const [file, verdict] of [
    ['auto-reply/rfc3834-auto-submitted.eml', 'auto_reply'],
    ['auto-reply/content-out-of-office-en.eml', 'auto_reply'],
    ['auto-reply/content-helpdesk-ticket-number-only.eml', 'auto_reply'],
    ['auto-reply/content-helpdesk-thanks-for-reaching-out.eml', 'auto_reply'],
    ['bulk/list-id-newsletter.eml', 'bulk'],
    ['loop/own-loop-header.eml', 'loop'],
    ['spam/x-spam-flag.eml', 'spam'],
  ] as const) {
    it(`${file} -> ${verdict}`, async () => {
      const raw = fixture(file);
      const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(raw.toString('latin1'))?.[1];
      if (!messageId) throw new Error(`${file} needs a Message-ID`);
      await appendMessage(imap, raw);
      const row = await handled(messageId);
      expect(row).toMatchObject({ verdict, status: 'processed' });
      expect(row.verdict_reason).toBeTruthy();
      await daemon.sender.drain();
      expect(repliesTo(messageId)).toHaveLength(0);
    });
  }
});

describe('robots of our own domain (the bot here is compliance@example.com)', () => {
  // Even mail that reads like a request is not answered when our own systems sent it.
  for (const [from, messageId] of [
    ['Notifications <noreply@example.com>', 'own-noreply@example.com'],
    ['Compliance <compliance+alerts@example.com>', 'own-plus-tag@example.com'],
  ] as const) {
    it(`${from} -> loop, never answered`, async () => {
      await appendMessage(imap, sampleRequest({ messageId, from }));
      const row = await handled(messageId);
      expect(row).toMatchObject({ verdict: 'loop', status: 'processed' });
      await daemon.sender.drain();
      expect(repliesTo(messageId)).toHaveLength(0);
    });
  }
});

describe('a bounce of our own reply', () => {
  it('marks the requester undeliverable, audits and flags the request for staff, and is not answered', async () => {
    await appendMessage(imap, sampleRequest({ messageId: 'will-bounce@example.org', from: 'Kai Moreno <kai.moreno@example.net>' }));
    await waitUntil(() => repliesTo('will-bounce@example.org').length === 1, 'the acknowledgement');
    const ack = await daemon.db('outbox').where({ recipient: 'kai.moreno@example.net' }).first();
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      'To: compliance@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Date: Mon, 23 Nov 2026 10:00:00 -0800',
      'Message-ID: <dsn-for-kai@mx.example.net>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message could not be delivered to kai.moreno@example.net: user unknown.',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; kai.moreno@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--b1',
      'Content-Type: text/rfc822-headers',
      '',
      'From: MTBC Privacy Team <compliance@example.com>',
      'To: kai.moreno@example.net',
      `Message-ID: <${ack.message_id}>`,
      'Subject: Re: Delete my personal information',
      '',
      '--b1--',
      '',
    ].join('\r\n');
    await appendMessage(imap, dsn);
    const row = await handled('dsn-for-kai@mx.example.net');
    expect(row.verdict).toBe('bounce');
    expect(await daemon.db('undeliverable_addresses').where({ address: 'kai.moreno@example.net' }).first()).toMatchObject({ status: '5.1.1' });
    expect(await daemon.db('staff_flags').where({ reason: 'reply_bounced', request_id: ack.request_id }).first()).toBeTruthy();
    expect(await daemon.db('audit_events').where({ event: 'reply_bounced', request_id: ack.request_id }).first()).toBeTruthy();
    await daemon.sender.drain();
    expect(smtp.messages.filter((m) => m.to.includes('mailer-daemon@mx.example.net'))).toHaveLength(0);
  });
});

describe('hostile mail', () => {
  it('with 5,000 recipients is stored, quarantined with a reason, flagged, and does not block the mailbox', async () => {
    const recipients = Array.from({ length: 5000 }, (_, i) => `person${i}@example.com`).join(',\r\n ');
    const raw = sampleRequest({ messageId: 'five-thousand@example.org', extraHeaders: `Cc: ${recipients}` });
    await appendMessage(imap, raw);
    await appendMessage(imap, sampleRequest({ messageId: 'after-hostile@example.org', from: 'Noor Aziz <noor.aziz@example.net>' }));
    const row = await handled('five-thousand@example.org');
    expect(row).toMatchObject({ status: 'quarantined', quarantine_reason: 'quarantined:too_many_recipients' });
    expect(Buffer.from(row.raw).length).toBe(Buffer.byteLength(raw));
    expect(await daemon.db('staff_flags').where({ inbound_message_id: row.id }).first()).toMatchObject({ reason: 'quarantined:too_many_recipients' });
    await waitUntil(() => repliesTo('after-hostile@example.org').length === 1, 'the next message to be answered');
    expect(repliesTo('five-thousand@example.org')).toHaveLength(0);
  });

  it('that mailparser cannot make sense of is kept byte for byte', async () => {
    // (NUL bytes cannot travel through IMAP APPEND; the unit fuzz test covers them.)
    const raw = Buffer.concat([Buffer.from('From:\r\nContent-Type: multipart/mixed\r\n\r\n'), Buffer.alloc(64, 0xff), Buffer.from('\r\n')]);
    await appendMessage(imap, raw);
    const row = await waitUntil(async () => (await daemon.db('inbound_messages').orderBy('id', 'desc').first()).raw_size === raw.length && daemon.db('inbound_messages').orderBy('id', 'desc').first(), 'the garbage message');
    expect(Buffer.compare(Buffer.from(row.raw), raw)).toBe(0);
    expect(row.status).toBe('quarantined');
  });
});

describe('reply discipline (email-rules §2, §3)', () => {
  it('answers From, never Reply-To, with the loop and suppression headers', async () => {
    await appendMessage(imap, sampleRequest({ messageId: 'reply-to-elsewhere@example.org', from: 'Ivy Chen <ivy.chen@example.net>', extraHeaders: 'Reply-To: collector@example.com' }));
    const [reply] = await waitUntil(() => repliesTo('reply-to-elsewhere@example.org').length === 1 && repliesTo('reply-to-elsewhere@example.org'), 'the acknowledgement');
    expect(reply!.to).toEqual(['ivy.chen@example.net']);
    const text = reply!.raw.toString('utf8');
    expect(text).toMatch(/^X-Auto-Response-Suppress: All$/m);
    expect(text).toMatch(/^Auto-Submitted: auto-replied$/m);
    // Header names are case-insensitive (RFC 5322 §1.2.2); nodemailer writes this one as X-Ccpa-Bot.
    expect(text).toMatch(/^X-CCPA-Bot: /im);
  });

  it('sends at most one acknowledgement per sender per day and flags the rest for staff', async () => {
    await appendMessage(imap, sampleRequest({ messageId: 'second-same-day@example.org', from: 'Ivy Chen <ivy.chen@example.net>', subject: 'Also stop selling my data' }));
    const row = await handled('second-same-day@example.org');
    const requests = await daemon.db('requests').where({ inbound_message_id: row.id });
    expect(requests.length).toBeGreaterThan(0);
    const flags = await daemon.db('staff_flags').whereIn('request_id', requests.map((r) => r.id));
    expect(flags.map((f) => f.reason)).toContain('reply_rate_limited');
    await daemon.sender.drain();
    expect(repliesTo('second-same-day@example.org')).toHaveLength(0);
  });
});
