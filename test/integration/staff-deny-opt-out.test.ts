/**
 * An opt-out denied by a staff reply (issue 18 item 2, "by mail" as well as on the command line):
 * a signed staff reply to the flag mail, on a real SQLite file through the real inbound pipeline,
 * may deny an opt-out only for a documented belief of fraud, with the reasons (§7060(b), §7026(e)).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeps, workflowDeps } from '../../src/compose.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';
import { handleInbound, type InboundDeps } from '../../src/inbound/handle-inbound.js';
import { parseMail } from '../../src/pipeline/parse/parse-mail.js';
import { handleStaffReply, type StaffLoopSettings } from '../../src/staff/handle-staff-reply.js';
import { queueFlagMails } from '../../src/staff/queue-flag-mails.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import type { WorkflowDeps } from '../../src/workflow/workflow-settings.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { staffReply, testDkim } from '../unit/staff/signed-staff-mail.js';

const ALEX = 'alex.kim@example.com';
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
const optOut = () => db('requests').where({ type: 'opt_out' }).first();

async function staffSends(messageId: string, body: string) {
  const raw = Buffer.from(await dkim.sign(staffReply({ from: ALEX, to: flagReplyTo, messageId, body }), 'example.com'));
  const mail = await parseMail(raw, now);
  return db.transaction((trx) => handleStaffReply({ trx, deps: staffDeps, inboundId: null, now, verdict: 'human' }, mail, raw, settings));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-opt-out-'));
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, STAFF_ADDRESSES: ALEX, BOT_ADDRESS: BOT });
  db = openDb(config.databaseUrl);
  await migrate(db);
  deps = { ...inboundDeps(config, db, silentLogger()), clock: fixedClock(new Date('2026-11-23T17:30:00Z')) };
  staffDeps = workflowDeps(config);
  settings = {
    sender: { name: 'MTBC Privacy Team', address: BOT, messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
    botAddress: BOT,
    staffAddresses: [ALEX],
    replyKeySecret: 'staff-opt-out-test-secret-0123456789abcdef',
    replyKeyDays: 30,
    trustedAuthservId: null,
    resolver: dkim.resolver,
  };
  const origin = { source: 'cli' as const, mailbox: null, uidValidity: null, uid: null, receivedAt: new Date('2026-11-23T17:30:00Z') };
  const body = 'Hello,\r\n\r\nPlease do not sell or share my personal information.\r\n\r\nDana Whitfield';
  await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'opt-out-1@example.org', subject: 'Do not sell my data', body })), origin);
  const request = await optOut();
  await db.transaction((trx) => queueFlagMails(trx, deps.templates, { ...settings, timeZone: 'America/Los_Angeles' }, { requestId: request.id, reason: 'verified_ready', botAction: 'Confirmed the opt-out.', inboundMessageId: null }, now));
  const flag = await simpleParser((await db('outbox').where({ kind: 'staff-flag' }).first('raw')).raw);
  flagReplyTo = flag.replyTo?.value[0]?.address ?? '';
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a staff reply cannot deny an opt-out for verification (§7060(b), §7026(e))', () => {
  it('refuses `deny unverifiable` and a fraud denial without the reasons; the opt-out stands', async () => {
    expect(await optOut()).toMatchObject({ status: 'verified' });
    expect(await staffSends('deny-unverifiable@example.com', 'deny unverifiable We could not verify you.')).toMatchObject({ outcome: 'rejected', why: 'opt_out_denied_only_for_fraud' });
    expect(await staffSends('deny-fraud-bare@example.com', 'deny suspected_fraud')).toMatchObject({ outcome: 'rejected', why: 'fraud_denial_needs_explanation' });
    expect(await optOut()).toMatchObject({ status: 'verified', denial_reason: null });
    expect(await db('outbox').where({ kind: 'denial' }).first()).toBeUndefined();
  });

  it('applies a fraud denial that says why, and the requester reads it', async () => {
    const why = 'The consumer told us by phone on November 20, 2026 that this mailbox had been taken over.';
    expect(await staffSends('deny-fraud@example.com', `deny suspected_fraud ${why}`)).toMatchObject({ outcome: 'applied', command: 'deny' });
    expect(await optOut()).toMatchObject({ status: 'denied', denial_reason: 'suspected_fraud' });
    const denial = (await simpleParser((await db('outbox').where({ kind: 'denial' }).first('raw')).raw)).text?.replace(/\s+/g, ' ');
    expect(denial).toContain('We will not comply with this request');
    expect(denial).toContain('§7026(e)');
    expect(denial).toContain(why);
  });
});
