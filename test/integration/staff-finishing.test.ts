/**
 * Issue 14 end to end through the daemon, a private Dovecot and a real SMTP server: staff work that
 * can be finished. Every staff message carries the trusted Authentication-Results, as a real MX
 * writes it (email-rules §4). REVIEW_THRESHOLD is set above every confidence, so every request is
 * one the bot was unsure of and hands to staff unanswered.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowDeps } from '../../src/compose.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { loadDigestInput } from '../../src/digest/load-digest-input.js';
import { formatRequestDetail, showRequest } from '../../src/workflow/describe-request.js';
import { computeMetrics } from '../../src/workflow/compute-metrics.js';
import { requestThread } from '../../src/store/request-timeline.js';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { runWorkflowSweeps } from '../../src/workflow/run-sweeps.js';
import { OutboxSender } from '../../src/mail/outbox-sender.js';
import { openTransport } from '../../src/mail/transports.js';
import { fixedClock } from '../../src/shared/clock.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import { DIRECTORY_CSV, RECEIVED, days } from './workflow-support.js';

const STAFF = 'privacy-staff@example.com';
const COLLEAGUE = 'sam.ortiz@example.com';
let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon;

const config = () =>
  testConfig({
    IMAP_URL: imap.imapUrl('INBOX'),
    SMTP_URL: smtp.url,
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    STAFF_ADDRESSES: `${STAFF},${COLLEAGUE}`,
    TRUSTED_AUTHSERV_ID: 'mx.example.com',
    REVIEW_THRESHOLD: '0.999',
    HIPAA_FORWARD_ADDRESS: 'patient-records@example.com',
    VERIFICATION_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    POLL_SCHEDULE: '0 0 1 1 *',
    SWEEP_SCHEDULE: '0 0 1 1 *',
    RETENTION_SCHEDULE: '0 0 1 1 *',
  });
const parsedTo = async (address: string) => Promise.all(smtp.messages.filter((m) => m.to.includes(address)).map((m) => simpleParser(m.raw)));
const mailTo = async (address: string, matches: (m: ParsedMail) => boolean, what: string) =>
  (await waitUntil(async () => (await parsedTo(address)).filter(matches).at(-1), what)) as ParsedMail;
const replyToAddress = (m: ParsedMail) => (m.replyTo && 'value' in m.replyTo ? m.replyTo.value[0]?.address : undefined) ?? '';
const referenceOf = (m: ParsedMail) => /CCPA-\d{4}-\d{6}/.exec(m.subject ?? '')?.[0] ?? '';
const requestRow = async (reference: string) => daemon.db('requests').where({ reference }).first();
const openFlagReasons = async (reference: string): Promise<string[]> =>
  daemon.db('staff_flags as f').join('requests as r', 'r.id', 'f.request_id').where('r.reference', reference).whereNull('f.resolved_at').pluck('f.reason');
const auditOf = async (reference: string) => {
  const row = await requestRow(reference);
  const events = await daemon.db('audit_events').where({ request_id: row.id }).orderBy('id');
  return events.map((e: { event: string; actor: string; detail: string | null }) => ({ event: e.event, actor: e.actor, detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : {} }));
};

let staffMails = 0;
/** A staff message as a real MX delivers it: the trusted Authentication-Results on top. */
function staffMail(opts: { to: string; body: string; from?: string; subject?: string; inReplyTo?: string }): string {
  staffMails += 1;
  return [
    'Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
    `From: Staff <${opts.from ?? STAFF}>`,
    `To: ${opts.to}`,
    `Subject: ${opts.subject ?? 'Re: flagged request'}`,
    'Date: Tue, 24 Nov 2026 09:00:00 -0800',
    `Message-ID: <staff-${staffMails}-${Date.now()}@example.com>`,
    ...(opts.inReplyTo ? [`In-Reply-To: ${opts.inReplyTo}`] : []),
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body,
    '',
    '> the flag mail, quoted',
    '',
  ].join('\r\n');
}

