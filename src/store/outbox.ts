import type { Knex } from 'knex';
import type { Db } from './db.js';
import { isPostgres } from './db.js';
import { toIso } from './time.js';
import { SECTION_SEPARATOR } from '../shared/mail-kind.js';

/**
 * Rows whose mail has a section of one of `kinds`: the kind itself, or a mail of several sections
 * that names it (`acknowledgement+verification-challenge`, pipeline/decide/reply-sections.ts).
 */
export function whereKindHasSection(query: Knex.QueryBuilder, kinds: readonly string[]): Knex.QueryBuilder {
  const sep = SECTION_SEPARATOR;
  return query.where((q) => {
    q.whereIn('kind', [...kinds]);
    for (const kind of kinds) q.orWhere('kind', 'like', `${kind}${sep}%`).orWhere('kind', 'like', `%${sep}${kind}`).orWhere('kind', 'like', `%${sep}${kind}${sep}%`);
  });
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface NewOutboxEntry {
  messageId: string;
  kind: string;
  lang: string;
  requestId: number | null;
  inboundMessageId: number | null;
  envelopeFrom: string;
  recipient: string;
  subject: string;
  raw: Buffer;
}

export interface OutboxEntry extends NewOutboxEntry {
  id: number;
  attempts: number;
  /** The reference of the request it belongs to, for the log (issue 17); null for staff and digest mail. */
  reference?: string | null;
}

/** Queues a rendered message. Called inside the transaction that commits the decision. */
export async function enqueueOutbox(db: Db, entry: NewOutboxEntry, now: Date): Promise<number> {
  const [row] = await db('outbox')
    .insert({
      message_id: entry.messageId,
      kind: entry.kind,
      lang: entry.lang,
      request_id: entry.requestId,
      inbound_message_id: entry.inboundMessageId,
      envelope_from: entry.envelopeFrom,
      recipient: entry.recipient,
      subject: entry.subject,
      raw: entry.raw,
      status: 'pending',
      attempts: 0,
      next_attempt_at: toIso(now),
      created_at: toIso(now),
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

/**
 * Claims due entries for one sender: marks them `sending` under this instance's name inside a
 * transaction (row locks with SKIP LOCKED on PostgreSQL, so several instances never take the same row).
 */
export async function claimDueEntries(db: Db, claimant: string, now: Date, limit: number): Promise<OutboxEntry[]> {
  return db.transaction(async (tx) => {
    // The reference by a subquery, not a join: FOR UPDATE may not lock the nullable side of an outer join.
    const reference = tx('requests').where('requests.id', tx.ref('outbox.request_id')).select('reference').as('reference');
    const query = tx('outbox').where({ status: 'pending' }).andWhere('next_attempt_at', '<=', toIso(now)).orderBy('id').limit(limit).select('outbox.*', reference);
    if (isPostgres(tx)) query.forUpdate().skipLocked();
    const rows = await query;
    if (rows.length === 0) return [];
    await tx('outbox')
      .whereIn('id', rows.map((r) => r.id))
      .update({ status: 'sending', claimed_by: claimant, claimed_at: toIso(now) });
    return rows.map(toEntry);
  });
}

/** What is kept of a sent message: its digest, and a redacted copy when it carried a live code. */
export interface SentRecord {
  /** `sha256:<hex>` or `hmac-sha256:<hex>` of the message exactly as sent. */
  digest: string;
  /** Replaces the stored copy (issue 13 item 11); null keeps it as sent. */
  redactedRaw: Buffer | null;
}

export async function markSent(db: Db, id: number, now: Date, record: SentRecord): Promise<void> {
  await db('outbox')
    .where({ id, status: 'sending' })
    .update({
      status: 'sent',
      sent_at: toIso(now),
      attempts: db.raw('attempts + 1'),
      last_error: null,
      last_error_kind: null,
      last_error_at: null,
      sent_digest: record.digest,
      ...(record.redactedRaw === null ? {} : { raw: record.redactedRaw, raw_redacted_at: toIso(now) }),
    });
}

/** Why a row last failed: our own set-up, a transient refusal, or the recipient's refusal. */
export type OutboxErrorKind = 'setup' | 'transient' | 'recipient';

/** A transient failure: back to `pending`, due again after the backoff. */
export async function markRetry(db: Db, id: number, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
  await db('outbox')
    .where({ id, status: 'sending' })
    .update({ status: 'pending', attempts: db.raw('attempts + 1'), last_error: error, last_error_kind: 'transient', last_error_at: toIso(now), next_attempt_at: toIso(nextAttemptAt), claimed_by: null, claimed_at: null });
}

/** A permanent failure (5xx, or attempts exhausted): kept for staff, never retried on its own. */
export async function markFailed(db: Db, id: number, error: string, kind: OutboxErrorKind, now: Date): Promise<void> {
  await db('outbox').where({ id, status: 'sending' }).update({ status: 'failed', attempts: db.raw('attempts + 1'), last_error: error, last_error_kind: kind, last_error_at: toIso(now) });
}

/**
 * A failure of our own set-up (login, TLS, DNS, connection): the row goes back to `pending`
 * with the reason, and the try is not counted, so no reply is given up on for the operator's fault.
 */
export async function holdForSetup(db: Db, id: number, reason: string, now: Date): Promise<void> {
  await db('outbox').where({ id, status: 'sending' }).update({ status: 'pending', last_error: reason, last_error_kind: 'setup', last_error_at: toIso(now), claimed_by: null, claimed_at: null });
}

/** Rows this claimant took but did not try (sending paused): back to `pending`, untouched. */
export async function releaseClaims(db: Db, ids: readonly number[], claimant: string): Promise<void> {
  if (ids.length === 0) return;
  await db('outbox')
    .whereIn('id', [...ids])
    .andWhere({ status: 'sending', claimed_by: claimant })
    .update({ status: 'pending', claimed_by: null, claimed_at: null });
}

/** The names that hold rows in `sending` now. */
export async function listSendingClaimants(db: Db): Promise<string[]> {
  const rows: Array<{ claimed_by: string | null }> = await db('outbox').where({ status: 'sending' }).distinct('claimed_by');
  return rows.flatMap((r) => (r.claimed_by === null ? [] : [r.claimed_by]));
}

/** Releases every row in `sending` claimed by one of `claimants` (processes known to be gone). */
export async function releaseClaimsOf(db: Db, claimants: readonly string[], note: string): Promise<number[]> {
  if (claimants.length === 0) return [];
  return db.transaction(async (tx) => {
    const rows: Array<{ id: number }> = await tx('outbox').where({ status: 'sending' }).whereIn('claimed_by', [...claimants]).select('id');
    const ids = rows.map((r) => Number(r.id));
    if (ids.length > 0) await tx('outbox').whereIn('id', ids).andWhere({ status: 'sending' }).update({ status: 'pending', claimed_by: null, claimed_at: null, last_error: note });
    return ids;
  });
}

/**
 * Entries left in `sending` longer than the lease (the process died mid-send). They go back to
 * `pending` with a note rather than being re-sent at once: the SMTP server may have accepted them,
 * and since the Message-ID is kept, a re-send is recognisable as the same message by mail clients.
 */
export async function releaseStaleClaims(db: Db, now: Date, leaseMs: number): Promise<number[]> {
  const cutoff = toIso(new Date(now.getTime() - leaseMs));
  const stale = await db('outbox').where({ status: 'sending' }).andWhere('claimed_at', '<', cutoff).select('id');
  const ids = stale.map((r: { id: number }) => r.id);
  if (ids.length > 0) {
    await db('outbox')
      .whereIn('id', ids)
      .andWhere({ status: 'sending' })
      .update({ status: 'pending', claimed_by: null, claimed_at: null, last_error: 'claim expired: delivery state unknown, re-sending with the same Message-ID' });
  }
  return ids;
}

export async function countOutboxByStatus(db: Db): Promise<Record<string, number>> {
  const rows: Array<{ status: string; n: number | string }> = await db('outbox').groupBy('status').select('status').count({ n: '*' });
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Outgoing mail that needs a person, with the reference of its request (the digest's problems). */
export interface OutboxProblemRow {
  reference: string | null;
  kind: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string | Date;
}

/**
 * Pending mail tried `stuckAttempts` times or more, mail claimed for sending before
 * `claimedBefore` and never finished, and mail given up on since `failedSince`.
 */
export async function listOutboxProblems(db: Db, query: { stuckAttempts: number; claimedBefore: Date; failedSince: Date }): Promise<OutboxProblemRow[]> {
  return db('outbox as o')
    .leftJoin('requests as r', 'r.id', 'o.request_id')
    .where((q) =>
      q
        .where((p) => p.where('o.status', 'pending').andWhere('o.attempts', '>=', query.stuckAttempts))
        .orWhere((p) => p.where('o.status', 'sending').andWhere('o.claimed_at', '<', toIso(query.claimedBefore)))
        .orWhere((p) => p.where('o.status', 'failed').andWhere('o.created_at', '>=', toIso(query.failedSince))),
    )
    .select('r.reference', 'o.kind', 'o.recipient', 'o.status', 'o.attempts', 'o.last_error', 'o.created_at');
}

/** The kind of the first mail we queued in answer to an inbound message, staff mail left out. */
export async function firstReplyKind(db: Db, inboundMessageId: number): Promise<string | null> {
  const row = await db('outbox').where({ inbound_message_id: inboundMessageId }).whereNot('kind', 'like', 'staff-%').orderBy('id').first('kind');
  return row ? String(row.kind) : null;
}

/**
 * Empties the stored bodies of sent and failed mail created before `createdBefore`, and of the
 * mail with a section of `codeKinds` (they hold a verification code) once neither their request
 * nor a sibling opened by the same message has a challenge left.
 * Returns how many bodies were emptied; the rows stay for the §7101 record.
 */
export async function purgeSentBodies(db: Db, query: { createdBefore: Date; codeKinds: readonly string[] }, now: Date): Promise<number> {
  // A mail names one request; the challenge may be held by a sibling opened by the same message
  // (one mail for all it asked: an opt-out confirmed beside the code for a deletion).
  const challenged = () => db('requests').whereNotNull('challenge_id');
  const challengeLeft = db('requests')
    .whereIn('id', challenged().select('id'))
    .orWhereIn('inbound_message_id', challenged().whereNotNull('inbound_message_id').select('inbound_message_id'))
    .select('id');
  const purged = await db('outbox')
    .whereNull('raw_purged_at')
    .whereIn('status', ['sent', 'failed'])
    .andWhere((q) =>
      q
        .where('created_at', '<', toIso(query.createdBefore))
        .orWhere((v) => whereKindHasSection(v, query.codeKinds).whereNotIn('request_id', challengeLeft)),
    )
    .update({ raw: Buffer.alloc(0), raw_purged_at: toIso(now) });
  return Number(purged);
}

function toEntry(row: Record<string, unknown>): OutboxEntry {
  return {
    id: Number(row.id),
    messageId: String(row.message_id),
    kind: String(row.kind),
    lang: String(row.lang),
    requestId: row.request_id == null ? null : Number(row.request_id),
    inboundMessageId: row.inbound_message_id == null ? null : Number(row.inbound_message_id),
    envelopeFrom: String(row.envelope_from),
    recipient: String(row.recipient),
    subject: String(row.subject),
    raw: Buffer.isBuffer(row.raw) ? row.raw : Buffer.from(row.raw as Uint8Array),
    attempts: Number(row.attempts),
    reference: row.reference == null ? null : String(row.reference),
  };
}

