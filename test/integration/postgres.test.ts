/**
 * The same store on PostgreSQL, for several instances sharing the work: migrations, the
 * one-transaction commit, reference numbers and outbox claims under concurrency, and the
 * append-only audit log (§7101 records are not rewritten).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { silentLogger } from '../../src/logger.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { handleInbound } from '../../src/pipeline/handle-inbound.js';
import { OutboxSender } from '../../src/pipeline/reply/outbox-sender.js';
import type { ReplyTransport } from '../../src/pipeline/reply/transports.js';
import { startPostgres, type PostgresServer } from '../harness/postgres.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';

let pg: PostgresServer;
let db: Db;

beforeAll(async () => {
  pg = await startPostgres();
  db = openDb(pg.url);
  await migrate(db);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await pg?.stop();
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
  const again = await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'pg-0@example.org' })), origin(1));
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
  const sender = (name: string) => new OutboxSender({ db, transport, log: silentLogger(), claimant: name, maxAttempts: 3 });
  await Promise.all([sender('a').drain(), sender('b').drain()]);
  expect(sent).toHaveLength(12);
  expect(new Set(sent).size).toBe(12);
  expect(await db('outbox').whereNot({ status: 'sent' }).count({ n: '*' })).toEqual([{ n: '0' }]);
});

it('refuses to change or delete audit events', async () => {
  await expect(db('audit_events').update({ actor: 'someone-else' })).rejects.toThrow(/append-only/);
  await expect(db('audit_events').delete()).rejects.toThrow(/append-only/);
});
