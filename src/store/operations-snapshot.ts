import type { Db } from './db.js';
import { fromDb, toIso } from './time.js';

/**
 * What `/metrics` and `/healthz` read from the database on each scrape (issue 17): state that
 * lives in the rows, so every instance sharing a database reports the same and a restart loses
 * nothing. Grouped counts only: no address, subject or body leaves the database this way.
 */
export interface OperationsSnapshot {
  /** Outgoing mail by kind and state (`pending`, `sending`, `sent`, `failed`). */
  outbox: Array<{ kind: string; status: string; count: number }>;
  /** Receipt time of the oldest row still `pending` or `sending`; null when none. */
  oldestPendingAt: Date | null;
  /** `pending` rows that were due before `overdueBefore` and are still not sent. */
  outboxOverdue: number;
  /** Requests not in a final state, by status. */
  openRequests: Array<{ status: string; count: number }>;
  /** Open requests whose deadline in force (`due_date`) is before today. */
  requestsPastDeadline: number;
  /** Open requests due from today to `nearUntil` (both included). */
  requestsNearDeadline: number;
  staffFlagsOpen: number;
  /** Staff replies that changed nothing, by outcome and the check that failed. */
  staffCommandsRefused: Array<{ outcome: string; check: string; count: number }>;
}

export interface SnapshotQuery {
  /** Local dates (`YYYY-MM-DD`) in the business's time zone, compared with `due_date`. */
  today: string;
  nearUntil: string;
  overdueBefore: Date;
  finalStatuses: readonly string[];
}

/** One snapshot, read in a handful of grouped statements. */
export async function readOperationsSnapshot(db: Db, query: SnapshotQuery): Promise<OperationsSnapshot> {
  const finals = [...query.finalStatuses];
  const outbox: Array<Record<string, unknown>> = await db('outbox').groupBy('kind', 'status').select('kind', 'status').count({ n: '*' });
  const oldest = await db('outbox').whereIn('status', ['pending', 'sending']).min({ at: 'created_at' }).first();
  const overdue = await db('outbox').where({ status: 'pending' }).andWhere('next_attempt_at', '<', toIso(query.overdueBefore)).count({ n: '*' }).first();
  const open: Array<Record<string, unknown>> = await db('requests').whereNotIn('status', finals).groupBy('status').select('status').count({ n: '*' });
  const past = await db('requests').whereNotIn('status', finals).andWhere('due_date', '<', query.today).count({ n: '*' }).first();
  const near = await db('requests').whereNotIn('status', finals).whereBetween('due_date', [query.today, query.nearUntil]).count({ n: '*' }).first();
  const flags = await db('staff_flags').whereNull('resolved_at').count({ n: '*' }).first();
  const refused: Array<Record<string, unknown>> = await db('staff_replies')
    .whereNot({ outcome: 'applied' })
    .groupBy('outcome', 'failed_check')
    .select('outcome', 'failed_check')
    .count({ n: '*' });
  return {
    outbox: outbox.map((r) => ({ kind: String(r.kind), status: String(r.status), count: Number(r.n) })),
    oldestPendingAt: oldest?.at == null ? null : fromDb(oldest.at),
    outboxOverdue: Number(overdue?.n ?? 0),
    openRequests: open.map((r) => ({ status: String(r.status), count: Number(r.n) })),
    requestsPastDeadline: Number(past?.n ?? 0),
    requestsNearDeadline: Number(near?.n ?? 0),
    staffFlagsOpen: Number(flags?.n ?? 0),
    staffCommandsRefused: refused.map((r) => ({ outcome: String(r.outcome), check: r.failed_check == null ? 'none' : String(r.failed_check), count: Number(r.n) })),
  };
}
