import type { Db } from './db.js';
import type { OutboxStatus } from './outbox.js';
import { toIso } from './time.js';

/*
 * The outbox as the operator sees it from the command line (`status`, `outbox list|show|retry`);
 * the sender's own queries are in outbox.ts.
 */

/** Why mail is not going out: the latest reason of our own set-up on a waiting row (pending, or sending as a probe), and how many rows wait. */
export async function findSetupHold(db: Db): Promise<{ reason: string; at: Date; pending: number } | null> {
  // A held sender probes with one row at a time, `sending` for the length of one SMTP try and
  // keeping its set-up error: the hold stands while that probe is in flight (otherwise `status`
  // says mail is going out whenever it is asked mid-probe, as a loaded fresh-clone run showed).
  const waiting = ['pending', 'sending'];
  const row = await db('outbox').whereIn('status', waiting).andWhere({ last_error_kind: 'setup' }).orderBy('last_error_at', 'desc').first('last_error', 'last_error_at');
  if (!row) return null;
  const [count] = await db('outbox').whereIn('status', waiting).count({ n: '*' });
  return { reason: String(row.last_error), at: new Date(row.last_error_at), pending: Number(count?.n ?? 0) };
}

/**
 * Puts `failed` rows back in the queue, due now, with their tries reset: all of them, or the one
 * `id`. A row whose body the retention job emptied cannot be sent again and is left alone.
 */
export async function requeueFailed(db: Db, target: { id: number } | 'all', now: Date): Promise<Array<{ id: number; requestId: number | null; inboundMessageId: number | null }>> {
  const query = db('outbox').where({ status: 'failed' }).whereNull('raw_purged_at');
  if (target !== 'all') query.andWhere({ id: target.id });
  const rows: Array<{ id: number; request_id: number | null; inbound_message_id: number | null }> = await query.select('id', 'request_id', 'inbound_message_id');
  if (rows.length === 0) return [];
  await db('outbox')
    .whereIn('id', rows.map((r) => r.id))
    .andWhere({ status: 'failed' })
    .update({ status: 'pending', attempts: 0, next_attempt_at: toIso(now), claimed_by: null, claimed_at: null });
  return rows.map((r) => ({ id: Number(r.id), requestId: r.request_id === null ? null : Number(r.request_id), inboundMessageId: r.inbound_message_id === null ? null : Number(r.inbound_message_id) }));
}

/** One line of `outbox list`. */
export interface OutboxListRow {
  id: number;
  status: OutboxStatus;
  kind: string;
  reference: string | null;
  recipient: string;
  attempts: number;
  lastErrorKind: string | null;
  lastError: string | null;
  createdAt: string;
}

/** The outbox, newest first, optionally of one status. */
export async function listOutbox(db: Db, query: { status?: OutboxStatus; limit: number }): Promise<OutboxListRow[]> {
  const q = db('outbox as o').leftJoin('requests as r', 'r.id', 'o.request_id').orderBy('o.id', 'desc').limit(query.limit);
  if (query.status) q.where('o.status', query.status);
  const rows: Array<Record<string, unknown>> = await q.select('o.id', 'o.status', 'o.kind', 'r.reference', 'o.recipient', 'o.attempts', 'o.last_error_kind', 'o.last_error', 'o.created_at');
  return rows.map((r) => ({
    id: Number(r.id),
    status: r.status as OutboxStatus,
    kind: String(r.kind),
    reference: r.reference == null ? null : String(r.reference),
    recipient: String(r.recipient),
    attempts: Number(r.attempts),
    lastErrorKind: r.last_error_kind == null ? null : String(r.last_error_kind),
    lastError: r.last_error == null ? null : String(r.last_error),
    createdAt: new Date(r.created_at as string).toISOString(),
  }));
}

/** The stored copy of one outgoing message (redacted once sent if it carried a code); null when there is no such row. */
export async function readOutboxRaw(db: Db, id: number): Promise<{ raw: Buffer; status: OutboxStatus; redacted: boolean; digest: string | null } | null> {
  const row = await db('outbox').where({ id }).first('raw', 'status', 'raw_redacted_at', 'sent_digest');
  if (!row) return null;
  return { raw: Buffer.isBuffer(row.raw) ? row.raw : Buffer.from(row.raw as Uint8Array), status: row.status as OutboxStatus, redacted: row.raw_redacted_at != null, digest: row.sent_digest == null ? null : String(row.sent_digest) };
}
