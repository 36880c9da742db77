/**
 * The workflow's queries on PostgreSQL (several instances share one database): a request
 * verified by code through the real pipeline, a staff action, the sweep, and retention.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboundDeps, workflowDeps } from '../../src/compose.js';
import { silentLogger } from '../../src/shared/logger.js';
import { handleInbound } from '../../src/inbound/handle-inbound.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { runRetention } from '../../src/workflow/run-retention.js';
import { runStaffAction } from '../../src/staff/run-staff-action.js';
import { runWorkflowSweeps } from '../../src/workflow/run-sweeps.js';
import { startPostgres, type PostgresServer } from '../harness/postgres.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { DIRECTORY_CSV, RECEIVED, days } from './workflow-support.js';

let pg: PostgresServer;
let db: Db;

beforeAll(async () => {
  pg = await startPostgres();
  db = openDb(pg.url);
  await migrate(db);
  await replaceDirectory(db, parseDirectoryCsv(DIRECTORY_CSV).entries, new Date());
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await pg?.stop();
});

const origin = (uid: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity: 1, uid, receivedAt: RECEIVED });

it('verifies, extends, completes, sweeps and purges on PostgreSQL', async () => {
  const config = testConfig({ DATABASE_URL: pg.url });
  const deps = inboundDeps(config, db, silentLogger());
  const opened = await handleInbound(deps, Buffer.from(sampleRequest({ messageId: 'pg-wf-1@example.org' })), origin(1));
  const [challenge] = opened.replies;
  expect(challenge).toMatchObject({ kind: 'verification-challenge', to: 'dana.whitfield@example.org' });
  const parsed = await simpleParser(challenge!.raw);
  const code = /\b([2-9A-Z]{4}-[2-9A-Z]{4})\b/.exec(parsed.text ?? '')?.[1];
  const reply = (messageId: string, body: string) =>
    [
      'From: Dana Whitfield <dana.whitfield@example.org>', 'To: compliance@example.com', `Subject: Re: ${parsed.subject}`,
      `Message-ID: <${messageId}>`, `In-Reply-To: <${challenge!.messageId}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      body, '',
    ].join('\r\n');
  // A wrong code is answered with the tries left, in the transaction that records it (§7060-§7062).
  const wrong = await handleInbound(deps, Buffer.from(reply('pg-wf-wrong@example.org', 'Code: ZZZZ-9999')), origin(2));
  expect(wrong.replies.map((r) => r.kind)).toEqual(['code-rejected']);
  expect((await simpleParser(wrong.replies[0]!.raw)).text).toContain('You have 4 more tries.');
  const verified = await handleInbound(deps, Buffer.from(reply('pg-wf-2@example.org', `Code: ${code}\r\nDate of birth: 1984-03-14`)), origin(3));
  expect(verified.outcome).toBe('joined_thread');
  expect(verified.replies.map((r) => r.kind)).toEqual(['verified']);
  const reference = opened.requests[0]!.reference;
  expect(await db('requests').where({ reference }).first()).toMatchObject({ status: 'verified', challenge_id: null });

  const wd = workflowDeps(config);
  expect(await runStaffAction(db, wd, { kind: 'extend', reference, staff: 'rosa.alvarez', reason: 'Three systems hold your data.' }, days(20))).toMatchObject({ ok: true, status: 'extended' });
  expect(await runStaffAction(db, wd, { kind: 'complete', reference, staff: 'rosa.alvarez', reason: 'deidentified' }, days(60))).toMatchObject({ ok: true, status: 'completed' });
  expect(await runWorkflowSweeps(db, wd, days(100))).toEqual({ reminders: 0, receiptConfirmations: 0, denied: 0, overdue: 0, alerts: 0 });
  expect((await runRetention(db, { rawRetentionDays: 90, verificationRetentionDays: 0 }, days(100))).inboundPurged).toBe(3);
  expect(await db('outbox').where({ request_id: (await db('requests').where({ reference }).first()).id }).orderBy('id').pluck('kind')).toEqual([
    'verification-challenge', 'code-rejected', 'verified', 'extension-notice', 'completion-deletion',
  ]);
});

it('counts the 12-month access limit per consumer on PostgreSQL (§1798.130(b))', async () => {
  const deps = inboundDeps(testConfig({ DATABASE_URL: pg.url }), db, silentLogger());
  const agent = 'jordan.ellis@agents.example.net';
  const priya = 'priya.natarajan@example.net';
  const earlier = (reference: string, row: Record<string, unknown>) =>
    db('requests').insert({ reference, type: 'access', status: 'completed', lang: 'en', received_at: '2026-05-04T16:00:00.000Z', due_date: '2026-06-18', responded_at: '2026-06-01T16:00:00.000Z', created_at: '2026-05-04T16:00:00.000Z', updated_at: '2026-05-04T16:00:00.000Z', ...row });
  await earlier('CCPA-2026-000951', { requester_address: agent, requester_role: 'agent', consumer_address: 'noor.haddad@example.net', consumer_name: 'Noor Haddad' });
  await earlier('CCPA-2026-000952', { requester_address: agent, requester_role: 'agent', consumer_address: priya, consumer_name: 'Priya Natarajan' });
  await earlier('CCPA-2026-000953', { requester_address: priya, requester_role: 'self' });
  const ask = (messageId: string, from: string, uid: number) =>
    handleInbound(deps, Buffer.from(sampleRequest({ messageId, from, subject: 'Request to know', body: 'Hello,\r\n\r\nPlease tell me what categories of personal information you have collected about me.\r\n' })), origin(uid));
  expect((await ask('pg-limit-priya@example.net', `Priya Natarajan <${priya}>`, 10)).replies.map((r) => r.kind)).toEqual(['limit-reached']);
  // Jordan's own first request is not limited by the two made for clients.
  expect((await ask('pg-limit-jordan@example.net', `Jordan Ellis <${agent}>`, 11)).replies.map((r) => r.kind)).toEqual(['verification-challenge']);
});
