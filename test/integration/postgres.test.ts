/**
 * The same store on PostgreSQL, for several instances sharing the work: migrations, the
 * one-transaction commit, reference numbers and outbox claims under concurrency, and the
 * append-only audit log (§7101 records are not rewritten).
 */
import { expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { silentLogger } from '../../src/shared/logger.js';
import { systemClock } from '../../src/shared/clock.js';
import { openDb, type Db } from '../../src/store/db.js';
import { handleInbound, handleInboundBatch } from '../../src/inbound/handle-inbound.js';
import { OutboxSender } from '../../src/mail/outbox-sender.js';
import type { ReplyTransport } from '../../src/mail/transports.js';
import type { PostgresServer } from '../harness/postgres.js';
import { useMigratedPostgres } from '../support/migrated-postgres.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';

let pg: PostgresServer;
let db: Db;

useMigratedPostgres((server, opened) => {
  pg = server;
  db = opened;
});

const origin = (n: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity: 7, uid: n, receivedAt: new Date('2026-11-23T17:30:00Z') });

it('commits concurrent messages with distinct references and one acknowledgement each', async () => {
  const deps = inboundDeps(testConfig({ DATABASE_URL: pg.url }), db, silentLogger());
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      handleInbound(deps, Buffer.from(sampleRequest({ messageId: `pg-${i}@example.org`, from: `Person ${i} <person${i}@example.org>` })), origin(i + 1)),
    ),
  );
  const references = results.map((r) => r.requests[0]?.reference ?? '');
  const allReferences = results.flatMap((r) => r.requests.map((q) => q.reference));
  expect(new Set(allReferences).size).toBe(allReferences.length);
  expect(new Set(references).size).toBe(12);
  expect(references.sort()[0]).toBe('CCPA-2026-000001');
  expect(Number((await db('outbox').count({ n: '*' }))[0]?.n)).toBe(12);
  const again = await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'pg-0@example.org', from: 'Person 0 <person0@example.org>' })), origin(1));
  expect(again.outcome).toBe('duplicate');
});

it('two senders draining at once never send the same entry twice (FOR UPDATE SKIP LOCKED)', async () => {
  const sent: string[] = [];
  const transport: ReplyTransport = {
    async send(entry) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      sent.push(entry.messageId);
    },
    close: () => undefined,
  };
  const sender = (name: string) => new OutboxSender({ db, transport, log: silentLogger(), claimant: name, maxAttempts: 3, clock: systemClock });
  await Promise.all([sender('a').drain(), sender('b').drain()]);
  expect(sent).toHaveLength(12);
  expect(new Set(sent).size).toBe(12);
  expect(await db('outbox').whereNot({ status: 'sent' }).count({ n: '*' })).toEqual([{ n: '0' }]);
});

it('refuses to change or delete audit events', async () => {
  await expect(db('audit_events').update({ actor: 'someone-else' })).rejects.toThrow(/append-only/);
  await expect(db('audit_events').delete()).rejects.toThrow(/append-only/);
});

it('two instances committing overlapping batches of the same mailbox store and answer each message once', async () => {
  // Two instances read the same INBOX: each fetches a batch, and the batches overlap. The second
  // to insert a message waits on the first's unique key, fails, and commits its batch one by one.
  const openA = openDb(pg.url);
  const openB = openDb(pg.url);
  try {
    const instance = (conn: Db, id: string) => inboundDeps(testConfig({ DATABASE_URL: pg.url, INSTANCE_ID: id }), conn, silentLogger());
    const item = (i: number) => ({
      raw: Buffer.from(sampleRequest({ messageId: `shared-${i}@example.org`, from: `Shared ${i} <shared${i}@example.org>` })),
      origin: origin(100 + i),
      checkpoint: { sourceKey: 'imap://bot@localhost/INBOX', uidValidity: 7, uid: 100 + i },
    });
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => item(from + k));
    const [a, b] = await Promise.all([handleInboundBatch(instance(openA, 'a'), range(0, 20)), handleInboundBatch(instance(openB, 'b'), range(10, 30))]);
    const outcomes = [...a, ...b].map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'new_requests')).toHaveLength(30);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(10);
    const stored = await db('inbound_messages').where('message_id', 'like', 'shared-%').count({ n: '*' });
    expect(Number(stored[0]?.n)).toBe(30);
    const replies = await db('outbox').where('recipient', 'like', 'shared%').groupBy('recipient').select('recipient').count({ n: '*' });
    expect(replies).toHaveLength(30);
    expect(replies.map((r) => Number(r.n))).toEqual(Array.from({ length: 30 }, () => 1));
  } finally {
    await Promise.all([openA.destroy(), openB.destroy()]);
  }
});
