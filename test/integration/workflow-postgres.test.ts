/**
 * The workflow's queries on PostgreSQL (several instances share one database): a request
 * verified by code through the real pipeline, a staff action, the sweep, and retention.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { silentLogger } from '../../src/logger.js';
import { handleInbound } from '../../src/pipeline/handle-inbound.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { runRetention } from '../../src/workflow/run-retention.js';
import { runStaffAction } from '../../src/workflow/run-staff-action.js';
import { runWorkflowSweeps } from '../../src/workflow/run-sweeps.js';
import { workflowDeps } from '../../src/workflow/workflow-settings-from-config.js';
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
  const reply = [
    'From: Dana Whitfield <dana.whitfield@example.org>', 'To: compliance@example.com', `Subject: Re: ${parsed.subject}`,
    'Message-ID: <pg-wf-2@example.org>', `In-Reply-To: <${challenge!.messageId}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    `Code: ${code}`, 'Date of birth: 1984-03-14', '',
  ].join('\r\n');
  const verified = await handleInbound(deps, Buffer.from(reply), origin(2));
  expect(verified.outcome).toBe('joined_thread');
  expect(verified.replies.map((r) => r.kind)).toEqual(['verified']);
  const reference = opened.requests[0]!.reference;
  expect(await db('requests').where({ reference }).first()).toMatchObject({ status: 'verified', challenge_id: null });

  const wd = workflowDeps(config);
  expect(await runStaffAction(db, wd, { kind: 'extend', reference, staff: 'rosa.alvarez', reason: 'Three systems hold your data.' }, days(20))).toMatchObject({ ok: true, status: 'extended' });
  expect(await runStaffAction(db, wd, { kind: 'complete', reference, staff: 'rosa.alvarez', reason: 'deidentified' }, days(60))).toMatchObject({ ok: true, status: 'completed' });
  expect(await runWorkflowSweeps(db, wd, days(100))).toEqual({ reminders: 0, denied: 0, overdue: 0, alerts: 0 });
  expect((await runRetention(db, { rawRetentionDays: 90, verificationRetentionDays: 0 }, days(100))).inboundPurged).toBe(2);
  expect(await db('outbox').where({ request_id: (await db('requests').where({ reference }).first()).id }).orderBy('id').pluck('kind')).toEqual([
    'verification-challenge', 'verified', 'extension-notice', 'completion-deletion',
  ]);
});
