import { isPostgres, type Db } from './db.js';
import { fromDb, toIso } from './time.js';
import { whereKindHasSection } from './outbox.js';
import type { RecordedState } from '../pipeline/decide/recorded-state.js';
import type { RequestState, RequestStatus } from '../pipeline/decide/request-state.js';

/** A request as the workflow sees it: its pure state plus what the edge needs to write mail. */
export interface WorkflowRequest {
  id: number;
  state: RequestState;
  requesterAddress: string;
  consumerAddress: string | null;
  consumerName: string | null;
  inboundMessageId: number | null;
  challengeId: number | null;
  receivedAt: Date;
  lastReminderAt: Date | null;
  alertedForDue: string | null;
}

/** RequestState as JSON: the only Date in it is `verifiedAt`. */
export function parseState(json: string): RequestState {
  const raw = JSON.parse(json) as RequestState & { verifiedAt: string | null };
  return { ...raw, verifiedAt: raw.verifiedAt === null ? null : new Date(raw.verifiedAt) };
}

function toWorkflowRequest(row: Record<string, unknown>): WorkflowRequest | null {
  if (typeof row.workflow_state !== 'string') return null;
  return {
    id: Number(row.id),
    state: parseState(row.workflow_state),
    requesterAddress: String(row.requester_address),
    consumerAddress: row.consumer_address == null ? null : String(row.consumer_address),
    consumerName: row.consumer_name == null ? null : String(row.consumer_name),
    inboundMessageId: row.inbound_message_id == null ? null : Number(row.inbound_message_id),
    challengeId: row.challenge_id == null ? null : Number(row.challenge_id),
    receivedAt: fromDb(row.received_at),
    lastReminderAt: row.last_reminder_at == null ? null : fromDb(row.last_reminder_at),
    alertedForDue: row.alerted_for_due == null ? null : String(row.alerted_for_due),
  };
}

/** The requests with ids `ids` that take part in the workflow (questions and HIPAA matters do not). */
export async function loadWorkflowRequests(db: Db, ids: readonly number[]): Promise<WorkflowRequest[]> {
  if (ids.length === 0) return [];
  const query = db('requests').whereIn('id', ids).orderBy('id').select('*');
  // Every caller reads to write in the same transaction. On PostgreSQL several instances (and the
  // CLI) may sweep or act at once: the row lock makes the second wait and re-read what the first
  // committed (a reminder already sent, a status already moved) instead of doing it again. SQLite
  // has one writer at a time, so there is nothing to lock.
  const rows = await (isPostgres(db) ? query.forUpdate() : query);
  return rows.map(toWorkflowRequest).filter((r): r is WorkflowRequest => r !== null);
}

/** Every workflow request whose status is not one of `finalStatuses`, for the scheduled sweeps. */
export async function listOpenWorkflowRequests(db: Db, finalStatuses: readonly RequestStatus[]): Promise<WorkflowRequest[]> {
  const rows = await db('requests').whereNotNull('workflow_state').whereNotIn('status', [...finalStatuses]).orderBy('id').select('*');
  return rows.map(toWorkflowRequest).filter((r): r is WorkflowRequest => r !== null);
}

/**
 * Writes a new state and keeps the §7101 record columns in step: status, the deadline in force,
 * the denial basis and, on reaching a final status, the date of the response.
 */
export async function saveWorkflowState(db: Db, id: number, { state, dueDate, final }: RecordedState, now: Date): Promise<void> {
  await db('requests')
    .where({ id })
    .update({
      workflow_state: JSON.stringify(state),
      status: state.status,
      due_date: dueDate,
      denial_reason: state.denialReason,
      ...(final ? { responded_at: toIso(now) } : {}),
      updated_at: toIso(now),
    });
}

export async function updateRequestFields(
  db: Db,
  id: number,
  fields: Partial<{ consumerAddress: string; challengeId: number | null; lastReminderAt: Date; alertedForDue: string }>,
): Promise<void> {
  const update: Record<string, unknown> = {};
  if (fields.consumerAddress !== undefined) update.consumer_address = fields.consumerAddress;
  if (fields.challengeId !== undefined) update.challenge_id = fields.challengeId;
  if (fields.lastReminderAt !== undefined) update.last_reminder_at = toIso(fields.lastReminderAt);
  if (fields.alertedForDue !== undefined) update.alerted_for_due = fields.alertedForDue;
  if (Object.keys(update).length > 0) await db('requests').where({ id }).update(update);
}