/** Sends what a sweep queued while the clock stood at `now`. */
async function drainAt(now: Date): Promise<void> {
  const transport = openTransport(config().transport, fixedClock(now));
  const claimClock = () => new Date(Math.max(now.getTime(), Date.now()));
  await new OutboxSender({ db: daemon.db, transport, log: silentLogger(), claimant: 'test-clock', maxAttempts: 3, clock: claimClock }).drain();
  transport.close();
}

/** A request from a fictional consumer, and the flag mail staff get about it. */
async function flaggedRequest(from: string, messageId: string, body?: string): Promise<{ flag: ParsedMail; reference: string }> {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const isFlag = (m: ParsedMail) => (m.text ?? '').includes(address) && /needs a person/.test(m.text ?? '');
  const before = (await parsedTo(STAFF)).filter(isFlag).length;
  await appendMessage(imap, sampleRequest({ messageId, from, ...(body ? { body } : {}) }), { internalDate: RECEIVED });
  const flags = await waitUntil(async () => {
    const all = (await parsedTo(STAFF)).filter(isFlag);
    return all.length > before && all;
  }, `the flag mail about ${address}`);
  const flag = flags[before]!;
  return { flag, reference: referenceOf(flag) };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-finish-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  daemon = await startDaemon(config(), silentLogger(), { outboxRetryBaseMs: 200 });
  await replaceDirectory(daemon.db, parseDirectoryCsv(DIRECTORY_CSV).entries, new Date());
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('item 1: verification is never implied (§7060-§7062)', () => {
  const dana = 'dana.whitfield@example.org';
  let flag: ParsedMail;
  let reference: string;

  it('a low-confidence deletion reaches staff and nothing reaches the consumer yet', async () => {
    ({ flag, reference } = await flaggedRequest(`Dana Whitfield <${dana}>`, 'dana-unsure@example.org'));
    expect(reference).not.toBe('');
    expect(flag.text).toContain('confirm');
    expect(await daemon.db('outbox').where({ recipient: dana }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('`approve` on that flag confirms the reading: the consumer gets a challenge (confirming receipt), not "verified"', async () => {
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'approve', inReplyTo: flag.messageId! }));
    const challenge = await mailTo(dana, () => true, 'the first mail to the consumer');
    expect(challenge.subject).toContain(reference);
    expect(challenge.text).toMatch(/single-use code/);
    expect(challenge.text).not.toMatch(/verified your identity/i);
    expect(challenge.text).toContain(reference);
    const row = await requestRow(reference);
    expect(row.status).toBe('awaiting_verification');
    expect(JSON.parse(row.workflow_state)).toMatchObject({ verifiedAt: null, acknowledged: true, receiptConfirmed: true });
    const audit = await auditOf(reference);
    expect(audit.find((e) => e.event === 'acknowledged')).toMatchObject({ actor: `staff:${STAFF}` });
    expect(audit.some((e) => e.detail.verifiedBy !== undefined)).toBe(false);
    const confirmation = await mailTo(STAFF, (m) => (m.subject ?? '').includes(reference) && /not verified/i.test(m.text ?? ''), 'the confirmation to staff');
    expect(confirmation.text).toMatch(/verification-challenge/);
    // Item 5: the flag about the reading asked for a decision, and got one: it is resolved, and the digest no longer shows it.
    expect(await openFlagReasons(reference)).not.toContain('low_confidence');
    expect(await daemon.db('staff_flags').where({ request_id: row.id, reason: 'low_confidence' }).whereNotNull('resolved_at').first()).toBeTruthy();
    const input = await loadDigestInput(daemon.db, null, new Date());
    expect(input.requests.find((r) => r.reference === reference)?.openFlags).not.toContain('low_confidence');
  });

  it('`verify phone` marks it verified, the audit says how, and only then does a mail say "verified"', async () => {
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'verify phone\nCalled her back on the number in our records.', inReplyTo: flag.messageId! }));
    const verified = await mailTo(dana, (m) => /verified your identity/i.test(m.text ?? ''), 'the verified mail');
    expect(verified.subject).toContain(reference);
    const row = await requestRow(reference);
    expect(row.status).toBe('in_progress');
    expect(JSON.parse(row.workflow_state).verifiedAt).not.toBeNull();
    // Item 7: the text under the command is the audit entry's reason.
    expect((await auditOf(reference)).find((e) => e.event === 'staff_approve')).toMatchObject({
      actor: `staff:${STAFF}`,
      detail: { verifiedBy: 'phone', staffReason: 'Called her back on the number in our records.' },
    });
  });
});

