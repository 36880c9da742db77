/**
 * Issue 13, must-show 1 (replay), on a real SQLite file through the real inbound pipeline
 * (handleInbound, as the daemon runs it): a genuine, signed `reply` re-sent under a new
 * Message-ID is relayed to the consumer once; the copies change nothing, send nothing and are
 * audited (`staff_reply_replayed`). The same command in other words, or in reply to a newer mail
 * of the bot's (another reply key), is a deliberate repeat and still applies (email-rules §4).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { handleInbound, type InboundDeps } from '../../src/inbound/handle-inbound.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';
import type { StaffLoopSettings } from '../../src/staff/handle-staff-reply.js';
import { queueFlagMails } from '../../src/staff/queue-flag-mails.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { recordStaffReply } from '../../src/store/staff-replies.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { staffReply, testDkim } from '../unit/staff/signed-staff-mail.js';

const ALEX = 'alex.kim@example.com';
const BOT = 'compliance@example.com';
const CONSUMER = 'dana.whitfield@example.org';
const REPLY = 'reply\nDear Dana, we found no account under this address. Could you send the one you used?';
const dkim = testDkim();
dkim.publish('example.com');
const now = new Date('2026-11-24T18:00:00Z');
let dir: string;
let db: Db;
let deps: InboundDeps;
let settings: StaffLoopSettings;
let keyAddress: string;

const origin = { source: 'cli' as const, mailbox: null, uidValidity: null, uid: null, receivedAt: now };
const relayed = async () => Number((await db('outbox').where({ recipient: CONSUMER, kind: 'staff-message' }).count({ n: '*' }))[0]?.n);
const outboxCount = async () => Number((await db('outbox').count({ n: '*' }))[0]?.n);
const auditCount = async (event: string) => Number((await db('audit_events').where({ event }).count({ n: '*' }))[0]?.n);

/** Alex's signed mail to a reply-key address, through the whole inbound path. */
async function alexSends(messageId: string, body: string, to = keyAddress) {
  const raw = Buffer.from(await dkim.sign(staffReply({ from: ALEX, to, messageId, body }), 'example.com'));
  const handled = await handleInbound(deps, raw, origin);
  expect(handled.outcome).toBe('staff_reply');
  return handled.staffReply;
}

async function flagMailKey(at: Date): Promise<string> {
  const request = await db('requests').where({ reference: 'CCPA-2026-000001' }).first('id');
  await db.transaction((trx) =>
    queueFlagMails(trx, deps.templates, { ...settings, timeZone: 'America/Los_Angeles' }, { requestId: request.id, reason: 'consumer_reply', botAction: 'Nothing sent.', inboundMessageId: null }, at),
  );
  const flag = await simpleParser((await db('outbox').where({ kind: 'staff-flag', recipient: ALEX }).orderBy('id', 'desc').first('raw')).raw);
  return flag.replyTo?.value[0]?.address ?? '';
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-replay-'));
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, STAFF_ADDRESSES: ALEX, BOT_ADDRESS: BOT });
  db = openDb(config.databaseUrl);
  await migrate(db);
  settings = {
    sender: { name: 'MTBC Privacy Team', address: BOT, messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
    botAddress: BOT,
    staffAddresses: [ALEX],
    replyKeySecret: 'staff-replay-test-secret-0123456789abcdef',
    replyKeyDays: 30,
    trustedAuthservId: null,
    resolver: dkim.resolver,
  };
  deps = { ...inboundDeps(config, db, silentLogger()), clock: fixedClock(now), staff: async () => ({ ...settings, timeZone: 'America/Los_Angeles' }) };
  await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'request-1@example.org' })), { ...origin, receivedAt: new Date('2026-11-23T17:30:00Z') });
  keyAddress = await flagMailKey(now);
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a replayed staff command (issue 13, must-show 1)', () => {
  it('relays a genuine `reply` to the consumer once, however often it is re-sent with a new Message-ID', async () => {
    expect(await alexSends('reply-1@example.com', REPLY)).toMatchObject({ outcome: 'applied', command: 'reply' });
    expect(await relayed()).toBe(1);
    const outbox = await outboxCount();
    const status = (await db('requests').where({ reference: 'CCPA-2026-000001' }).first('status')).status;
    // Three copies, as in the issue: one byte for byte, one re-wrapped with quotation marks, one with CRLF and trailing blanks.
    const copies = [REPLY, REPLY.replace('we found', '"we   found').replace('used?', 'used?"'), `${REPLY.replace(/\n/g, '\r\n')}   \r\n\r\n`];
    for (const [i, body] of copies.entries()) {
      expect(await alexSends(`reply-1-copy-${i}@example.com`, body)).toEqual({ outcome: 'refused', reference: 'CCPA-2026-000001', command: 'reply', why: 'replay: already applied' });
    }
    expect(await relayed()).toBe(1);
    expect(await outboxCount()).toBe(outbox);
    expect((await db('requests').where({ reference: 'CCPA-2026-000001' }).first('status')).status).toBe(status);
    expect(await auditCount('staff_reply_replayed')).toBe(3);
    const first = await db('inbound_messages').where({ message_id: 'reply-1@example.com' }).first('id');
    const audit = await db('audit_events').where({ event: 'staff_reply_replayed' }).first('detail');
    expect(JSON.parse(audit.detail)).toEqual({ from: ALEX, command: 'reply', firstInboundMessageId: first.id });
    expect(await db('staff_replies').where({ failed_check: 'replay' }).pluck('outcome')).toEqual(['refused', 'refused', 'refused']);
  });

  it('still applies a command in other words, and the same words in reply to a newer mail of the bot (another thread)', async () => {
    expect(await alexSends('reply-2@example.com', `${REPLY} Thank you.`)).toMatchObject({ outcome: 'applied', command: 'reply' });
    expect(await relayed()).toBe(2);
    const newerKey = await flagMailKey(new Date(now.getTime() + 3600_000));
    expect(newerKey).not.toBe(keyAddress);
    expect(await alexSends('reply-3@example.com', REPLY, newerKey)).toMatchObject({ outcome: 'applied', command: 'reply' });
    expect(await relayed()).toBe(3);
  });

  it('lets the database refuse a second row with an applied command’s key, so two instances cannot both apply it', async () => {
    const row = { inboundMessageId: null, reference: 'CCPA-2026-000001', fromAddress: ALEX, command: 'note', outcome: 'applied' as const, failedCheck: null, detail: null, commandKey: 'f'.repeat(64) };
    await recordStaffReply(db, { ...row, messageKey: 'instance-a@example.com' }, now);
    await expect(recordStaffReply(db, { ...row, messageKey: 'instance-b@example.com' }, now)).rejects.toThrow(/UNIQUE/);
  });
});
