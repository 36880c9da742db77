/**
 * Issue 16 item 5 by mail, through the daemon, a private Dovecot and a real SMTP server: staff
 * reply to a flag mail with `retype ...` or `junk`; the workflow follows (a missed right opened
 * with the receipt's clock, a misread one closed with no denial), junk sends the sender nothing,
 * and each correction is stored as a labeled example.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

const parsedTo = async (address: string) => Promise.all(smtp.messages.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));
const flagMailFor = async (name: string) => (await waitUntil(async () => (await parsedTo(STAFF)).filter((m) => (m.text ?? '').includes(name)).at(-1), `the flag mail about ${name}`)) as ParsedMail;
const replyKey = (m: ParsedMail) => (m.replyTo && 'value' in m.replyTo ? m.replyTo.value[0]?.address : undefined) ?? '';

function staffReply(flag: ParsedMail, messageId: string, body: string): string {
  return [
    'Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
    `From: Alex Kim <${STAFF}>`,
    `To: ${replyKey(flag)}`,
    'Subject: Re: flagged request',
    'Date: Tue, 24 Nov 2026 09:00:00 -0800',
    `Message-ID: <${messageId}>`,
    `In-Reply-To: ${flag.messageId ?? ''}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
    '> the flag mail, quoted',
    '',
  ].join('\r\n');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-correction-reply-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  const config = testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, STAFF_ADDRESSES: STAFF, TRUSTED_AUTHSERV_ID: 'mx.example.com', DIGEST_TIME: '23:59' });
  daemon = await startDaemon(config, silentLogger());
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('retype by reply: the missed opt-out opens with the receipt clock, nothing is denied', async () => {
  await appendMessage(imap, sampleRequest({ messageId: 'retype-mail@example.org', from: 'Mira Solis <mira.solis@example.org>' }));
  const flag = await flagMailFor('mira.solis');
  await appendMessage(imap, staffReply(flag, 'staff-retype@example.com', 'retype deletion opt-out'));
  await waitUntil(() => daemon.db('classification_corrections').where({ correction: 'retype' }).first(), 'the correction to be stored');
  const rows = await daemon.db('requests').where({ requester_address: 'mira.solis@example.org' }).orderBy('id').select('type', 'status', 'received_at');
  expect(rows.map((r) => r.type)).toEqual(['deletion', 'opt_out']);
  expect(rows[1].received_at).toEqual(rows[0].received_at);
  expect(await daemon.db('outbox').where({ recipient: 'mira.solis@example.org', kind: 'denial' })).toEqual([]);
  expect(await daemon.db('classification_corrections').where({ correction: 'retype' }).first('category', 'request_types', 'staff')).toEqual({ category: 'privacy_request', request_types: '["deletion","opt_out"]', staff: STAFF });
});

it('junk by reply: the record closes as misread and the sender is sent nothing more', async () => {
  await appendMessage(imap, sampleRequest({ messageId: 'junk-mail@example.net', from: 'Debt Relief <offers@example.net>', body: 'I want to erase my debt today! Delete my credit card balances with your program, reply YES to start.' }));
  const flag = await flagMailFor('offers@example.net');
  const before = await daemon.db('outbox').where({ recipient: 'offers@example.net' }).count({ n: '*' });
  await appendMessage(imap, staffReply(flag, 'staff-junk@example.com', 'junk'));
  await waitUntil(() => daemon.db('classification_corrections').where({ correction: 'junk' }).first(), 'the junk correction to be stored');
  expect(await daemon.db('requests').where({ requester_address: 'offers@example.net' }).pluck('status')).toEqual(['misread']);
  expect(await daemon.db('outbox').where({ recipient: 'offers@example.net' }).count({ n: '*' })).toEqual(before);
  expect(await daemon.db('inbound_messages').where({ message_key: 'junk-mail@example.net' }).first('verdict')).toEqual({ verdict: 'other' });
});
