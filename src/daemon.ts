import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Config } from './config.js';
import type { Logger } from './shared/logger.js';
import { composeRoot, digestDeps, flagMailerDeps, inboundDeps, workflowDeps } from './compose.js';
import type { Clock } from './shared/clock.js';
import { isPostgres, migrate, openDb, type Db } from './store/db.js';
import { countDirectory } from './store/consumer-directory.js';
import { handleInboundBatch } from './inbound/handle-inbound.js';
import { heapBudget } from './heap-budget.js';
import { ImapSource } from './ingest/imap-source.js';
import { MaildirSource } from './ingest/maildir-source.js';
import type { MailSource, MessageHandler } from './ingest/mail-source.js';
import { OutboxSender } from './mail/outbox-sender.js';
import { openTransport } from './mail/transports.js';
import { processIsRunning, releaseEarlierClaims } from './mail/release-earlier-claims.js';
import { scheduleJobs, type Job } from './jobs/schedule-jobs.js';
import { workflowJobs } from './jobs/workflow-sweeps.js';
import { coalesce } from './shared/coalesce.js';
import { mailPendingFlags } from './staff/mail-pending-flags.js';
import { digestJob } from './jobs/digest-job.js';
import { safeError } from './shared/safe-error.js';
import type { StreakOptions } from './shared/backoff.js';
import { DaemonWatch } from './ops/daemon-watch.js';
import { startOpsServer, type OpsServer } from './ops/ops-server.js';
import { holdDatabase, holderName } from './ops/database-hold.js';
import { longestGapMs } from './jobs/poll-interval.js';

/**
 * Several instances share one PostgreSQL (README, "Several instances"): one reads the mailbox
 * under a lease, the others stand by. SQLite is one instance's database: no lease, so a restart
 * reads at once instead of waiting for its previous lease to expire.
 */
function mailboxLease(config: Config, db: Db): { lease?: { holder: string; ttlMs: number } } {
  if (!isPostgres(db)) return {};
  return { lease: { holder: `${config.instanceId}:${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`, ttlMs: config.mailboxLeaseMs } };
}

/** Heap growth past the live set that a backlog may accumulate before a collection (see heap-budget.ts). */
const HEAP_SLACK_MB = 32;

export interface Daemon {
  db: Db;
  source: MailSource;
  sender: OutboxSender;
  /** What it has seen since start (health, metrics, progress); `ops` is the HTTP endpoint when METRICS_PORT is set. */
  watch: DaemonWatch;
  ops: OpsServer | null;
  /** The scheduled jobs, by name (`poll-mailbox`, `drain-outbox`, `staff-digest`, `workflow-sweep`, `retention`): a test runs one now. */
  jobs: readonly Job[];
  stop(): Promise<void>;
}

export interface DaemonOverrides {
  /** First outbox retry delay (tests shorten it). */
  outboxRetryBaseMs?: number;
  /** The one clock everything runs on (tests run the sweeps, the digest and the outbox on a moved clock). */
  clock?: Clock;
  /** The IMAP reconnect backoff (tests shorten it). */
  imapBackoff?: StreakOptions;
}

/**
 * The composition root: configuration -> database (migrated) -> pipeline -> mail source and
 * outbox sender -> schedules. Returns once the source has been started; mail is read from then on.
 */