describe('item 8 (in part): flag mail names the consumer an agent acts for', () => {
  it('shows the consumer`s name under the agent`s address', async () => {
    const body = 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client, Maria Lopez (maria.lopez@example.org). Please delete all personal information you hold about her.\r\n\r\nJordan Avery';
    const { flag, reference } = await flaggedRequest('Jordan Avery <jordan.avery@example.net>', 'agent-for-maria@example.net', body);
    const row = await requestRow(reference);
    expect(row.requester_role).toBe('agent');
    expect(row.consumer_name).toBe('Maria Lopez');
    expect(flag.text).toMatch(/^Consumer: +Maria Lopez$/m);
  });
});

describe('item 2: the confirmation of receipt by the confirm-by date (§7021(a)), whatever staff do', () => {
  const luis = 'luis.ortega@example.net';

  it('a flagged request nobody acts on gets the acknowledgement from the sweep before its confirm-by date, once; flag mail, `requests show` and the digest show the date', async () => {
    const { flag, reference } = await flaggedRequest(`Luis Ortega <${luis}>`, 'luis-unsure@example.org');
    const row = await requestRow(reference);
    expect(JSON.parse(row.workflow_state).due.confirmBy).toBe('2026-12-07');
    expect(flag.text).toMatch(/Confirm by: +December 7, 2026 \(not confirmed yet/);
    const shown = await showRequest(daemon.db, reference);
    expect(formatRequestDetail(shown!)).toContain('confirm by: 2026-12-07 (receipt not confirmed yet');
    const digest = buildDigest(await loadDigestInput(daemon.db, null, days(3)), days(3), 'America/Los_Angeles');
    const line = digest.sections.find((section) => section.key === 'waitingForStaff')?.lines.find((l) => l.reference === reference);
    expect(line?.action).toContain('confirm receipt by 2026-12-07');
    const deps = workflowDeps(config());
    expect(await runWorkflowSweeps(daemon.db, deps, days(3))).toMatchObject({ receiptConfirmations: 0 });
    expect(await daemon.db('outbox').where({ recipient: luis }).count({ n: '*' })).toEqual([{ n: 0 }]);
    expect((await runWorkflowSweeps(daemon.db, deps, days(12))).receiptConfirmations).toBeGreaterThanOrEqual(1);
    await drainAt(days(12));
    const ack = await mailTo(luis, () => true, 'the acknowledgement');
    expect(ack.subject).toContain(reference);
    expect(ack.text).toContain('We received your privacy request on November 23, 2026');
    expect((await runWorkflowSweeps(daemon.db, deps, days(13))).receiptConfirmations).toBe(0);
    expect(await daemon.db('outbox').where({ recipient: luis, kind: 'acknowledgement' }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(formatRequestDetail((await showRequest(daemon.db, reference))!)).toContain('confirm by: 2026-12-07 (receipt confirmed');
  });
});

describe('item 3: every record can be finished; no CCPA due date on what is not a CCPA request', () => {
  const priya = 'priya.natarajan@example.net';

  it('a question: `reply` tells the consumer no deadline, then `close` finishes it with the text kept as the reason', async () => {
    const body = 'Hello,\r\n\r\nDo you sell personal information to advertisers? I am just curious how your privacy policy works.\r\n\r\nPriya Natarajan';
    const { flag, reference } = await flaggedRequest(`Priya Natarajan <${priya}>`, 'priya-question@example.net', body);
    expect((await requestRow(reference)).type).toBe('question');
    expect(flag.text).not.toMatch(/^Due:/m);
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'reply We do not sell personal information to advertisers.', inReplyTo: flag.messageId! }));
    const answer = await mailTo(priya, (m) => (m.text ?? '').includes('We do not sell personal information'), 'the relayed answer');
    expect(answer.text).not.toMatch(/must be answered by|January|2027/);
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'close\r\nAnswered: we do not sell.', inReplyTo: flag.messageId! }));
    await waitUntil(async () => (await requestRow(reference)).status === 'closed', 'the question to be closed');
    expect((await auditOf(reference)).find((e) => e.event === 'staff_closed')).toMatchObject({ actor: `staff:${STAFF}`, detail: { reason: 'Answered: we do not sell.', to: 'closed' } });
    expect(await openFlagReasons(reference)).toEqual([]);
    await mailTo(STAFF, (m) => (m.subject ?? '').includes(reference) && /is closed/.test(m.text ?? ''), 'the confirmation of the close');
  });

  it('a HIPAA matter: `forward` sends it whole to the patient-records team, tells the patient where it went (no due date in any mail), and closes it', async () => {
    const lucia = 'lucia.fernandez@example.org';
    const body = 'Hello,\r\n\r\nPlease send me a copy of my medical records from my visit to Dr. Lee in October.\r\n\r\nLucia Fernandez';
    const { flag, reference } = await flaggedRequest(`Lucia Fernandez <${lucia}>`, 'lucia-records@example.org', body);
    expect((await requestRow(reference)).type).toBe('hipaa_matter');
    expect(flag.text).toContain('forward');
    expect(flag.text).not.toMatch(/^Due:/m);
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'forward', inReplyTo: flag.messageId! }));
    const forwarded = await mailTo('patient-records@example.com', (m) => (m.subject ?? '').includes(reference), 'the forward to the patient-records team');
    expect(forwarded.text).toContain(lucia);
    expect(forwarded.attachments.some((a) => a.contentType === 'message/rfc822' && a.content.toString().includes('lucia-records@example.org'))).toBe(true);
    const told = await mailTo(lucia, (m) => (m.text ?? '').includes('patient-records@example.com'), 'the patient told where it went');
    expect(told.subject).toContain(reference);
    await waitUntil(async () => (await requestRow(reference)).status === 'closed', 'the HIPAA matter to be closed');
    expect((await auditOf(reference)).find((e) => e.event === 'hipaa_forwarded')).toMatchObject({ actor: `staff:${STAFF}`, detail: { forwardedTo: 'patient-records@example.com', to: 'closed' } });
    for (const mail of await parsedTo(lucia)) expect(mail.text ?? '').not.toMatch(/must be answered|answer by|2027/);
  });

  it('`close` on a CCPA request is refused with what to do instead, and changes nothing', async () => {
    const { flag, reference } = await flaggedRequest('Ana Ruiz <ana.ruiz@example.net>', 'ana-unsure@example.net');
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: 'close', inReplyTo: flag.messageId! }));
    const refusal = await mailTo(STAFF, (m) => (m.subject ?? '').includes(reference) && /is a CCPA request/.test(m.text ?? ''), 'the refusal');
    expect(refusal.text).toMatch(/complete, deny REASON, withdraw, or merge REF/);
    expect((await requestRow(reference)).status).toBe('received');
  });
});

