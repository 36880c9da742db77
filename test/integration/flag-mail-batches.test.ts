/**
 * Flag mail for one email's several requests is one mail even when a backlog of flags (after a
 * restart) puts the batch boundary between them (found by the crash-and-fault test: the two
 * requests of an opt-out-and-limit message got two flag mails). Over a real SQLite file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { composeRoot, flagMailerDeps, inboundDeps } from '../../src/compose.js';
import { handleInbound } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { mailPendingFlags } from '../../src/staff/mail-pending-flags.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-flag-batches-'));
  db = openDb(`sqlite:${path.join(dir, 'bot.sqlite')}`);
  await migrate(db);
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('mails the flags one message raised for its several requests as one mail, across the batch boundary', async () => {
  const config = testConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}` });
  const deps = inboundDeps(config, db, silentLogger());
  const origin = (uid: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity: 9, uid, receivedAt: new Date('2026-11-23T17:30:00Z') });
  // No consumer directory: each deletion is flagged verify_manually, one flag per request.
  for (let i = 1; i <= 49; i += 1) {
    await handleInbound(deps, Buffer.from(sampleRequest({ messageId: `one-${i}@example.org`, from: `Person ${i} <person.${i}@example.org>` })), origin(i));
  }
  const two = 'Hello,\r\n\r\nPlease delete my personal information. I also want to correct my postal address.\r\n\r\nSam Rivera';
  await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'two-requests@example.org', from: 'Sam Rivera <sam.rivera@example.org>', body: two })), origin(50));
  const inbound = await db('inbound_messages').where({ message_id: 'two-requests@example.org' }).first('id');
  const flags: Array<{ id: number; reason: string }> = await db('staff_flags').where({ inbound_message_id: inbound.id }).orderBy('id').select('id', 'reason');
  const sameReason = flags.filter((f) => f.reason === flags[0]?.reason);
  expect(sameReason.length).toBeGreaterThanOrEqual(2);
  // The 50-flag batch ends between them.
  const before = Number((await db('staff_flags').where('id', '<', sameReason[1]!.id).count({ n: '*' }))[0]?.n);
  expect(before).toBeGreaterThanOrEqual(50);
  const earlier = Number((await db('staff_flags').where('id', '<', sameReason[0]!.id).count({ n: '*' }))[0]?.n);
  expect(earlier).toBeLessThan(50);

  await mailPendingFlags(flagMailerDeps(composeRoot(config), db), new Date('2026-11-23T18:00:00Z'));
  expect(await db('staff_flags').whereNull('mailed_at').count({ n: '*' })).toEqual([{ n: 0 }]);
  const mails = await db('outbox').where({ kind: 'staff-flag', inbound_message_id: inbound.id }).select('id');
  expect(mails).toHaveLength(1);
});