export async function startDaemon(config: Config, log: Logger, overrides: DaemonOverrides = {}): Promise<Daemon> {
  const db = openDb(config.databaseUrl);
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ event: 'migrations_applied', migrations: applied });
  const root = composeRoot(config, overrides.clock);
  const watch = new DaemonWatch(log, root.clock);
  // First, so a port in use stops the start before anything else is opened (METRICS_PORT, exit 78).
  const { ops: o, workflow: w } = config;
  const ops = o.metricsPort === null ? null : await startOpsServer({ host: o.metricsHost, port: o.metricsPort, db, watch, log, clock: root.clock, timeZone: config.timeZone, nearDays: w.staffAlertDaysBefore, maxReadAgeMs: o.maxReadAgeMs ?? 3 * (longestGapMs(config.pollSchedule, config.timeZone) ?? 60_000), outboxOverdueMs: o.outboxOverdueMs }).catch(async (err: unknown) => {
    await db.destroy();
    throw err;
  });
  // SQLite: held while it runs, so `restore` refuses to replace the file under it (ops/database-hold.ts).
  const hold = isPostgres(db) ? null : holdDatabase(db, holderName('daemon', config.instanceId), log);
  await hold?.started.catch(async (err: unknown) => {
    await Promise.all([ops?.close(), db.destroy()]);
    throw err;
  });
  const { clock } = root;
  const deps = inboundDeps(config, db, log, root);
  if (config.source.kind === 'imap' && config.workflow.verificationSecret === null) {
    log.warn({ event: 'verification_secret_generated' }, 'VERIFICATION_SECRET is not set: codes are keyed by a secret kept in the database; set one for production');
  }
  // Without a directory there is nothing to match data points against (§7060(c)(1)).
  if ((await countDirectory(db)) === 0) {
    log.warn({ event: 'consumer_directory_empty' }, 'the consumer directory is empty: no identity can be verified automatically and every request that needs verification is flagged for staff (verify_manually); load it with `ccpa-mailbot directory import FILE.csv`');
  }
  // Rows an earlier process of this instance left in `sending` (it crashed) are released now, not after the lease.
  const reclaimed = await releaseEarlierClaims(db, { instanceId: config.instanceId, pid: process.pid, isRunning: processIsRunning });
  if (reclaimed.length > 0) log.warn({ event: 'outbox_earlier_claims_released', ids: reclaimed }, 'mail an earlier run of this instance was sending when it stopped goes out again, same Message-ID; nothing to do');
  const transport = openTransport(config.transport, clock);
  const heap = heapBudget(HEAP_SLACK_MB);
  const sender = new OutboxSender({
    afterBatch: () => heap.afterBatch(),
    db,
    transport,
    log,
    claimant: `${config.instanceId}:${process.pid}`,
    maxAttempts: config.outboxMaxAttempts,
    claimLeaseMs: config.outboxClaimLeaseMs,
    clock,
    recordKey: config.workflow.verificationSecret,
    ...(overrides.outboxRetryBaseMs !== undefined ? { retryBaseMs: overrides.outboxRetryBaseMs } : {}),
  });
  const handle: MessageHandler = async (items) => {
    watch.committed((await handleInboundBatch(deps, items)).map((m) => ({ verdict: m.outcome === 'duplicate' ? 'duplicate' : m.verdict, category: m.classification?.category ?? null })));
    heap.afterBatch();
  };
  // After every commit: turn new staff flags into flag mail, then hand the outbox to the transport.
  const deliver = coalesce(async () => {
    await mailPendingFlags(flagMailerDeps(root, db), clock());
    await sender.drain();
  });
  const onCommitted = () => void deliver().catch((err: unknown) => log.error({ event: 'delivery_failed', err: safeError(err) }, 'sending queued mail failed; retried on the next outbox run (check the database and SMTP_URL)'));
  const digest = digestJob(digestDeps(root, db, log), onCommitted, clock);
  const source: MailSource =
    config.source.kind === 'imap'
      ? new ImapSource({ url: config.source.url, processedFolder: config.source.processedFolder, db, log, handle, onCommitted, makeRoom: () => heap.makeRoom(), clock, ...(overrides.imapBackoff ? { backoff: overrides.imapBackoff } : {}), ...mailboxLease(config, db), events: watch })
      : new MaildirSource({ path: config.source.path, log, handle, onCommitted, events: watch });
  const jobList: Job[] = [
    { name: 'poll-mailbox', schedule: config.pollSchedule, run: () => source.sync() },
    { name: 'drain-outbox', schedule: config.outboxSchedule, run: deliver },
    digest,
    ...workflowJobs(config.workflow, db, workflowDeps(config, root), clock, log, onCommitted),
  ];
  const jobs = scheduleJobs(jobList, config.timeZone, log);
  source.start();
  onCommitted();
  // Catch-up: a digest missed while the daemon was down goes out now (and never twice).
  void digest.run().catch((err: unknown) => log.error({ event: 'digest_failed', err: safeError(err) }, 'the catch-up digest failed; it is tried again at DIGEST_TIME'));
  log.info({ event: 'daemon_started', source: config.source.kind, transport: config.transport.kind, database: config.databaseUrl.split(':')[0], heapBudget: heap.active });
  return {
    db,
    source,
    sender,
    watch,
    ops,
    jobs: jobList,
    async stop() {
      await ops?.close();
      await jobs.stop();
      await source.stop();
      await deliver().catch(() => undefined);
      transport.close();
      await hold?.release();
      await db.destroy();
      log.info({ event: 'daemon_stopped' });
    },
  };
}