describe('item 4: a real merge (no denial, one request in the §7102 metrics)', () => {
  const noor = 'noor.haddad@example.net';
  const metricsNow = async () => {
    const rows = (await daemon.db('requests').select('*')).map((r: Record<string, unknown>) => ({
      type: String(r.type),
      status: String(r.status),
      denialReason: r.denial_reason == null ? null : String(r.denial_reason),
      receivedAt: new Date(String(r.received_at)),
      respondedAt: r.responded_at == null ? null : new Date(String(r.responded_at)),
    }));
    return computeMetrics(rows, 2026, 'America/Los_Angeles').find((m) => m.type === 'deletion')!;
  };

  it('the duplicate is closed as merged, its messages and timeline join the original, and the consumer gets nothing', async () => {
    const first = await flaggedRequest(`Noor Haddad <${noor}>`, 'noor-first@example.net');
    const second = await flaggedRequest(`Noor Haddad <${noor}>`, 'noor-second@example.net', 'Hello again,\r\n\r\nI wrote last week: please erase my account and all my data.\r\n\r\nNoor Haddad');
    expect(second.reference).not.toBe(first.reference);
    const before = await metricsNow();
    const consumerMail = Number((await daemon.db('outbox').where({ recipient: noor }).count({ n: '*' }))[0]?.n);
    await appendMessage(imap, staffMail({ to: replyToAddress(second.flag), body: `merge ${first.reference}`, inReplyTo: second.flag.messageId! }));
    await waitUntil(async () => (await requestRow(second.reference)).status === 'merged', 'the duplicate to be merged');
    const duplicate = await requestRow(second.reference);
    const original = await requestRow(first.reference);
    expect(duplicate.merged_into_id).toBe(original.id);
    expect(duplicate.denial_reason).toBeNull();
    expect(duplicate.responded_at).toBeNull();
    const after = await metricsNow();
    expect(after.received).toBe(before.received - 1);
    expect(after.denied).toBe(before.denied);
    // The timeline of the original holds the duplicate's events; its thread, the duplicate's message.
    const timeline = (await showRequest(daemon.db, first.reference))!.timeline;
    expect(timeline.some((e) => e.what === 'staff_merge' && (e.detail as { into?: string }).into === first.reference)).toBe(true);
    expect(timeline.some((e) => e.what === 'request_merged_in' && (e.detail as { duplicate?: string }).duplicate === second.reference)).toBe(true);
    const thread = await requestThread(daemon.db, original.id, noor);
    expect(thread.messageIds).toEqual(expect.arrayContaining(['noor-first@example.net', 'noor-second@example.net']));
    await mailTo(STAFF, (m) => (m.subject ?? '').includes(second.reference) && /merged into/.test(m.text ?? ''), 'the confirmation of the merge');
    expect(Number((await daemon.db('outbox').where({ recipient: noor }).count({ n: '*' }))[0]?.n)).toBe(consumerMail);
    expect(await openFlagReasons(second.reference)).toEqual([]);
  });
});

