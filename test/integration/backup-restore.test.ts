/**
 * Backups (issue 17 must-show 3): `ccpa-mailbot backup FILE` while the built daemon digests a
 * backlog from a private Dovecot into a real SQLite file; the copy opens, is sound and is
 * consistent (the mailbox checkpoint matches the messages it holds, every request has its audit
 * trail). `restore` refuses while the daemon holds the database, refuses a file that is not a
 * backup, and once the daemon is stopped puts the copy in place and keeps the old file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendMessages } from '../harness/append-messages.js';
import { startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { makeShortTempDir } from '../harness/make-short-temp-dir.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { spawnDaemonProcess, type DaemonProcess } from '../support/daemon-process.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { releaseLease, tryAcquireLease } from '../../src/store/leases.js';
import { DATABASE_HOLD } from '../../src/ops/database-hold.js';

const BACKLOG = 600;
const NEVER = '0 0 1 1 *';
let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let dbFile: string;
let daemon: DaemonProcess | null = null;
const opened: Db[] = [];

beforeAll(async () => {
  dir = makeShortTempDir('backup-');
  dbFile = path.join(dir, 'bot.sqlite');
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
});

afterAll(async () => {
  await daemon?.kill('SIGKILL');
  for (const db of opened) await db.destroy();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  IMAP_URL: imap.imapUrl('INBOX'),
  SMTP_URL: smtp.url,
  DATABASE_URL: `sqlite:${dbFile}`,
  BOT_ADDRESS: 'compliance@example.com',
  STAFF_ADDRESSES: 'privacy-staff@example.com',
  POLL_SCHEDULE: '*/2 * * * * *',
  SWEEP_SCHEDULE: NEVER,
  RETENTION_SCHEDULE: NEVER,
  VERIFICATION_SECRET: 'backup-test-verification-secret-0123456789abcdef',
  STAFF_REPLY_SECRET: 'backup-test-staff-reply-secret-0123456789abcdef',
  LOG_LEVEL: 'info',
});

/** The command line, as an operator runs it, in the test's folder with only the environment above. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(path.resolve('bin/ccpa-mailbot.js'), args, { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env() }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function open(file: string): Db {
  const db = openDb(`sqlite:${file}`);
  opened.push(db);
  return db;
}

async function count(db: Db, table: string): Promise<number> {
  const row = await db(table).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

it('backs up during a backlog, and restores only once the daemon has stopped', async () => {
  const raws = Array.from({ length: BACKLOG }, (_, i) =>
    Buffer.from(sampleRequest({ messageId: `backlog-${i}@example.org`, from: `Person ${i} <person.${i}@example.org>`, subject: i % 2 ? 'Delete my data' : 'Do not sell my data' })),
  );
  await appendMessages(imap, raws);
  daemon = spawnDaemonProcess(env(), dir, path.join(dir, 'daemon.log'));
  await daemon.started;
  const live = open(dbFile);
  await waitUntil(async () => (await count(live, 'inbound_messages')) >= 50, 'the backlog to be under way', 60_000, 20);

  const backup = path.join(dir, 'copy.sqlite');
  const made = cli('backup', backup);
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  expect(made.stdout).toMatch(/^backed up .*bot\.sqlite to .*copy\.sqlite \(\d+ bytes\)/);

  // The copy is a sound database, taken in the middle of the backlog, and consistent.
  const copy = open(backup);
  expect(await copy.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const copied = await count(copy, 'inbound_messages');
  expect(copied).toBeGreaterThanOrEqual(50);
  expect(copied).toBeLessThan(BACKLOG);
  const checkpoint = await copy('mailbox_checkpoints').first('last_uid');
  const maxUid = await copy('inbound_messages').max({ uid: 'uid' }).first();
  // The checkpoint is committed with the messages (one transaction): the copy holds exactly UIDs 1..checkpoint.
  expect(Number(checkpoint?.last_uid)).toBe(Number(maxUid?.uid));
  expect(Number(checkpoint?.last_uid)).toBe(copied);
  const unaudited = await copy('requests').whereNotIn('id', copy('audit_events').whereNotNull('request_id').select('request_id')).count({ n: '*' }).first();
  expect(Number(unaudited?.n)).toBe(0);
  expect(await count(copy, 'requests')).toBeGreaterThanOrEqual(copied);
  expect(cli('backup', backup).status).toBe(73);

  // While the daemon runs, restore refuses and says who holds the database.
  const refused = cli('restore', backup);
  expect(refused.status).toBe(75);
  expect(refused.stderr).toMatch(/^ccpa-mailbot: a daemon holds .*bot\.sqlite \(daemon:ccpa-mailbot:[^)]+\).* stop it first/);
  await waitUntil(async () => (await count(live, 'inbound_messages')) === BACKLOG, 'the whole backlog', 120_000, 200);
  await live.destroy();
  opened.splice(opened.indexOf(live), 1);

  expect(await daemon.kill('SIGTERM')).toBe('0');
  daemon = null;

  // A file that is not a backup changes nothing.
  fs.writeFileSync(path.join(dir, 'junk.sqlite'), 'not a database at all');
  const junk = cli('restore', path.join(dir, 'junk.sqlite'));
  expect(junk.status).toBe(65);
  expect(junk.stderr).toMatch(/not a sound SQLite database .* nothing was changed/);

  const restored = cli('restore', backup);
  expect(restored.stderr).toBe('');
  expect(restored.status).toBe(0);
  const kept = /kept as (\S+)/.exec(restored.stdout)?.[1] ?? '';
  expect(kept).toMatch(/^bot\.sqlite\.before-restore-/);
  const after = open(dbFile);
  expect(await count(after, 'inbound_messages')).toBe(copied);
  expect(await count(open(path.join(dir, kept)), 'inbound_messages')).toBe(BACKLOG);
}, 240_000);

it('refuses to start a daemon on a SQLite file a restore is replacing (exit 75), and starts once it is done', async () => {
  const file = path.join(dir, 'restoring.sqlite');
  const db = open(file);
  await migrate(db);
  const restore = { name: DATABASE_HOLD, holder: 'restore:example-host:4242', ttlMs: 60_000 };
  expect(await tryAcquireLease(db, restore)).toBe(true);
  const daemonEnv = { DATABASE_URL: `sqlite:${file}`, MAILDIR_PATH: path.join(dir, 'maildir'), OUTBOX_DIR: path.join(dir, 'outbox'), LOG_LEVEL: 'info' };
  const refused = spawnDaemonProcess(daemonEnv, dir, path.join(dir, 'restoring.log'));
  expect(await refused.exited).toBe('75');
  expect(refused.problems()).toContain(
    'ccpa-mailbot: DATABASE_URL: a restore (restore:example-host:4242) is replacing the database — start the daemon once `ccpa-mailbot restore` has finished',
  );
  await releaseLease(db, restore);
  const started = spawnDaemonProcess(daemonEnv, dir, path.join(dir, 'restoring.log'));
  await started.started;
  expect(await started.kill('SIGTERM')).toBe('0');
}, 60_000);
