/**
 * Issue 16 item 1 end to end, through the daemon, a private Dovecot and a real SMTP server: mail
 * that is no privacy matter (a sales pitch, an invoice) is stored with the verdict `other`, gets no
 * reply and no flag mail, and the next digest lists it with sender, subject and one line why. A
 * real request sent beside it is answered as always. Staff then turn one junk message into a
 * request (`requests reopen`): its clock runs from the day it arrived and the sender is answered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeRoot, digestDeps, inboundDeps } from '../../src/compose.js';
import type { Config } from '../../src/config.js';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { sendDigestNow } from '../../src/digest/send-digest.js';
import { reopenOther } from '../../src/inbound/reopen-other.js';
import { silentLogger } from '../../src/shared/logger.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

const STAFF = 'privacy-staff@example.com';
const PITCH = 'growth@example.net';
const BILLER = 'billing@example.org';
let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon;
let config: Config;

const smtpTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
const stored = (messageKey: string) => waitUntil(() => daemon.db('inbound_messages').where({ message_key: messageKey }).first(), `${messageKey} to be stored`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-junk-e2e-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  config = testConfig({
    IMAP_URL: imap.imapUrl('INBOX'),
    SMTP_URL: smtp.url,
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    STAFF_ADDRESSES: STAFF,
    TRUSTED_AUTHSERV_ID: 'mx.example.com',
    // Late enough that no start-up catch-up digest goes out before the test asks for one.
    DIGEST_TIME: '23:59',
  });
  daemon = await startDaemon(config, silentLogger());
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('answers the request, not the junk, and lists the junk in the digest with why', async () => {
  await appendMessage(imap, sampleRequest({ messageId: 'pitch-1@example.net', from: `Priya Growthly <${PITCH}>`, subject: 'Quick question', body: 'Hi there, I hope this email finds you well. Our agency helps companies like yours rank higher on Google with backlinks. Can we book a quick 15-minute call next week?' }));
  await appendMessage(imap, sampleRequest({ messageId: 'invoice-1@example.org', from: `Accounts <${BILLER}>`, subject: 'Invoice #20931', body: 'Hello accounts team, please find attached invoice #20931 for services rendered in November. The amount due is $4,250.00, payable within 30 days.' }));
  await appendMessage(imap, sampleRequest({ messageId: 'real-1@example.org', from: 'Dana Whitfield <dana.whitfield@example.org>' }));

  const pitch = await stored('pitch-1@example.net');
  const invoice = await stored('invoice-1@example.org');
  expect(pitch).toMatchObject({ verdict: 'other', status: 'processed' });
  expect(String(pitch.verdict_reason)).toMatch(/^sales: /);
  expect(invoice).toMatchObject({ verdict: 'other' });
  expect(String(invoice.verdict_reason)).toMatch(/^invoice: /);
  // The real request is acknowledged over SMTP: the proof the junk had its chance to be answered.
  await waitUntil(() => smtpTo('dana.whitfield@example.org').length > 0, 'the acknowledgement of the real request');

  for (const junk of [pitch, invoice]) {
    expect(await daemon.db('requests').where({ inbound_message_id: junk.id })).toEqual([]);
    expect(await daemon.db('staff_flags').where({ inbound_message_id: junk.id })).toEqual([]);
    expect(await daemon.db('outbox').where({ inbound_message_id: junk.id })).toEqual([]);
  }
  expect(smtpTo(PITCH)).toEqual([]);
  expect(smtpTo(BILLER)).toEqual([]);

  // A start-up catch-up digest may have gone out before the junk arrived: read the one sent now.
  const digests = async () => (await Promise.all(smtpTo(STAFF).map((m) => simpleParser(m.raw)))).filter((m) => /digest/i.test(m.subject ?? ''));
  const before = (await digests()).length;
  const result = await sendDigestNow(digestDeps(composeRoot(config), daemon.db, silentLogger()), new Date());
  expect(result.outcome).toBe('queued');
  const digest = (await waitUntil(async () => (await digests())[before], 'the digest over SMTP'));
  // As a reader sees it: the plain text is wrapped for narrow screens (format=flowed, RFC 3676).
  const text = (digest.text ?? '').replace(/\s+/g, ' ');
  expect(text).toMatch(/Not a privacy matter/);
  expect(text).toContain(PITCH);
  expect(text).toContain('Quick question');
  expect(text).toMatch(/sales: .*SEO or traffic offer/);
  expect(text).toContain(BILLER);
  expect(text).toMatch(/invoice: invoice or payment due/);
});

it('staff turn a junk message into a request: opened with the clock of its receipt, and answered', async () => {
  const pitch = await stored('pitch-1@example.net');
  const deps = inboundDeps(config, daemon.db, silentLogger());
  // However late staff act, the clock runs from the receipt.
  const later = new Date();
  const result = await reopenOther(deps, pitch.id, { category: 'privacy_request', types: ['deletion'] }, 'alex', later);
  if (!result.ok) throw new Error(result.message);
  const requests = await daemon.db('requests').where({ inbound_message_id: pitch.id }).select('type', 'received_at', 'due_date');
  expect(requests.map((r) => r.type)).toEqual(['deletion']);
  expect(new Date(requests[0].received_at).toISOString()).toBe(new Date(pitch.received_at).toISOString());
  expect(result.requests[0]?.dueDate).toBe(requests[0].due_date);
  expect(await daemon.db('inbound_messages').where({ id: pitch.id }).first('verdict')).toEqual({ verdict: 'human' });
  expect(await daemon.db('audit_events').where({ event: 'message_reclassified', inbound_message_id: pitch.id }).pluck('actor')).toEqual(['staff:alex']);
  await waitUntil(() => smtpTo(PITCH).length > 0, 'the acknowledgement of the reopened request');
  // Reopened once: a second try finds no message judged other under that id.
  expect(await reopenOther(deps, pitch.id, { category: 'question' }, 'alex', later)).toMatchObject({ ok: false });
});
