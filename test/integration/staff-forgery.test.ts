/**
 * Issue 13, must-show 1, on a real SQLite file through the real staff path (modelled on
 * staff-loop.test.ts): forged `approve` replies to a genuine reply-key address, with the bot
 * trusting `mx.example.com`, change nothing and send the consumer nothing; the genuine reply
 * still works. The MX's own header is written on top, as a receiving server prepends it
 * (RFC 8601 §5); what is below it the sender wrote. The operator's guarantee that makes this
 * hold is in test/unit/staff/forged-staff-replies.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundDeps, workflowDeps } from '../../src/compose.js';
import { fixedClock } from '../../src/shared/clock.js';
import { createLogger, silentLogger } from '../../src/shared/logger.js';
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
const BOT = 'compliance@example.com';
const CONSUMER = 'dana.whitfield@example.org';
const PASS = 'dkim=pass header.d=example.com header.s=test; dmarc=pass (p=reject) header.from=example.com';
const MX_FAIL = 'Authentication-Results: mx.example.com; spf=softfail smtp.mailfrom=example.com; dkim=none; dmarc=fail (p=reject) header.from=example.com';
const RECEIVED = 'Received: from mail.example.net (mail.example.net [192.0.2.25]) by mx.example.com with ESMTPS id 4Fq; Tue, 24 Nov 2026 10:00:02 -0800';
const dkim = testDkim();
dkim.publish('example.com');
const now = new Date('2026-11-24T18:00:00Z');
let dir: string;
let db: Db;
let deps: InboundDeps;
let staffDeps: WorkflowDeps;
let settings: StaffLoopSettings;
let keyAddress: string;

const requestRow = () => db('requests').where({ reference: 'CCPA-2026-000001' }).first();
const outboxCount = async (where: Record<string, string> = {}) => Number((await db('outbox').where(where).count({ n: '*' }))[0]?.n);

/** `approve` from Alex with these header lines on top; the key in To, or only in Cc with To the consumer. */
async function staffSends(messageId: string, headersOnTop: string[], keyOnlyInCc = false) {
  const extraHeaders = [...headersOnTop, ...(keyOnlyInCc ? [`Cc: ${keyAddress}`] : [])];
  const raw = Buffer.from(staffReply({ from: ALEX, to: keyOnlyInCc ? CONSUMER : keyAddress, messageId, body: 'approve', extraHeaders }));
  const mail = await parseMail(raw, now);
  return db.transaction((trx) => handleStaffReply({ trx, deps: staffDeps, inboundId: null, now, verdict: 'human' }, mail, raw, settings));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-staff-forgery-'));
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, STAFF_ADDRESSES: ALEX, BOT_ADDRESS: BOT, TRUSTED_AUTHSERV_ID: 'mx.example.com' });
  db = openDb(config.databaseUrl);
  await migrate(db);
  deps = { ...inboundDeps(config, db, silentLogger()), clock: fixedClock(new Date('2026-11-23T17:30:00Z')) };
  staffDeps = workflowDeps(config);
  settings = {
    sender: { name: 'MTBC Privacy Team', address: BOT, messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
    botAddress: BOT,
    staffAddresses: [ALEX],
    replyKeySecret: 'staff-forgery-test-secret-0123456789abcdef',
    replyKeyDays: 30,
    trustedAuthservId: 'mx.example.com',
    resolver: dkim.resolver,
  };
  const origin = { source: 'cli' as const, mailbox: null, uidValidity: null, uid: null, receivedAt: new Date('2026-11-23T17:30:00Z') };
  await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'request-1@example.org' })), origin);
  const request = await requestRow();
  await db.transaction((trx) =>
    queueFlagMails(trx, deps.templates, { ...settings, timeZone: 'America/Los_Angeles' }, { requestId: request.id, reason: 'agent_request', botAction: 'Opened the request; no answer sent.', inboundMessageId: null }, now),
  );
  const flag = await simpleParser((await db('outbox').where({ kind: 'staff-flag' }).first('raw')).raw);
  keyAddress = flag.replyTo?.value[0]?.address ?? '';
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const forgeries: Array<{ name: string; headersOnTop: string[]; keyOnlyInCc?: boolean }> = [
  { name: 'a trusted pass written below the real failing header', headersOnTop: [MX_FAIL, RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`] },
  { name: 'a forged dmarc=pass alone', headersOnTop: [MX_FAIL, RECEIVED, 'Authentication-Results: mx.example.com; dmarc=pass header.from=example.com'] },
  { name: 'a comment before the authserv-id', headersOnTop: [MX_FAIL, RECEIVED, `Authentication-Results: (checked) mx.example.com; ${PASS}`] },
  { name: 'the authserv-id in another case', headersOnTop: [MX_FAIL, RECEIVED, `Authentication-Results: MX.EXAMPLE.COM; ${PASS}`] },
  { name: 'no trusted header, another server’s pass', headersOnTop: [RECEIVED, `Authentication-Results: mx.example.net; ${PASS}`] },
  { name: 'another server’s header above a trusted pass', headersOnTop: [`Authentication-Results: relay.example.net; ${PASS}`, RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`] },
  { name: 'the reply key in Cc only', headersOnTop: [`Authentication-Results: mx.example.com; ${PASS}`, RECEIVED], keyOnlyInCc: true },
];

