/**
 * The numbers behind /metrics and /healthz (issue 17 must-show 1), read from a real SQLite file
 * and a real PostgreSQL seeded with the same rows: outbox by kind and state, its oldest waiting
 * row, overdue mail, open requests, deadlines past and near (the deadline in force, `due_date`,
 * §1798.130(a)(2)), open staff flags and refused staff commands. Edges are seeded on both sides
 * of each boundary, so an off-by-one in a comparison fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { readOperationsSnapshot } from '../../src/store/operations-snapshot.js';
import { FINAL_STATUSES } from '../../src/pipeline/decide/request-state.js';
import { startPostgres, type PostgresServer } from '../harness/postgres.js';
import { makeShortTempDir } from '../harness/make-short-temp-dir.js';

const NOW = new Date('2026-12-06T20:00:00Z');
const iso = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();

async function seed(db: Db): Promise<void> {
  let n = 0;
  const outbox = (kind: string, status: string, createdMinutesAgo: number, dueMinutesAgo: number) => ({
    message_id: `<seed-${(n += 1)}@example.com>`, kind, lang: 'en', envelope_from: 'compliance@example.com', recipient: 'someone@example.org',
    subject: 's', raw: Buffer.from('x'), status, attempts: 0, next_attempt_at: iso(dueMinutesAgo), created_at: iso(createdMinutesAgo),
  });
  await db('outbox').insert([
    outbox('acknowledgement', 'sent', 300, 300),
    outbox('acknowledgement', 'sent', 200, 200),
    outbox('verification-challenge', 'failed', 100, 100),
    outbox('acknowledgement', 'pending', 90, 16), // due 16 minutes ago: overdue past 15
    outbox('acknowledgement', 'pending', 20, 14), // due 14 minutes ago: not yet
    outbox('staff-flag', 'sending', 5, 5),
  ]);
  const request = (i: number, status: string, due: string) => ({
    reference: `CCPA-2026-00000${i}`, type: 'deletion', status, requester_address: `person${i}@example.org`, requester_role: 'self', lang: 'en',
    received_at: iso(10_000), due_date: due, created_at: iso(10_000), updated_at: iso(10_000),
  });
  // Today in Los Angeles is 2026-12-06 (12:00 local).
  await db('requests').insert([
    request(1, 'awaiting_verification', '2026-12-05'), // past
    request(2, 'in_progress', '2026-12-06'), // due today: near, not past
    request(3, 'in_progress', '2026-12-11'), // 5 days: near
    request(4, 'in_progress', '2026-12-12'), // 6 days: neither
    request(5, 'completed', '2026-11-01'), // final: not counted
  ]);
  await db('staff_flags').insert([
    { reason: 'low_confidence', created_at: iso(50), resolved_at: null },
    { reason: 'due_soon', created_at: iso(40), resolved_at: null },
    { reason: 'consumer_reply', created_at: iso(30), resolved_at: iso(10) },
  ]);
  await db('staff_replies').insert([
    { message_key: 'k1', outcome: 'refused', failed_check: 'reply_key', created_at: iso(5) },
    { message_key: 'k2', outcome: 'refused', failed_check: 'reply_key', created_at: iso(4) },
    { message_key: 'k3', outcome: 'not_understood', failed_check: null, created_at: iso(3) },
    { message_key: 'k4', outcome: 'applied', failed_check: null, created_at: iso(2) },
  ]);
}

const query = { today: '2026-12-06', nearUntil: '2026-12-11', overdueBefore: new Date(NOW.getTime() - 15 * 60_000), finalStatuses: FINAL_STATUSES };

function expectSnapshot(snapshot: Awaited<ReturnType<typeof readOperationsSnapshot>>): void {
  const sort = <T extends object>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  expect(sort(snapshot.outbox)).toEqual(
    sort([
      { kind: 'acknowledgement', status: 'sent', count: 2 },
      { kind: 'verification-challenge', status: 'failed', count: 1 },
      { kind: 'acknowledgement', status: 'pending', count: 2 },
      { kind: 'staff-flag', status: 'sending', count: 1 },
    ]),
  );
  expect(snapshot.oldestPendingAt?.toISOString()).toBe(iso(90));
  expect(snapshot.outboxOverdue).toBe(1);
  expect(sort(snapshot.openRequests)).toEqual(sort([{ status: 'awaiting_verification', count: 1 }, { status: 'in_progress', count: 3 }]));
  expect(snapshot.requestsPastDeadline).toBe(1);
  expect(snapshot.requestsNearDeadline).toBe(2);
  expect(snapshot.staffFlagsOpen).toBe(2);
  expect(sort(snapshot.staffCommandsRefused)).toEqual(sort([{ outcome: 'refused', check: 'reply_key', count: 2 }, { outcome: 'not_understood', check: 'none', count: 1 }]));
}

describe('readOperationsSnapshot', () => {
  let pg: PostgresServer;
  let dir: string;
  const dbs: Db[] = [];

  beforeAll(async () => {
    dir = makeShortTempDir('snap-');
    pg = await startPostgres();
  }, 120_000);

  afterAll(async () => {
    for (const db of dbs) await db.destroy();
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['sqlite', 'postgres'])('counts the same on %s', async (kind) => {
    const db = openDb(kind === 'sqlite' ? `sqlite:${path.join(dir, 'bot.sqlite')}` : pg.url);
    dbs.push(db);
    await migrate(db);
    await seed(db);
    expectSnapshot(await readOperationsSnapshot(db, query));
  });
});
