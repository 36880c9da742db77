import type { Db } from './db.js';
import { toIso } from './time.js';

export interface NewStaffFlag {
  requestId: number | null;
  inboundMessageId: number | null;
  /** Stable code, e.g. `quarantined:unparseable`, `reply_bounced`, `reply_rate_limited`. */
  reason: string;
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
