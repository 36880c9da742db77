import { hostname } from 'node:os';
import type { Db } from '../store/db.js';
import type { Logger } from '../shared/logger.js';
import { listLeases, releaseLease, tryAcquireLease, type LeaseFence } from '../store/leases.js';
import { safeError } from '../shared/safe-error.js';
import { processIsRunning } from '../mail/release-earlier-claims.js';

/** The lease a process holds on a SQLite database it works on: the daemon while it runs, `restore` while it replaces the file. */
export const DATABASE_HOLD = 'sqlite-database';
/** Renewed every third of this: a daemon killed without a stop frees the database after at most this long. */
export const HOLD_TTL_MS = 30_000;

/** A restore is replacing the SQLite file: a daemon started now would write into the file being set aside. */
export class RestoreInProgressError extends Error {
  readonly code = 'RESTORE_IN_PROGRESS';
  constructor(readonly holder: string) {
    super(`a restore (${holder}) is replacing the database`);
    this.name = 'RestoreInProgressError';
  }
}

/** Who holds a SQLite database now (the lease is live by the database's clock), or null. */
export async function findDatabaseHolder(db: Db): Promise<{ holder: string; expiresAt: Date } | null> {
  const lease = (await listLeases(db)).find((l) => l.name === DATABASE_HOLD && l.live);
  return lease ? { holder: lease.holder, expiresAt: lease.expiresAt } : null;
}

/** A holder name that says who and where: `daemon:INSTANCE_ID:host:pid` or `restore:host:pid`. */
export function holderName(role: 'daemon' | 'restore', instanceId?: string): string {
  return [role, ...(instanceId ? [instanceId] : []), hostname(), String(process.pid)].join(':');
}

/**
 * How `restore` knows a daemon works on the SQLite file (issue 17 must-show 3): the daemon holds
 * the `sqlite-database` lease in the database itself while it runs, renewed every 10 s and
 * released at a clean stop. A lease, not a PID file: it lives with the data (a copy of the folder
 * elsewhere carries no stale PID), and expiry is judged by SQLite's clock. A second process
 * finding it held is told who holds it.
 */
export function holdDatabase(db: Db, holder: string, log: Logger): { started: Promise<void>; release(): Promise<void> } {
  const fence: LeaseFence = { name: DATABASE_HOLD, holder, ttlMs: HOLD_TTL_MS };
  let warned = false;
  let restoring: string | null = null;
  const renew = async () => {
    try {
      if (await tryAcquireLease(db, fence)) return;
      const other = await findDatabaseHolder(db);
      if (other?.holder.startsWith('restore:')) restoring = other.holder;
      if (warned || (other && isGonePredecessor(other.holder, holder))) return;
      log.warn({ event: 'database_held_elsewhere', holder: other?.holder ?? null }, 'another process holds this SQLite database (a second daemon or a restore): stop one of them; a SQLite file has one daemon');
      warned = true;
    } catch (err) {
      log.warn({ event: 'database_hold_failed', err: safeError(err) }, 'could not renew the database lease; tried again in 10 s');
    }
  };
  const first = renew();
  const timer = setInterval(() => void renew(), HOLD_TTL_MS / 3);
  timer.unref();
  return {
    /** Resolves once the lease was tried; rejects with RestoreInProgressError (and stops renewing) while a restore holds the file. */
    started: first.then(() => {
      if (restoring === null) return;
      clearInterval(timer);
      throw new RestoreInProgressError(restoring);
    }),
    async release() {
      clearInterval(timer);
      await first;
      await releaseLease(db, fence).catch(() => undefined);
    },
  };
}

/** The lease of this instance's own earlier process on this host, now gone (a crash): it runs out by itself, no warning. */
function isGonePredecessor(other: string, mine: string): boolean {
  const prefix = mine.slice(0, mine.lastIndexOf(':') + 1);
  const pid = Number(other.slice(prefix.length));
  return other.startsWith(prefix) && Number.isInteger(pid) && pid > 0 && !processIsRunning(pid);
}
