/**
 * A fetched batch is committed in one transaction (handleInboundBatch), on a real SQLite file.
 * What must hold is what one transaction per message gave: every message's decision, audit and
 * reply, the checkpoint at the last message, and, when one message cannot be committed, the
 * ones before it kept and nothing after it half-done (email-rules §6: the checkpoint advances
 * with the decision; nothing is lost).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { handleInboundBatch, type InboundDeps, type InboundItem } from '../../src/inbound/handle-inbound.js';
import { readCheckpoint } from '../../src/store/checkpoints.js';
import { migrate, openDb } from '../../src/store/db.js';
import { inboundDeps } from '../../src/compose.js';
import { silentLogger } from '../../src/shared/logger.js';

const SOURCE = 'imap://bot@localhost/INBOX';
let dir: string;
let deps: InboundDeps;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-batch-'));
  const url = `sqlite:${path.join(dir, 'batch.sqlite')}`;
  const db = openDb(url);
  await migrate(db);
  deps = inboundDeps(testConfig({ DATABASE_URL: url }), db, silentLogger());
});

afterEach(async () => {
  await deps.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

function item(uid: number, messageId: string, from = `Person ${uid} <person${uid}@example.org>`): InboundItem {
  return {
    raw: Buffer.from(sampleRequest({ messageId, from })),
    origin: { source: 'imap', mailbox: 'INBOX', uidValidity: 7, uid, receivedAt: new Date('2026-11-29T10:00:00Z') },
    checkpoint: { sourceKey: SOURCE, uidValidity: 7, uid },
  };
}

const stored = async (): Promise<string[]> => (await deps.db('inbound_messages').orderBy('id').select('message_id')).map((r: { message_id: string }) => r.message_id);

it('commits every message of a batch with its own decision and reply, and the checkpoint at the last', async () => {
  const results = await handleInboundBatch(deps, [item(1, 'b1@example.org'), item(2, 'b2@example.org'), item(3, 'b1@example.org', 'Person 1 <person1@example.org>')]);
  expect(results.map((r) => r.outcome)).toEqual(['new_requests', 'new_requests', 'duplicate']);
  expect(await stored()).toEqual(['b1@example.org', 'b2@example.org']);
  const replies = await deps.db('outbox').orderBy('id').select('recipient', 'inbound_message_id');
  expect(replies.map((r: { recipient: string }) => r.recipient)).toEqual(['person1@example.org', 'person2@example.org']);
  expect(await readCheckpoint(deps.db, SOURCE)).toEqual({ uidValidity: 7, lastUid: 3 });
});

it('when one message cannot be committed, keeps the ones before it, checkpoints there, and takes the rest on the next pass', async () => {
  // A real failure inside the transaction for one message only: the database refuses its row.
  await deps.db.raw(`CREATE TRIGGER poison BEFORE INSERT ON inbound_messages WHEN NEW.message_id = 'poison@example.org' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
  const batch = [item(1, 'a1@example.org'), item(2, 'a2@example.org'), item(3, 'poison@example.org'), item(4, 'a4@example.org')];
  await expect(handleInboundBatch(deps, batch)).rejects.toThrow(/refused for the test/);
  expect(await stored()).toEqual(['a1@example.org', 'a2@example.org']);
  expect(await readCheckpoint(deps.db, SOURCE)).toEqual({ uidValidity: 7, lastUid: 2 });
  expect(await deps.db('outbox').count({ n: '*' })).toEqual([{ n: 2 }]);

  // The database recovers: the next pass reads from the checkpoint on.
  await deps.db.raw('DROP TRIGGER poison');
  const again = await handleInboundBatch(deps, batch.slice(2));
  expect(again.map((r) => r.outcome)).toEqual(['new_requests', 'new_requests']);
  expect(await stored()).toEqual(['a1@example.org', 'a2@example.org', 'poison@example.org', 'a4@example.org']);
  expect(await readCheckpoint(deps.db, SOURCE)).toEqual({ uidValidity: 7, lastUid: 4 });
  expect(await deps.db('outbox').count({ n: '*' })).toEqual([{ n: 4 }]);
});
