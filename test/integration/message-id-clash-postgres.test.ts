/**
 * Issue 13, must-show 2 on PostgreSQL with two instances: each reads two people's requests that
 * share one Message-ID, in opposite orders, at the same moment. Each message is stored, answered
 * and audited once between them (the unique key decides, inserts wait on each other's commits).
 */
import { expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { handleInboundBatch } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { openDb, type Db } from '../../src/store/db.js';
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

it('two instances, two people, one Message-ID: each person’s requests and one acknowledgement each, one clash audited', async () => {
  const openA = openDb(pg.url);
  const openB = openDb(pg.url);
  try {
    const instance = (conn: Db, id: string) => inboundDeps(testConfig({ DATABASE_URL: pg.url, INSTANCE_ID: id }), conn, silentLogger());
    const origin = (uid: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity: 7, uid, receivedAt: new Date('2026-11-23T17:30:00Z') });
    const dana = { raw: Buffer.from(sampleRequest({ messageId: 'shared-id@example.org' })), origin: origin(1) };
    const sam = { raw: Buffer.from(sampleRequest({ messageId: 'shared-id@example.org', from: 'Sam Ortiz <sam.ortiz@example.net>', subject: 'My personal information', body: 'Please tell me what personal information you hold about me.' })), origin: origin(2) };
    const [a, b] = await Promise.all([handleInboundBatch(instance(openA, 'a'), [dana, sam]), handleInboundBatch(instance(openB, 'b'), [sam, dana])]);
    const outcomes = [...a, ...b].map((r) => r.outcome);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(2);
    expect(await db('inbound_messages').where({ message_id: 'shared-id@example.org' }).orderBy('from_address').pluck('from_address')).toEqual(['dana.whitfield@example.org', 'sam.ortiz@example.net']);
    const acknowledged: Array<{ recipient: string; n: string }> = await db('outbox').whereIn('recipient', ['dana.whitfield@example.org', 'sam.ortiz@example.net']).groupBy('recipient').orderBy('recipient').select('recipient').count({ n: '*' });
    expect(acknowledged.map((r) => [r.recipient, Number(r.n)])).toEqual([
      ['dana.whitfield@example.org', 1],
      ['sam.ortiz@example.net', 1],
    ]);
    // Each person's own message opened their requests (one message may ask for more than one thing).
    const opened = await db('requests as r').join('inbound_messages as m', 'm.id', 'r.inbound_message_id').distinct('r.requester_address', 'm.from_address').orderBy('r.requester_address');
    expect(opened).toEqual([
      { requester_address: 'dana.whitfield@example.org', from_address: 'dana.whitfield@example.org' },
      { requester_address: 'sam.ortiz@example.net', from_address: 'sam.ortiz@example.net' },
    ]);
    expect(await db('audit_events').where({ event: 'message_id_clash' }).count({ n: '*' })).toEqual([{ n: '1' }]);
  } finally {
    await Promise.all([openA.destroy(), openB.destroy()]);
  }
});
