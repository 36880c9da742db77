import { isPostgres, type Db } from './db.js';
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

/** A flag of a group: every message of the group joins one row (issue 13 item 8). */
export interface GroupedStaffFlag extends NewStaffFlag {
  /** Names the group; flags with the same key are one flag (`decide-inbound.ts` `rateLimitGroup`). */
  groupKey: string;
  /** The requests the message opened: each is recorded as a member of the flag. */
  requestIds: readonly number[];
}

/**
 * Raises the flag of a group, or joins it when it exists: the message and its requests are added
 * as members, and the flag's detail carries the number of messages in it and the latest one's id.
 * The flag keeps its first message and its `mailed_at`, so its flag mail goes out once. The
 * insert is keyed on `group_key` and ignores a conflict, so two instances on PostgreSQL flooded at
 * the same moment still end with one row (the second waits for the first to commit, then joins,
 * and joiners take the row's lock in turn).
 */
export async function raiseOrJoinStaffFlag(db: Db, flag: GroupedStaffFlag, now: Date): Promise<{ id: number; count: number }> {
  await db('staff_flags')
    .insert({ request_id: flag.requestId, inbound_message_id: flag.inboundMessageId, reason: flag.reason, group_key: flag.groupKey, created_at: toIso(now) })
    .onConflict('group_key')
    .ignore();
  // On PostgreSQL the row is locked until commit, so joiners count one after another and the count is exact.
  const query = db('staff_flags').where({ group_key: flag.groupKey }).first('id');
  const row: { id: number } | undefined = await (isPostgres(db) ? query.forUpdate() : query);
  if (!row) throw new Error('a grouped staff flag vanished inside its transaction');
  const id = Number(row.id);
  const members = flag.requestIds.length > 0 ? flag.requestIds : [null];
  await db('staff_flag_members').insert(members.map((requestId) => ({ flag_id: id, request_id: requestId, inbound_message_id: flag.inboundMessageId, created_at: toIso(now) })));
  const [counted] = await db('staff_flag_members').where({ flag_id: id }).countDistinct({ n: 'inbound_message_id' });
  const count = Number(counted?.n ?? 0);
  await db('staff_flags').where({ id }).update({ detail: JSON.stringify({ ...flag.detail, count, latestInboundMessageId: flag.inboundMessageId }) });
  return { id, count };
}

/**
 * Resolves a request's own open flags (issue 14 item 5): those raised before `before` when the
 * request moves on (flags raised by the same step, at the same instant, stay), every one when it
 * is finished, or only those of `reasons`. A grouped flag (a flood, shared by several requests)
 * stays open for the others.
 */
export async function resolveRequestFlags(db: Db, requestId: number, now: Date, only: { before?: Date; reasons?: readonly string[] } = {}): Promise<number> {
  const query = db('staff_flags').where({ request_id: requestId }).whereNull('resolved_at').whereNull('group_key');
  if (only.before) query.where('created_at', '<', toIso(only.before));
  if (only.reasons) query.whereIn('reason', [...only.reasons]);
  return query.update({ resolved_at: toIso(now) });
}

/**
 * Resolves the open grouped flags (a flood: one flag per sender per day) that `requestId` joined,
 * once every request in the group has reached one of `closedStatuses`: what the flag asked staff
 * to look at is then all finished. Returns how many were resolved.
 */
export async function resolveSettledGroupFlags(db: Db, requestId: number, closedStatuses: readonly string[], now: Date): Promise<number> {
  const groups: number[] = await db('staff_flag_members as m').join('staff_flags as f', 'f.id', 'm.flag_id').where('m.request_id', requestId).whereNull('f.resolved_at').whereNotNull('f.group_key').distinct().pluck('f.id');
  let resolved = 0;
  for (const flagId of groups) {
    const open = await db('staff_flag_members as m').join('requests as r', 'r.id', 'm.request_id').where('m.flag_id', flagId).whereNotIn('r.status', [...closedStatuses]).first('r.id');
    if (open) continue;
    resolved += await db('staff_flags').where({ id: flagId }).whereNull('resolved_at').update({ resolved_at: toIso(now) });
  }
  return resolved;
}

