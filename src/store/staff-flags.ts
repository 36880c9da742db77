import type { Db } from './db.js';
import { toIso } from './time.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';

export interface NewStaffFlag {
  requestId: number | null;
  inboundMessageId: number | null;
  /** A stable code of the one list (pipeline/decide/staff-flag-reasons.ts). */
  reason: StaffFlagReason;
  detail?: Record<string, unknown>;
}

/** Hands a request or message to staff; the digest and flag mail read these rows. */
export async function raiseStaffFlag(db: Db, flag: NewStaffFlag, now: Date): Promise<number> {
  const [row] = await db('staff_flags')
    .insert({
      request_id: flag.requestId,
      inbound_message_id: flag.inboundMessageId,
      reason: flag.reason,
      detail: flag.detail ? JSON.stringify(flag.detail) : null,
      created_at: toIso(now),
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

export interface OpenStaffFlag {
  id: number;
  requestId: number | null;
  inboundMessageId: number | null;
  reason: string;
  detail: string | null;
  createdAt: string;
}

export async function listOpenStaffFlags(db: Db): Promise<OpenStaffFlag[]> {
  const rows = await db('staff_flags').whereNull('resolved_at').orderBy('id').select('*');
  return rows.map((r) => ({
    id: r.id,
    requestId: r.request_id,
    inboundMessageId: r.inbound_message_id,
    reason: r.reason,
    detail: r.detail,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The reason of every open flag on a request, oldest first (the digest's request table). */
export async function listOpenRequestFlagReasons(db: Db): Promise<Array<{ request_id: number; reason: string }>> {
  return db('staff_flags').whereNull('resolved_at').whereNotNull('request_id').orderBy('id').select('request_id', 'reason');
}

/** A flag not mailed to staff yet. */
export interface UnmailedFlagRow {
  id: number;
  request_id: number | null;
  inbound_message_id: number | null;
  reason: string;
}

/** Up to `limit` flags not mailed yet, oldest first. */
export async function listUnmailedFlags(db: Db, limit: number): Promise<UnmailedFlagRow[]> {
  return db('staff_flags').whereNull('mailed_at').orderBy('id').limit(limit).select('id', 'request_id', 'inbound_message_id', 'reason');
}

/** Marks flags mailed, in the transaction that queued their mail; a flag mailed already stays as it was. */
export async function markFlagsMailed(db: Db, ids: readonly number[], now: Date): Promise<void> {
  await db('staff_flags').whereIn('id', [...ids]).whereNull('mailed_at').update({ mailed_at: toIso(now) });
}
