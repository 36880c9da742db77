/**
 * Two instances on one PostgreSQL and one mailbox (issue 13 item 7, README "Several instances"):
 * one reads the mailbox under a lease and the other stands by, both send mail and flag mail, and
 * a flag is mailed once whoever races for it. The last test runs the built daemon twice, in child
 * processes, and kills the lease holder with SIGKILL in the middle of a backlog.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { composeRoot, flagMailerDeps, inboundDeps, workflowDeps } from '../../src/compose.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { runWorkflowSweeps } from '../../src/workflow/run-sweeps.js';
import { handleInbound } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { mailPendingFlags } from '../../src/staff/mail-pending-flags.js';
import { openDb, type Db } from '../../src/store/db.js';
import { confirmLease, LeaseLostError, listLeases, tryAcquireLease } from '../../src/store/leases.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import type { PostgresServer } from '../harness/postgres.js';
import { useMigratedPostgres } from '../support/migrated-postgres.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let pg: PostgresServer;
let db: Db;

useMigratedPostgres((server, opened) => {
  pg = server;
  db = opened;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('a lease has one holder; it is taken over once expired, and the former holder can no longer commit under it', async () => {
  const a = { name: 'imap://bot@mail.example.test/INBOX', holder: 'a', ttlMs: 400 };
  const b = { ...a, holder: 'b' };
  expect(await tryAcquireLease(db, a)).toBe(true);
  expect(await tryAcquireLease(db, b)).toBe(false);
  expect(await tryAcquireLease(db, a)).toBe(true);
  await db.transaction((trx) => confirmLease(trx, a));
  await sleep(500);
  expect(await tryAcquireLease(db, b)).toBe(true);
  // The fence: a holder paused past its lease wakes up and tries to commit its checkpoint.
  await expect(db.transaction((trx) => confirmLease(trx, a))).rejects.toBeInstanceOf(LeaseLostError);
  expect(await tryAcquireLease(db, a)).toBe(false);
  expect(await listLeases(db)).toMatchObject([{ name: a.name, holder: 'b', live: true }]);
});

it('a takeover waits for the holder committing under the lease, then finds it renewed', async () => {
  const a = { name: 'imap://bot@mail.example.test/Fenced', holder: 'a', ttlMs: 300 };
  const b = { ...a, holder: 'b' };
  expect(await tryAcquireLease(db, a)).toBe(true);
  const other = openDb(pg.url);
  try {
    await sleep(250);
    const trx = await db.transaction();
    await confirmLease(trx, { ...a, ttlMs: 5000 });
    await sleep(200);
    // Past the committed expiry, but `a` renewed it in a transaction still open: b waits on the row.
    const takeover = tryAcquireLease(other, b);
    await sleep(100);
    await trx.commit();
    expect(await takeover).toBe(false);
  } finally {
    await other.destroy();
  }
});

it('two instances mailing pending flags at once mail each flag once (FOR UPDATE SKIP LOCKED)', async () => {
  const config = testConfig({ DATABASE_URL: pg.url });
  const deps = inboundDeps(config, db, silentLogger());
  const origin = (uid: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity: 3, uid, receivedAt: new Date('2026-11-23T17:30:00Z') });
  // No consumer directory: every deletion is flagged for staff to verify (verify_manually).
  for (let i = 0; i < 30; i += 1) {
    await handleInbound(deps, Buffer.from(sampleRequest({ messageId: `flag-race-${i}@example.org`, from: `Person ${i} <flag.race${i}@example.org>` })), origin(i + 1));
  }
  const flags: number[] = await db('staff_flags').whereNull('mailed_at').pluck('id');
  expect(flags.length).toBeGreaterThanOrEqual(30);
  const [one, two] = [openDb(pg.url), openDb(pg.url)];
  try {
    const now = new Date();
    const [x, y] = await Promise.all([mailPendingFlags(flagMailerDeps(composeRoot(config), one), now), mailPendingFlags(flagMailerDeps(composeRoot(config), two), now)]);
    expect(x + y).toBeGreaterThan(0);
  } finally {
    await Promise.all([one.destroy(), two.destroy()]);
  }
  expect(await db('staff_flags').whereNull('mailed_at').count({ n: '*' })).toEqual([{ n: '0' }]);
  const perThread: Array<{ inbound_message_id: number; reason: string; n: string }> = await db('outbox')
    .where({ kind: 'staff-flag' })
    .whereIn('inbound_message_id', db('staff_flags').whereIn('id', flags).select('inbound_message_id'))
    .groupBy('inbound_message_id', 'subject')
    .select('inbound_message_id', 'subject')
    .count({ n: '*' });
  expect(perThread.length).toBeGreaterThanOrEqual(30);
  expect(perThread.filter((row) => Number(row.n) !== 1)).toEqual([]);
});

it('two instances sweeping at once send each reminder once (the request rows are locked while swept)', async () => {
  const config = testConfig({ DATABASE_URL: pg.url, VERIFICATION_SECRET: 'two-instances-verification-secret-0123456789' });
  const deps = inboundDeps(config, db, silentLogger());
  const received = new Date('2026-11-23T17:30:00Z');
  const people = Array.from({ length: 12 }, (_, i) => ({ email: `sweep.race${i}@example.org`, name: `Sweep Race ${i}` }));
  // In the directory, so each deletion is sent a challenge and waits for the consumer's reply.
  const csv = ['email,full_name,postal_address,phone,date_of_birth', ...people.map((p) => `${p.email},${p.name},,,1980-01-01`)].join('\r\n');
  await replaceDirectory(db, parseDirectoryCsv(csv).entries, received);
  for (const [i, p] of people.entries()) {
    await handleInbound(deps, Buffer.from(sampleRequest({ messageId: `sweep-race-${i}@example.org`, from: `${p.name} <${p.email}>` })), { source: 'imap', mailbox: 'Sweep', uidValidity: 5, uid: i + 1, receivedAt: received });
  }
  const waiting: number[] = await db('requests').whereIn('requester_address', people.map((p) => p.email)).where({ status: 'awaiting_verification' }).pluck('id');
  expect(waiting).toHaveLength(people.length);
  const [one, two] = [openDb(pg.url), openDb(pg.url)];
  try {
    // Eight days after receipt a reminder is due (§7024(b) leaves the request open for 45 days).
    const weekLater = new Date(received.getTime() + 8 * 86_400_000);
    const [x, y] = await Promise.all([runWorkflowSweeps(one, workflowDeps(config), weekLater), runWorkflowSweeps(two, workflowDeps(config), weekLater)]);
    expect(x.reminders + y.reminders).toBe(people.length);
  } finally {
    await Promise.all([one.destroy(), two.destroy()]);
  }
  const perRequest: Array<{ request_id: number; n: string }> = await db('outbox').where({ kind: 'reminder' }).whereIn('request_id', waiting).groupBy('request_id').select('request_id').count({ n: '*' });
  expect(perRequest).toHaveLength(people.length);
  expect(perRequest.filter((row) => Number(row.n) !== 1)).toEqual([]);
});

/** A running `ccpa-mailbot start` and everything it has logged. */
interface Child {
  process: ChildProcess;
  log: string;
}