describe('item 7: every authenticated staff message gets an answer or an action', () => {
  it('a colleague replying through another staff member`s flag mail is told why, and the reply to that answer is applied', async () => {
    const { flag, reference } = await flaggedRequest('Kai Moreno <kai.moreno@example.net>', 'kai-unsure@example.net');
    const before = (await requestRow(reference)).status;
    await appendMessage(imap, staffMail({ from: COLLEAGUE, to: replyToAddress(flag), body: 'confirm', inReplyTo: flag.messageId! }));
    const help = await mailTo(COLLEAGUE, (m) => (m.subject ?? '').includes(reference) && /sent to a colleague/.test(m.text ?? ''), 'the help reply to the colleague');
    expect((await requestRow(reference)).status).toBe(before);
    expect(replyToAddress(help)).not.toBe(replyToAddress(flag));
    await appendMessage(imap, staffMail({ from: COLLEAGUE, to: replyToAddress(help), body: 'confirm', inReplyTo: help.messageId! }));
    await waitUntil(async () => (await requestRow(reference)).status !== before, 'the colleague`s command to be applied');
    expect((await auditOf(reference)).find((e) => e.event === 'acknowledged')).toMatchObject({ actor: `staff:${COLLEAGUE}` });
  });

  it('`assign` tells the assignee by flag mail, with the request and the original', async () => {
    const { flag, reference } = await flaggedRequest('Dana Whitfield <dana.whitfield@example.org>', 'dana-another@example.org', 'Hello,\r\n\r\nPlease correct my postal address: it is 12 Harbor Street.\r\n\r\nDana Whitfield');
    await appendMessage(imap, staffMail({ to: replyToAddress(flag), body: `assign ${COLLEAGUE}\r\nSam knows this customer.`, inReplyTo: flag.messageId! }));
    const told = await mailTo(COLLEAGUE, (m) => (m.subject ?? '').includes(reference) && /assigned this request to you/.test(m.text ?? ''), 'the flag mail to the assignee');
    expect(told.text).toContain('12 Harbor Street');
    expect((await parsedTo(STAFF)).some((m) => /assigned this request to you/.test(m.text ?? ''))).toBe(false);
  });

  it('staff can write fresh mail to the bot: reference in the subject, command on the first line; mail from staff never opens a consumer request', async () => {
    const { reference } = await flaggedRequest('Luis Ortega <luis.ortega@example.net>', 'luis-third@example.net', 'Hello,\r\n\r\nPlease stop selling my information and delete my account.\r\n\r\nLuis Ortega');
    const requestsBefore = Number((await daemon.db('requests').count({ n: '*' }))[0]?.n);
    await appendMessage(imap, staffMail({ to: 'compliance@example.com', subject: `About ${reference}`, body: 'note\r\nCalled Luis: he confirms both requests.' }));
    await waitUntil(async () => (await auditOf(reference)).some((e) => e.event === 'staff_note'), 'the note from fresh staff mail');
    expect((await auditOf(reference)).find((e) => e.event === 'staff_note')).toMatchObject({ actor: `staff:${STAFF}`, detail: { note: 'Called Luis: he confirms both requests.' } });
    await appendMessage(imap, staffMail({ to: 'compliance@example.com', subject: 'Question for the privacy team', body: 'Do we delete backups too?' }));
    await waitUntil(async () => Number((await daemon.db('staff_replies').where({ failed_check: 'reply_key', detail: 'no_reference' }).count({ n: '*' }))[0]?.n) > 0, 'the staff mail without a reference to be recorded');
    expect(Number((await daemon.db('requests').count({ n: '*' }))[0]?.n)).toBe(requestsBefore);
    // Every authenticated staff message gets an answer: what to write so the bot can act.
    const answer = await mailTo(STAFF, (m) => /names no request/.test(m.text ?? ''), 'the answer to staff mail without a reference');
    expect(answer.text?.replace(/\s+/g, ' ')).toContain('Write its reference (like CCPA-2026-000123) in the subject and the command on the first line');
    expect(answer.replyTo).toBeUndefined();
    expect(answer.subject).not.toMatch(/CCPA-\d{4}-\d{6}/);
  });

  it('a forged colleague (no trusted pass) gets no answer', async () => {
    const { flag, reference } = await flaggedRequest('Ana Ruiz <ana.ruiz@example.net>', 'ana-second-unsure@example.net');
    const raw = staffMail({ from: COLLEAGUE, to: replyToAddress(flag), body: 'confirm', inReplyTo: flag.messageId! }).replace('dmarc=pass', 'dmarc=fail');
    const refusals = async () => Number((await daemon.db('staff_replies').where({ failed_check: 'authentication' }).count({ n: '*' }))[0]?.n);
    const start = await refusals();
    await appendMessage(imap, raw);
    await waitUntil(async () => (await refusals()) > start, 'the refusal');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await parsedTo(COLLEAGUE)).filter((m) => (m.subject ?? '').includes(reference) && /sent to a colleague/.test(m.text ?? ''))).toHaveLength(0);
    // Listed apart in the digest, as a possible forgery, first among the problems.
    const digest = buildDigest(await loadDigestInput(daemon.db, null, new Date()), new Date(), 'America/Los_Angeles');
    expect(digest.problems[0]).toMatchObject({ kind: 'possible_forgery', kindLabel: 'Possible forgery' });
    expect(digest.problems.filter((p) => p.kind === 'possible_forgery').map((p) => p.summary).join('\n')).toContain(COLLEAGUE);
  });
});

describe('item 5: `status` exits 2 only for what an operator must act on now', () => {
  it('open staff flags alone (staff work, in the digest) do not make it exit 2', async () => {
    const open = await daemon.db('staff_flags').whereNull('resolved_at').count({ n: '*' });
    expect(Number(open[0]?.n)).toBeGreaterThan(0);
    const bin = path.resolve('bin/ccpa-mailbot.js');
    const result = spawnSync(process.execPath, [bin, 'status', '--json'], { cwd: dir, env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}` }, encoding: 'utf8' });
    const status = JSON.parse(result.stdout) as { attention: string[]; openStaffFlags: number; overdueRequests: number };
    expect(status.openStaffFlags).toBeGreaterThan(0);
    expect(status).toMatchObject({ overdueRequests: 0, attention: [] });
    expect(result.status).toBe(0);
  });
});
