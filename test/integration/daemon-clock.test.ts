/**
 * One clock for the whole daemon (issue 12): the clock handed to `startDaemon` is the one its
 * scheduled jobs run on, so the workflow sweep can be run on a test clock through the daemon's
 * own job list. The wall clock is weeks past receipt here: a sweep on it would remind at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

/** Monday 2026-11-23, 09:30 in Los Angeles, as in the workflow tests. */
const RECEIVED = new Date('2026-11-23T17:30:00Z');
const days = (n: number): Date => new Date(RECEIVED.getTime() + n * 86_400_000);
let now = RECEIVED;
let dir: string;
let daemon: Daemon;

const outboxKinds = async () => (await daemon.db('outbox').orderBy('id').select('kind', 'created_at')).map((r: { kind: string }) => r.kind);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-clock-'));
  const never = '0 0 1 1 *';
  const config = testConfig({
    MAILDIR_PATH: path.join(dir, 'mail'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    DATABASE_URL: `sqlite:${path.join(dir, 'ccpa.sqlite')}`,
    STAFF_ADDRESSES: '',
    POLL_SCHEDULE: never,
    OUTBOX_SCHEDULE: never,
    SWEEP_SCHEDULE: never,
    RETENTION_SCHEDULE: never,
    VERIFICATION_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
  });
  daemon = await startDaemon(config, silentLogger(), { clock: () => now });
  await replaceDirectory(daemon.db, parseDirectoryCsv('email,full_name\r\ndana.whitfield@example.org,Dana Whitfield').entries, now);
  // Delivered through a temporary name, as Maildir writers do, with the receipt time as its mtime.
  const staged = path.join(dir, 'request.eml');
  fs.writeFileSync(staged, sampleRequest({ messageId: 'clock-request@example.org' }));
  fs.utimesSync(staged, RECEIVED, RECEIVED);
  fs.renameSync(staged, path.join(dir, 'mail', 'new', '1795000000.M1.example.eml'));
  await waitUntil(async () => (await outboxKinds()).includes('verification-challenge'), 'the verification challenge');
});

afterAll(async () => {
  await daemon?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs the workflow sweep of the daemon`s own jobs on the clock it was started with', async () => {
  const sweep = daemon.jobs.find((job) => job.name === 'workflow-sweep');
  expect(sweep).toBeDefined();
  now = days(3);
  await sweep!.run();
  expect(await outboxKinds()).not.toContain('reminder');

  now = days(8);
  await sweep!.run();
  expect((await outboxKinds()).filter((kind) => kind === 'reminder')).toHaveLength(1);
  const row = await daemon.db('outbox').where({ kind: 'reminder' }).first('raw');
  const reminder = await simpleParser(Buffer.from(row.raw));
  // Composed on the daemon's clock, not the wall clock.
  expect(reminder.date?.toISOString()).toBe(days(8).toISOString());
});
