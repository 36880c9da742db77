/**
 * Floods go to staff once on PostgreSQL too (issue 13 item 8): over-limit messages from one
 * sender committed at the same moment, as several instances would, still join ONE flag.
 */
import { expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { handleInbound } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { type Db } from '../../src/store/db.js';
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
const request = (n: number) => Buffer.from(sampleRequest({ messageId: `flood-pg-${n}@example.org`, from: 'Alex Flood <alex.flood@example.org>' }));

it('joins concurrent over-limit messages of one sender into one flag with their count', async () => {
  const deps = inboundDeps(testConfig({ DATABASE_URL: pg.url }), db, silentLogger());
  // The first is answered; the eight that follow at once are all over the limit.
  await handleInbound(deps, request(0), origin(1));
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => handleInbound(deps, request(i + 1), origin(i + 2))));
  expect(results.every((r) => r.outcome === 'new_requests' && r.replies.length === 0)).toBe(true);
  const flags = await db('staff_flags').where({ reason: 'reply_rate_limited' });
  expect(flags).toHaveLength(1);
  expect(JSON.parse(flags[0].detail)).toMatchObject({ count: 8 });
  expect(await db('staff_flag_members').where({ flag_id: flags[0].id })).toHaveLength(8);
});
