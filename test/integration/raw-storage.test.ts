/**
 * Raw messages are kept byte for byte (quarantine, staff notices, §7101 records): a large one in
 * pieces of a megabyte (migration 012), on SQLite and on PostgreSQL, and its pieces go when the
 * retention job removes the body (§1798.100(c) minimization).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { insertInboundMessage, RAW_CHUNK_BYTES, readRawMessage, type NewInboundMessage } from '../../src/store/inbound-messages.js';
import { runRetention } from '../../src/workflow/run-retention.js';
import { startPostgres, type PostgresServer } from '../harness/postgres.js';

/** Bytes that are not text and not repetitive, so a piece out of order or missing shows. */
function bytesOfSize(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(String(seed)).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

function message(key: string, raw: Buffer): NewInboundMessage {
  return {
    messageKey: key,
    messageId: key,
    origin: { source: 'imap', mailbox: 'INBOX', uidValidity: 1, uid: 1, receivedAt: new Date('2026-01-05T10:00:00Z') },
    fromAddress: 'ruth.example@example.org',
    subject: 'scans',
    raw,
    verdict: 'human',
    verdictReason: null,
    status: 'processed',
    quarantineReason: null,
  };
}

const stores: Array<[string, () => Promise<{ db: Db; stop: () => Promise<void> }>]> = [
  [
    'SQLite',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-raw-'));
      const db = openDb(`sqlite:${path.join(dir, 'raw.sqlite')}`);
      return { db, stop: async () => { await db.destroy(); fs.rmSync(dir, { recursive: true, force: true }); } };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const pg: PostgresServer = await startPostgres();
      const db = openDb(pg.url);
      return { db, stop: async () => { await db.destroy(); await pg.stop(); } };
    },
  ],
];

describe.each(stores)('raw message storage on %s', (_name, open) => {
  let db: Db;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, stop } = await open());
    await migrate(db);
  }, 120_000);
  afterAll(async () => stop?.());

  it('keeps a small message in its row and a large one in pieces, and gives both back byte for byte', async () => {
    const small = bytesOfSize(40_000, 1);
    const large = bytesOfSize(2 * RAW_CHUNK_BYTES + 12_345, 2);
    const smallId = await insertInboundMessage(db, message('small@example.org', small), new Date());
    const largeId = await insertInboundMessage(db, message('large@example.org', large), new Date());
    expect((await readRawMessage(db, smallId))?.equals(small)).toBe(true);
    expect((await readRawMessage(db, largeId))?.equals(large)).toBe(true);
    const row = await db('inbound_messages').where({ id: largeId }).first('raw', 'raw_chunks', 'raw_size', 'raw_sha256');
    expect(row.raw).toBeNull();
    expect(Number(row.raw_chunks)).toBe(3);
    expect(Number(row.raw_size)).toBe(large.length);
    expect(row.raw_sha256).toBe(createHash('sha256').update(large).digest('hex'));
    expect(Number((await db('inbound_raw_chunks').where({ inbound_message_id: largeId }).count({ n: '*' }))[0]?.n)).toBe(3);
  });

  it('removes the pieces with the body when the retention period has passed', async () => {
    const summary = await runRetention(db, { rawRetentionDays: 30, verificationRetentionDays: 30 }, new Date('2026-11-29T12:00:00Z'));
    expect(summary.inboundPurged).toBe(2);
    expect(Number((await db('inbound_raw_chunks').count({ n: '*' }))[0]?.n)).toBe(0);
    const [largeId] = (await db('inbound_messages').where({ message_key: 'large@example.org' }).select('id')).map((r: { id: number }) => r.id);
    expect(await readRawMessage(db, Number(largeId))).toBeNull();
  });
});