describe('forged `approve` (issue 13): the request is unchanged and the consumer gets nothing', () => {
  let accepted = 0;

  it.each(forgeries.map((forgery, i) => ({ ...forgery, messageId: `forged-${i}@example.net` })))('$name', async ({ messageId, headersOnTop, keyOnlyInCc }) => {
    const before = { status: (await requestRow()).status, consumer: await outboxCount({ recipient: CONSUMER }), outbox: await outboxCount() };
    const handled = await staffSends(messageId, headersOnTop, keyOnlyInCc);
    if (handled.outcome !== 'refused') accepted += 1;
    expect(handled.outcome).toBe('refused');
    expect((await requestRow()).status).toBe(before.status);
    expect(await outboxCount({ recipient: CONSUMER })).toBe(before.consumer);
    expect(await outboxCount()).toBe(before.outbox);
  });

  it(`accepted none of the ${forgeries.length}, and audited each refusal`, async () => {
    expect(accepted).toBe(0);
    expect(await db('audit_events').where({ event: 'staff_reply_refused' }).count({ n: '*' })).toEqual([{ n: forgeries.length }]);
    expect((await db('staff_replies').select('detail')).map((r) => r.detail)).toContain('only_in_cc');
  });

  it('the genuine reply still works: the request moves on and the consumer gets the next message', async () => {
    const before = { status: (await requestRow()).status, consumer: await outboxCount({ recipient: CONSUMER }) };
    expect(await staffSends('genuine-approve@example.com', [`Authentication-Results: mx.example.com; ${PASS}`, RECEIVED])).toMatchObject({ outcome: 'applied', command: 'approve' });
    expect((await requestRow()).status).not.toBe(before.status);
    expect(await outboxCount({ recipient: CONSUMER })).toBeGreaterThan(before.consumer);
  });
});

describe('a refused staff-looking message in the log (issue 14 item 7)', () => {
  it('is logged at warn, apart from applied commands, with why it was refused and no personal data', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const logged = { ...deps, log: createLogger('info', sink) };
    const raw = Buffer.from(staffReply({ from: ALEX, to: keyAddress, messageId: 'forged-logged@example.net', body: 'approve', extraHeaders: [MX_FAIL, RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`] }));
    await handleInbound(logged, raw, { source: 'cli', mailbox: null, uidValidity: null, uid: null, receivedAt: now });
    const refused = lines.filter((l) => l.event === 'staff_reply_refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ level: 40 });
    expect(String(refused[0]?.why)).toMatch(/^(authentication|reply_key): /);
    expect(JSON.stringify(lines)).not.toContain(CONSUMER);
  });
});