/** Resolves the open flags about one stored message (a quarantined message set aside). */
export async function resolveMessageFlags(db: Db, inboundMessageId: number, now: Date): Promise<number> {
  return db('staff_flags').where({ inbound_message_id: inboundMessageId }).whereNull('request_id').whereNull('resolved_at').update({ resolved_at: toIso(now) });
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

/**
 * The reason of every open flag on a request, oldest first (the digest's request table): a
 * grouped flag counts on every request that joined it, so each stays visible as waiting for staff.
 */
export async function listOpenRequestFlagReasons(db: Db): Promise<Array<{ request_id: number; reason: string }>> {
  const own: Array<{ id: number; request_id: number; reason: string }> = await db('staff_flags').whereNull('resolved_at').whereNotNull('request_id').select('id', 'request_id', 'reason');
  const joined: Array<{ id: number; request_id: number; reason: string }> = await db('staff_flag_members as m')
    .join('staff_flags as f', 'f.id', 'm.flag_id')
    .whereNull('f.resolved_at')
    .whereNotNull('m.request_id')
    .select('f.id as id', 'm.request_id as request_id', 'f.reason as reason');
  // A flag's own request is also its first member: one row per flag and request.
  const rows = new Map<string, { request_id: number; reason: string }>();
  for (const f of [...own, ...joined].sort((a, b) => Number(a.id) - Number(b.id))) rows.set(`${f.id}|${f.request_id}`, { request_id: Number(f.request_id), reason: f.reason });
  return [...rows.values()];
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

/**
 * The unmailed flags one message raised with one reason (for the several requests of one email):
 * a batch of `listUnmailedFlags` may end in the middle of them, and they must still make one mail.
 */
export async function listUnmailedFlagIdsOfMessage(db: Db, inboundMessageId: number, reason: string): Promise<number[]> {
  const rows: Array<{ id: number | string }> = await db('staff_flags').whereNull('mailed_at').where({ inbound_message_id: inboundMessageId, reason }).orderBy('id').select('id');
  return rows.map((r) => Number(r.id));
}

/**
 * Claims flags for mailing inside the transaction that will queue their mail and mark them
 * mailed: of `ids`, those still unmailed, row-locked. On PostgreSQL `FOR UPDATE SKIP LOCKED`
 * leaves a flag another instance is mailing to that instance, and a flag it has mailed meanwhile
 * is re-checked against `mailed_at IS NULL` once its lock is released, so no flag is mailed
 * twice (issue 13 item 7). SQLite has one writer and nothing to lock: the transaction is enough.
 */
export async function claimUnmailedFlags(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const query = db('staff_flags').whereIn('id', [...ids]).whereNull('mailed_at').orderBy('id').select('id');
  if (isPostgres(db)) query.forUpdate().skipLocked();
  const rows: Array<{ id: number | string }> = await query;
  return rows.map((r) => Number(r.id));
}

/** Marks flags mailed, in the transaction that queued their mail; a flag mailed already stays as it was. */
export async function markFlagsMailed(db: Db, ids: readonly number[], now: Date): Promise<void> {
  await db('staff_flags').whereIn('id', [...ids]).whereNull('mailed_at').update({ mailed_at: toIso(now) });
}

/**
 * Resolves every open flag of a request (it was withdrawn: nothing is left for staff to do); returns
 * how many. A flood's grouped flag is shared with other requests: it resolves only once all of
 * them are finished (`resolveSettledGroupFlags`).
 */
export async function resolveOpenFlags(db: Db, requestId: number, now: Date): Promise<number> {
  return db('staff_flags').where({ request_id: requestId }).whereNull('resolved_at').whereNull('group_key').update({ resolved_at: toIso(now) });
}