function startChild(env: Record<string, string>): Child {
  const child: Child = { process: spawn(path.resolve('bin/ccpa-mailbot.js'), ['start'], { env: { PATH: process.env.PATH ?? '', ...env } }), log: '' };
  child.process.stdout?.on('data', (chunk: Buffer) => (child.log += chunk.toString()));
  child.process.stderr?.on('data', (chunk: Buffer) => (child.log += chunk.toString()));
  return child;
}

const header = (raw: Buffer, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '')?.[1]?.trim() ?? '';

it('two daemons, one killed with SIGKILL mid-backlog: the standby takes over within a minute; every message handled once, every flag mailed once', async () => {
  if (!fs.existsSync('dist/src/cli/main.js')) throw new Error('run `npm run build` before this test (npm test does)');
  const imap: DovecotServer = await startDovecot();
  const smtp: SmtpCapture = await startSmtpCapture();
  const fresh = `${pg.url}_two`;
  await db.raw('CREATE DATABASE ccpa_test_two');
  const children: Child[] = [];
  const check = openDb(fresh);
  try {
    const env = (id: string) => ({
      IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: fresh, BOT_ADDRESS: 'compliance@example.com', STAFF_ADDRESSES: 'privacy-staff@example.com',
      INSTANCE_ID: id, LOG_LEVEL: 'info', REVIEW_THRESHOLD: '0.95', POLL_SCHEDULE: '*/2 * * * * *', OUTBOX_SCHEDULE: '* * * * * *', MAILBOX_LEASE_SECONDS: '3', OUTBOX_CLAIM_LEASE_SECONDS: '3',
      VERIFICATION_SECRET: 'two-instances-verification-secret-0123456789', STAFF_REPLY_SECRET: 'two-instances-staff-reply-secret-0123456789',
    });
    // One starts first so both do not migrate at once; the other starts once it has the lease.
    children.push(startChild(env('alpha')));
    await waitUntil(() => children[0]?.log.includes('mailbox_lease_acquired'), 'alpha to take the mailbox lease', 30_000);
    children.push(startChild(env('beta')));
    await waitUntil(() => children[1]?.log.includes('mailbox_lease_standby'), 'beta to stand by', 30_000);
    const [alpha, beta] = children as [Child, Child];
    expect(beta.log).not.toContain('imap_connected');

    // Three of four are deletion requests (each flagged verify_manually: no directory is loaded),
    // every fourth an auto-reply (neither answered nor flagged).
    const total = 40;
    const backlog = Array.from({ length: total }, (_, i) =>
      i % 4 === 3
        ? sampleRequest({ messageId: `two-${i}@example.org`, from: `Away ${i} <away${i}@example.org>`, subject: 'Automatic reply: out of office', extraHeaders: 'Auto-Submitted: auto-replied', body: 'I am out of the office.' })
        : sampleRequest({ messageId: `two-${i}@example.org`, from: `Person ${i} <person${i}@example.org>` }),
    );
    const handled = async () => Number((await check('inbound_messages').count({ n: '*' }))[0]?.n);
    // The first half arrives while alpha holds the lease, the second half only after it is killed,
    // so the kill falls mid-backlog however fast alpha is.
    const half = total / 2;
    const delivering = (async () => {
      for (const raw of backlog.slice(0, half)) await appendMessage(imap, raw);
    })();
    await waitUntil(async () => (await handled()) >= 8, 'the holder to handle part of the backlog', 30_000, 10);
    alpha.process.kill('SIGKILL');
    const killedAt = Date.now();
    await new Promise((resolve) => alpha.process.once('exit', resolve));
    await delivering;
    for (const raw of backlog.slice(half)) await appendMessage(imap, raw);
    expect(await handled()).toBeLessThanOrEqual(half);
    await waitUntil(() => beta.log.includes('mailbox_lease_acquired'), 'beta to take over the lease', 60_000);
    expect(Date.now() - killedAt).toBeLessThan(60_000);

    const requests = backlog.length - backlog.length / 4;
    await waitUntil(async () => (await handled()) === total, 'every message handled', 60_000);
    await waitUntil(async () => Number((await check('staff_flags').whereNull('mailed_at').count({ n: '*' }))[0]?.n) === 0, 'every flag mailed', 30_000);
    await waitUntil(async () => Number((await check('outbox').whereNot({ status: 'sent' }).count({ n: '*' }))[0]?.n) === 0, 'every mail sent', 30_000);

    // Every message handled once: one row each, one request per deletion.
    expect(await check('inbound_messages').countDistinct({ n: 'message_id' })).toEqual([{ n: String(total) }]);
    expect(await check('requests').count({ n: '*' })).toEqual([{ n: String(requests) }]);
    const byMessageId = new Map<string, { kind: string; request_id: number | null }>();
    for (const row of await check('outbox').select('message_id', 'kind', 'request_id')) byMessageId.set(`<${String(row.message_id)}>`, row);
    const captured = smtp.messages.map((m) => ({ to: m.to.join(','), messageId: header(m.raw, 'Message-ID') }));
    // Every flag mailed once: per flagged request, one flag mail (a re-send after the kill keeps its Message-ID).
    const flagged: number[] = await check('staff_flags').whereNotNull('request_id').distinct().pluck('request_id');
    expect(flagged).toHaveLength(requests);
    for (const requestId of flagged) {
      const ids = new Set(captured.filter((m) => m.to === 'privacy-staff@example.com' && byMessageId.get(m.messageId)?.request_id === requestId && byMessageId.get(m.messageId)?.kind === 'staff-flag').map((m) => m.messageId));
      expect(ids.size, `flag mails about request ${requestId}`).toBe(1);
    }
    // No consumer reply sent twice with different Message-IDs; the auto-replies got nothing.
    const consumers = new Map<string, Set<string>>();
    for (const m of captured.filter((c) => c.to !== 'privacy-staff@example.com')) consumers.set(m.to, (consumers.get(m.to) ?? new Set()).add(m.messageId));
    expect(consumers.size).toBe(requests);
    expect([...consumers.entries()].filter(([, ids]) => ids.size !== 1)).toEqual([]);
    expect([...consumers.keys()].filter((to) => to.startsWith('away'))).toEqual([]);
    expect(await listLeases(check)).toMatchObject([{ holder: expect.stringMatching(/^beta:/), live: true }]);
    // The operator sees who reads the mailbox now.
    const status = spawnSync(process.execPath, [path.resolve('bin/ccpa-mailbot.js'), 'status'], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DATABASE_URL: fresh }, encoding: 'utf8' });
    expect(status.stdout).toMatch(/^ {2}imap:\/\/.+ {2}read by beta:\S+ \(lease until /m);
  } finally {
    for (const child of children) child.process.kill('SIGKILL');
    await check.destroy();
    await smtp.stop();
    await imap.destroy();
  }
}, 180_000);