/** Who asked and for whom, as the record holds it (the 12-month limit counts per consumer). */
export interface RecordedParties {
  requesterRole: 'self' | 'agent' | 'parent';
  requesterAddress: string;
  consumerAddress: string | null;
  consumerName: string | null;
}

/**
 * Access and portability requests answered with the information (completed) in the 12 months
 * before `before`, give or take a day for the caller to judge on the local calendar: only those
 * may count toward the limit of two (§1798.130(b)). Filed by one of `requesterAddresses` or naming
 * `consumerAddress` as the consumer; the caller decides which are about the same consumer.
 */
export async function listAccessRequestsAnswered(
  db: Db,
  query: { requesterAddresses: readonly string[]; consumerAddress: string | null; before: Date; excludeIds: readonly number[] },
): Promise<Array<RecordedParties & { respondedAt: Date }>> {
  if (query.requesterAddresses.length === 0 && query.consumerAddress === null) return [];
  const since = new Date(query.before);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  since.setUTCDate(since.getUTCDate() - 1);
  const rows: Array<Record<string, unknown>> = await db('requests')
    .whereIn('type', ['access', 'portability'])
    .andWhere({ status: 'completed' })
    .andWhere('responded_at', '>=', toIso(since))
    .andWhere('responded_at', '<=', toIso(query.before))
    .whereNotIn('id', query.excludeIds.length > 0 ? [...query.excludeIds] : [-1])
    .andWhere((q) => {
      q.whereIn('requester_address', query.requesterAddresses.length > 0 ? [...query.requesterAddresses] : ['']);
      if (query.consumerAddress !== null) q.orWhere('consumer_address', query.consumerAddress);
    })
    .select('requester_role', 'requester_address', 'consumer_address', 'consumer_name', 'responded_at');
  return rows.map((r) => ({
    requesterRole: r.requester_role === 'agent' || r.requester_role === 'parent' ? r.requester_role : 'self',
    requesterAddress: String(r.requester_address),
    consumerAddress: r.consumer_address == null ? null : String(r.consumer_address),
    consumerName: r.consumer_name == null ? null : String(r.consumer_name),
    respondedAt: fromDb(r.responded_at),
  }));
}

/**
 * Open requests a message names by reference in its text (not in the subject or headers),
 * accepted only from the requester's or the consumer's own address (email-rules §4): a new message
 * about an open request joins it instead of opening a second one. A closed request is not joined,
 * so "my last request CCPA-... is done; now delete my data" still opens a new request: a request
 * whose status is one of `finalStatuses` is left out.
 */
export async function findRequestsByQuotedReference(
  db: Db,
  query: { references: readonly string[]; fromAddress: string; finalStatuses: readonly RequestStatus[] },
): Promise<Array<{ id: number; reference: string }>> {
  const { references, fromAddress } = query;
  if (references.length === 0 || fromAddress === '') return [];
  const rows = await db('requests')
    .whereIn('reference', [...references])
    .whereNotIn('status', [...query.finalStatuses])
    .andWhere((q) => q.where({ requester_address: fromAddress }).orWhere({ consumer_address: fromAddress }))
    .orderBy('id')
    .select('id', 'reference');
  return rows.map((r: { id: number; reference: string }) => ({ id: Number(r.id), reference: String(r.reference) }));
}

/**
 * First replies sent to `recipient` since `since`: the acknowledgement, or the workflow mail that
 * replaces it, alone or as a section of one mail (email-rules §2: at most so many automatic
 * answers to one address a day).
 */
export async function countRecentFirstReplies(db: Db, query: { recipient: string; since: Date }): Promise<number> {
  const kinds = ['acknowledgement', 'verification-challenge', 'opt-out-confirmed', 'limit-reached', 'agent-permission-request', 'parent-proof-request'];
  const [row] = await whereKindHasSection(db('outbox').where({ recipient: query.recipient }), kinds).andWhere('created_at', '>=', toIso(query.since)).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/**
 * `ids` and the requests opened by the same messages: one email with several requests gets one
 * thread, one challenge and one reply, whichever of them our outbox row names.
 */
export async function withSiblingRequests(db: Db, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const openers = db('requests').whereIn('id', [...ids]).whereNotNull('inbound_message_id').select('inbound_message_id');
  const siblings: Array<{ id: number }> = await db('requests').whereIn('inbound_message_id', openers).select('id');
  return [...new Set([...ids, ...siblings.map((r) => Number(r.id))])].sort((a, b) => a - b);
}
