import type { Db } from './db.js';
import { toIso } from './time.js';

export interface NewRequest {
  reference: string;
  type: string;
  status: string;
  requesterAddress: string;
  requesterRole: string;
  consumerName: string | null;
  lang: string;
  receivedAt: Date;
  dueDate: string;
  inboundMessageId: number;
}

export interface RequestRow {
  id: number;
  reference: string;
  type: string;
  status: string;
  requester_address: string;
  requester_role: string;
  consumer_name: string | null;
  lang: string;
  received_at: string | Date;
  due_date: string;
  inbound_message_id: number;
  /** The request this one was merged into as a duplicate (migration 20261206_14). */
  merged_into_id?: number | null;
}

export async function insertRequest(db: Db, request: NewRequest, now: Date): Promise<number> {
  const [row] = await db('requests')
    .insert({
      reference: request.reference,
      type: request.type,
      status: request.status,
      requester_address: request.requesterAddress,
      requester_role: request.requesterRole,
      consumer_name: request.consumerName,
      lang: request.lang,
      received_at: toIso(request.receivedAt),
      due_date: request.dueDate,
      inbound_message_id: request.inboundMessageId,
      created_at: toIso(now),
      updated_at: toIso(now),
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

/** A request row with the columns the workflow added (migration 003). */
export interface StoredRequestRow extends RequestRow {
  channel: string;
  workflow_state: string | null;
  consumer_address: string | null;
  denial_reason: string | null;
  responded_at: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
}

export async function findRequestByReference(db: Db, reference: string): Promise<StoredRequestRow | undefined> {
  return db<StoredRequestRow>('requests').where({ reference }).first();
}

export async function findRequestById(db: Db, id: number): Promise<StoredRequestRow | undefined> {
  return db<StoredRequestRow>('requests').where({ id }).first();
}

/**
 * Every request, oldest first, or only those with `status`, or about `email` (as the requester or
 * the consumer an agent acts for) (`requests list`, the digest, `metrics`).
 */
export async function listRequests(db: Db, filter: { status?: string; email?: string } = {}): Promise<StoredRequestRow[]> {
  const query = db<StoredRequestRow>('requests').orderBy('id').select('*');
  if (filter.status) query.where({ status: filter.status });
  const email = filter.email?.trim().toLowerCase();
  if (email) query.where((q) => q.whereRaw('lower(requester_address) = ?', [email]).orWhereRaw('lower(consumer_address) = ?', [email]));
  return query;
}

/**
 * Closes a record that is not a CCPA request (a question, a HIPAA matter, an unspecified message)
 * or marks one merged; a CCPA request's own status is the workflow's (workflow-requests.ts).
 */
export async function setRecordStatus(db: Db, id: number, status: 'closed' | 'merged', now: Date): Promise<void> {
  await db('requests').where({ id }).update({ status, updated_at: toIso(now) });
}

/** Points a duplicate at the request it was merged into (issue 14 item 4). */
export async function markMergedInto(db: Db, id: number, intoId: number, now: Date): Promise<void> {
  await db('requests').where({ id }).update({ merged_into_id: intoId, updated_at: toIso(now) });
}

/** The ids of the requests merged into `id`, which its thread and timeline include. */
export async function listMergedIds(db: Db, id: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await db('requests').where({ merged_into_id: id }).select('id');
  return rows.map((r) => Number(r.id));
}

/**
 * The requests an inbound message continues, found through our own Message-IDs in its
 * In-Reply-To/References, or else through a subject tag, accepted only from the requester's own
 * address (email-rules §4: a subject tag alone must not let a stranger inject into a thread).
 */
export async function findThreadRequests(
  db: Db,
  thread: { messageIds: string[]; subjectReferences: string[]; fromAddress: string | null },
): Promise<RequestRow[]> {
  if (thread.messageIds.length > 0) {
    const ids = await db('outbox').whereIn('message_id', thread.messageIds).whereNotNull('request_id').distinct('request_id');
    const requestIds = ids.map((r: { request_id: number }) => r.request_id);
    if (requestIds.length > 0) return followMerges(db, await db<RequestRow>('requests').whereIn('id', requestIds).orderBy('id'));
  }
  if (thread.subjectReferences.length > 0 && thread.fromAddress) {
    return followMerges(
      db,
      await db<RequestRow>('requests')
        .whereIn('reference', thread.subjectReferences)
        .andWhere({ requester_address: thread.fromAddress })
        .orderBy('id'),
    );
  }
  return [];
}

/** A reply in a merged duplicate's thread continues the request it was merged into (issue 14 item 4). */
async function followMerges(db: Db, rows: RequestRow[]): Promise<RequestRow[]> {
  const intoIds = rows.map((r) => r.merged_into_id).filter((id): id is number => id != null);
  if (intoIds.length === 0) return rows;
  const kept = rows.filter((r) => r.merged_into_id == null);
  const targets = await db<RequestRow>('requests').whereIn('id', intoIds).orderBy('id');
  const seen = new Set<number>();
  return [...kept, ...targets].filter((r) => !seen.has(Number(r.id)) && seen.add(Number(r.id))).sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Allocates the next reference of the year, e.g. `CCPA-2026-000123`, inside the caller's
 * transaction so that a rolled-back decision does not burn a number.
 */
export async function allocateReference(db: Db, year: number): Promise<string> {
  // One upsert: the row lock it takes (PostgreSQL) or the write lock (SQLite) serializes instances,
  // and RETURNING (SQLite 3.35+, PostgreSQL) gives the number it set without a second statement.
  const [row] = await db('reference_counters')
    .insert({ year, last_value: 1 })
    .onConflict('year')
    .merge({ last_value: db.raw('reference_counters.last_value + 1') })
    .returning('last_value');
  const value = typeof row === 'object' ? (row as { last_value: number }).last_value : row;
  return `CCPA-${year}-${String(value).padStart(6, '0')}`;
}
