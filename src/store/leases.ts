import type { Db } from './db.js';
import { isPostgres } from './db.js';
import { fromDb } from './time.js';

/**
 * Leases: one instance at a time holds a named duty (reading one IMAP mailbox) until
 * `expires_at`. Every comparison uses the DATABASE's clock (PostgreSQL `clock_timestamp()`, the
 * time of the statement, not of the transaction; SQLite `'now'`), so instances whose clocks
 * disagree, or whose clock a test has moved, still agree on who holds a lease and when it ends.
 */

/** What a holder shows in the transaction that commits its work (see `confirmLease`). */
export interface LeaseFence {
  name: string;
  holder: string;
  ttlMs: number;
}

/** The lease was taken over, or ran out, before this transaction could commit under it. */
export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
  constructor(readonly lease: string) {
    super(`lease ${lease} is no longer held by this instance`);
    this.name = 'LeaseLostError';
  }
}

export interface LeaseRow {
  name: string;
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
  /** Not expired by the database's clock. */
  live: boolean;
}

/** The database's current time, in the form `expires_at` is stored and compared in. */
function dbNow(db: Db): string {
  return isPostgres(db) ? 'clock_timestamp()' : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
}

/** The database's current time plus `ttlMs`; the one binding is made by `ttlBinding`. */
function dbNowPlus(db: Db): string {
  return isPostgres(db) ? 'clock_timestamp() + make_interval(secs => ?)' : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)";
}

function ttlBinding(db: Db, ttlMs: number): number | string {
  const seconds = ttlMs / 1000;
  return isPostgres(db) ? seconds : `+${seconds.toFixed(3)} seconds`;
}

/**
 * Takes the lease if it is free, expired, or already ours, and (re)sets its expiry to now + ttl;
 * true when `holder` holds it afterwards. One upsert: on PostgreSQL `ON CONFLICT DO UPDATE`
 * locks the row and judges the WHERE on its latest version, so of two instances racing for an
 * expired lease exactly one wins; SQLite has one writer, so the statement is atomic there.
 */
export async function tryAcquireLease(db: Db, fence: LeaseFence): Promise<boolean> {
  const now = dbNow(db);
  const result: unknown = await db.raw(
    `INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (?, ?, ${now}, ${dbNowPlus(db)})
     ON CONFLICT (name) DO UPDATE SET
       holder = excluded.holder,
       acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE excluded.acquired_at END,
       expires_at = excluded.expires_at
     WHERE leases.holder = excluded.holder OR leases.expires_at <= ${now}
     RETURNING holder`,
    [fence.name, fence.holder, ttlBinding(db, fence.ttlMs)],
  );
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows.length === 1;
}

/**
 * The fencing check, run in the transaction that commits work done under the lease (the
 * mailbox checkpoint): renews the lease if `holder` still holds it unexpired, and throws
 * LeaseLostError otherwise, which rolls the whole transaction back. On PostgreSQL the UPDATE
 * keeps the row locked until commit, so a takeover waits for this commit and then finds the
 * lease renewed; a paused former holder that wakes up after a takeover commits nothing.
 */
export async function confirmLease(db: Db, fence: LeaseFence): Promise<void> {
  const renewed = await db('leases')
    .where({ name: fence.name, holder: fence.holder })
    .andWhere('expires_at', '>', db.raw(dbNow(db)))
    .update({ expires_at: db.raw(dbNowPlus(db), [ttlBinding(db, fence.ttlMs)]) });
  if (Number(renewed) !== 1) throw new LeaseLostError(fence.name);
}

/** Gives the lease up at once (a clean stop), so a standby need not wait for it to expire. */
export async function releaseLease(db: Db, fence: Pick<LeaseFence, 'name' | 'holder'>): Promise<void> {
  await db('leases').where({ name: fence.name, holder: fence.holder }).delete();
}

/** Every lease, with whether it is live by the database's clock (`status`). */
export async function listLeases(db: Db): Promise<LeaseRow[]> {
  const rows: Array<Record<string, unknown>> = await db('leases')
    .orderBy('name')
    .select('name', 'holder', 'acquired_at', 'expires_at', db.raw(`CASE WHEN expires_at > ${dbNow(db)} THEN 1 ELSE 0 END AS live`));
  return rows.map((r) => ({
    name: String(r.name),
    holder: String(r.holder),
    acquiredAt: fromDb(r.acquired_at),
    expiresAt: fromDb(r.expires_at),
    live: Number(r.live) === 1,
  }));
}
