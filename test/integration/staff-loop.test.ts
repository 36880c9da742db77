/**
 * The staff loop of issue 6 on a real SQLite file, through the real inbound pipeline: a request
 * comes in, staff get a flag mail with a reply key, and the staff member's signed reply (a test
 * DKIM key, a stub DNS resolver) is authenticated (email-rules §4), applied through the request
 * state machine, audited under their name and confirmed; forged and replayed replies change nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeps, workflowDeps } from '../../src/compose.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';
import { handleInbound } from '../../src/inbound/handle-inbound.js';
import type { InboundDeps } from '../../src/inbound/handle-inbound.js';
import { parseMail } from '../../src/pipeline/parse/parse-mail.js';
import { handleStaffReply, type StaffLoopSettings } from '../../src/staff/handle-staff-reply.js';
import { queueFlagMails } from '../../src/staff/queue-flag-mails.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import type { WorkflowDeps } from '../../src/workflow/workflow-settings.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { staffReply, testDkim } from '../unit/staff/signed-staff-mail.js';

const ALEX = 'alex.kim@example.com';
const SAM = 'sam.ortiz@example.com';
const BOT = 'compliance@example.com';
const dkim = testDkim();
dkim.publish('example.com');
let dir: string;
let db: Db;
let deps: InboundDeps;
let staffDeps: WorkflowDeps;
let settings: StaffLoopSettings;
let flagReplyTo: string;
const now = new Date('2026-11-24T18:00:00Z');

const requestRow = () => db('requests').where({ reference: 'CCPA-2026-000001' }).first();
const outboxCount = async () => Number((await db('outbox').count({ n: '*' }))[0]?.n);

async function staffSends(opts: { from?: string; to?: string; messageId: string; body: string; sign?: boolean; verdict?: 'human' | 'auto_reply' }) {
  const unsigned = staffReply({ from: opts.from ?? ALEX, to: opts.to ?? flagReplyTo, messageId: opts.messageId, body: opts.body });
  const raw = Buffer.from(opts.sign === false ? unsigned : await dkim.sign(unsigned, 'example.com'));
  const mail = await parseMail(raw, now);
  return db.transaction((trx) => handleStaffReply({ trx, deps: staffDeps, inboundId: null, now, verdict: opts.verdict ?? 'human' }, mail, raw, settings));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-'));
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, STAFF_ADDRESSES: `${ALEX},${SAM}`, BOT_ADDRESS: BOT });
  db = openDb(config.databaseUrl);
  await migrate(db);
  deps = { ...inboundDeps(config, db, silentLogger()), clock: fixedClock(new Date('2026-11-23T17:30:00Z')) };
  staffDeps = workflowDeps(config);
  settings = {
    sender: { name: 'MTBC Privacy Team', address: BOT, messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
    botAddress: BOT,
    staffAddresses: [ALEX, SAM],
    replyKeySecret: 'staff-loop-test-secret-0123456789abcdef',
    replyKeyDays: 30,
    trustedAuthservId: null,
    resolver: dkim.resolver,
  };
  const origin = { source: 'cli' as const, mailbox: null, uidValidity: null, uid: null, receivedAt: new Date('2026-11-23T17:30:00Z') };
  await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'request-1@example.org' })), origin);
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('flag mail (issue 6 item 1)', () => {
  it('goes to each staff member with their own reply key, the summary, and the original attached', async () => {
    const request = await requestRow();
    const ids = await db.transaction((trx) =>
      queueFlagMails(trx, deps.templates, { ...settings, timeZone: 'America/Los_Angeles' }, { requestId: request.id, reason: 'low_confidence', botAction: 'Opened the request; no answer sent.', inboundMessageId: null }, now),
    );
    expect(ids).toHaveLength(2);
    const rows = await db('outbox').where({ kind: 'staff-flag' }).orderBy('id').select('recipient', 'raw');
    expect(rows.map((r) => r.recipient)).toEqual([ALEX, SAM]);
    const mails = await Promise.all(rows.map((r) => simpleParser(r.raw)));
    const [toAlex, toSam] = mails;
    flagReplyTo = toAlex?.replyTo?.value[0]?.address ?? '';
    expect(flagReplyTo).toMatch(/^compliance\+staff-2026000001-[0-9a-z]+-[a-z2-7]{20}@example\.com$/);
    expect(toSam?.replyTo?.value[0]?.address).not.toBe(flagReplyTo);
    expect(toAlex?.subject).toBe('Needs staff: low confidence (Deletion) [CCPA-2026-000001]');
    expect(toAlex?.text).toContain('Requester:   dana.whitfield@example.org');
    expect(toAlex?.text).toContain('Please delete all personal information you hold about me.');
    expect(toAlex?.attachments[0]?.contentType).toBe('message/rfc822');
  });
});

describe('staff replies (issue 6 items 2 and 3)', () => {
  it('refuses a forged From (no signature): nothing changes, no answer, audited', async () => {
    const before = { status: (await requestRow()).status, outbox: await outboxCount() };
    expect(await staffSends({ messageId: 'forged-1@example.net', body: 'deny other', sign: false })).toMatchObject({ outcome: 'refused', why: expect.stringMatching(/^authentication: dkim/) });
    expect((await requestRow()).status).toBe(before.status);
    expect(await outboxCount()).toBe(before.outbox);
    expect(await db('audit_events').where({ event: 'staff_reply_refused' }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('never answers machine mail sent to a reply-key address (an out-of-office would loop with the help reply)', async () => {
    const before = await outboxCount();
    expect(await staffSends({ messageId: 'ooo-1@example.com', body: 'I am out of the office until Monday.', verdict: 'auto_reply' })).toMatchObject({ outcome: 'refused', why: 'machine_mail: auto_reply' });
    expect(await outboxCount()).toBe(before);
  });

  it("refuses Sam using Alex's key", async () => {
    expect(await staffSends({ from: SAM, messageId: 'sam-1@example.com', body: 'approve' })).toMatchObject({ outcome: 'refused', why: 'reply_key: other_staff' });
  });

  it('answers a reply it cannot read with the help message, changing nothing', async () => {
    const before = (await requestRow()).status;
    expect(await staffSends({ messageId: 'prose-1@example.com', body: 'Looks fine, go ahead' })).toMatchObject({ outcome: 'not_understood', why: 'unknown_command' });
    expect((await requestRow()).status).toBe(before);
    const help = await db('outbox').where({ kind: 'staff-help', recipient: ALEX }).first('raw');
    const parsed = await simpleParser(help.raw);
    expect(parsed.text).toContain('the first line does not start with a command');
    expect(parsed.replyTo?.value[0]?.address).toMatch(/^compliance\+staff-2026000001-/);
  });

  it('reports a command the state machine refuses, and changes nothing', async () => {
    const before = (await requestRow()).status;
    expect(await staffSends({ messageId: 'extend-1@example.com', body: 'extend records in three systems' })).toMatchObject({ outcome: 'rejected', command: 'extend' });
    expect((await requestRow()).status).toBe(before);
    const confirmation = await simpleParser((await db('outbox').where({ kind: 'staff-confirmation' }).orderBy('id', 'desc').first('raw')).raw);
    expect(confirmation.subject).toMatch(/^Not done: extend/);
  });

  it('adds a note to the audit log under the staff member’s name', async () => {
    expect(await staffSends({ messageId: 'note-1@example.com', body: 'note called the requester' })).toMatchObject({ outcome: 'applied', command: 'note' });
    const note = await db('audit_events').where({ event: 'staff_note' }).first('actor', 'detail');
    expect(note).toEqual({ actor: `staff:${ALEX}`, detail: JSON.stringify({ note: 'called the requester' }) });
  });

  it('holds and resumes by mail, as on the command line (one table of commands, issue 12)', async () => {
    const before = (await requestRow()).status;
    expect(await staffSends({ messageId: 'hold-1@example.com', body: 'hold\nWaiting for the billing team.' })).toMatchObject({ outcome: 'applied', command: 'hold' });
    expect((await requestRow()).status).toBe('on_hold');
    expect(await staffSends({ messageId: 'resume-1@example.com', body: 'Resume.' })).toMatchObject({ outcome: 'applied', command: 'resume' });
    expect((await requestRow()).status).toBe(before);
    expect(await db('audit_events').whereIn('event', ['staff_hold', 'staff_resume']).orderBy('id').pluck('actor')).toEqual([`staff:${ALEX}`, `staff:${ALEX}`]);
  });

  it('applies deny through the state machine: denial to the requester, audit, confirmation to staff', async () => {
    expect(await staffSends({ messageId: 'deny-1@example.com', body: 'deny not_california The address on file is in Oregon.' })).toMatchObject({ outcome: 'applied', command: 'deny' });
    const request = await requestRow();
    expect(request.status).toBe('denied');
    const audit = await db('audit_events').where({ event: 'staff_deny', request_id: request.id }).first('actor');
    expect(audit.actor).toBe(`staff:${ALEX}`);
    const denial = await db('outbox').where({ kind: 'denial', recipient: 'dana.whitfield@example.org' }).first('raw');
    expect((await simpleParser(denial.raw)).text).toContain('The address on file is in Oregon.');
    const confirmation = await simpleParser((await db('outbox').where({ kind: 'staff-confirmation' }).orderBy('id', 'desc').first('raw')).raw);
    expect(confirmation.subject).toMatch(/^Done: deny/);
    expect(confirmation.text).toContain('The requester will receive: denial.');
  });

  it('a replayed staff message changes nothing', async () => {
    const before = await outboxCount();
    const audits = await db('audit_events').count({ n: '*' });
    expect(await staffSends({ messageId: 'deny-1@example.com', body: 'deny not_california The address on file is in Oregon.' })).toEqual({ outcome: 'duplicate', reference: null, command: null, why: null });
    expect(await outboxCount()).toBe(before);
    expect(await db('audit_events').count({ n: '*' })).toEqual(audits);
  });

  it('lists refused and unread replies for the digest', async () => {
    const rows = await db('staff_replies').orderBy('id').select('outcome', 'failed_check');
    expect(rows).toEqual([
      { outcome: 'refused', failed_check: 'authentication' },
      { outcome: 'refused', failed_check: 'machine_mail' },
      { outcome: 'refused', failed_check: 'reply_key' },
      { outcome: 'not_understood', failed_check: 'unknown_command' },
      { outcome: 'rejected', failed_check: 'invalid_transition' },
      { outcome: 'applied', failed_check: null },
      { outcome: 'applied', failed_check: null },
      { outcome: 'applied', failed_check: null },
      { outcome: 'applied', failed_check: null },
    ]);
  });
});
