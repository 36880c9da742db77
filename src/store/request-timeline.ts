import type { Db } from './db.js';
import { fromDb } from './time.js';

/**
 * A request and the duplicates merged into it (issue 14 item 4): the audit log is append-only, so
 * their messages and events join the original's thread and timeline by this link, not by moving.
 */
async function withMerged(db: Db, requestId: number): Promise<number[]> {
  const merged: Array<{ id: number }> = await db('requests').where({ merged_into_id: requestId }).select('id');
  return [requestId, ...merged.map((r) => Number(r.id))];
}

/** The Message-IDs of one request's conversation, oldest first, for threading a new message. */
export interface RequestThread {
  /** The latest message the requester sent about the request (what a new message answers). */
  latestInbound: string | null;
  /** Every Message-ID in the conversation, ours and theirs, oldest first. */
  messageIds: string[];
}

/**
 * The inbound messages of a request are the one that opened it and those the audit log links
 * to it; ours are its outbox rows. `recipient` keeps the agent's and the consumer's threads apart.
 */
export async function requestThread(db: Db, requestId: number, recipient: string): Promise<RequestThread> {
  const ids = await withMerged(db, requestId);
  const linked = db('audit_events').whereIn('request_id', ids).whereNotNull('inbound_message_id').select('inbound_message_id');
  const opener = db('requests').whereIn('id', ids).select('inbound_message_id');
  const inbound: Array<{ message_id: string | null; from_address: string | null; created_at: unknown }> = await db('inbound_messages')
    .where((q) => q.whereIn('id', linked).orWhereIn('id', opener))
    .whereNotNull('message_id')
    .select('message_id', 'from_address', 'created_at', 'id')
    .orderBy('id');
  const ours: Array<{ message_id: string; created_at: unknown }> = await db('outbox')
    .whereIn('request_id', ids)
    .where({ recipient })
    .select('message_id', 'created_at', 'id')
    .orderBy('id');
  const fromRecipient = inbound.filter((m) => m.from_address === recipient);
  const all = [
    ...fromRecipient.map((m) => ({ id: String(m.message_id), at: fromDb(m.created_at).getTime() })),
    ...ours.map((m) => ({ id: m.message_id, at: fromDb(m.created_at).getTime() })),
  ].sort((a, b) => a.at - b.at);
  return { latestInbound: fromRecipient.at(-1)?.message_id ?? null, messageIds: [...new Set(all.map((m) => m.id))] };
}

export interface TimelineEntry {
  at: string;
  kind: 'event' | 'mail_in' | 'mail_out';
  what: string;
  actor: string | null;
  detail: Record<string, unknown> | null;
}

/** Everything that happened to a request, in order: audit events, mail received and sent. */
export async function requestTimeline(db: Db, requestId: number): Promise<TimelineEntry[]> {
  const ids = await withMerged(db, requestId);
  const events = await db('audit_events').whereIn('request_id', ids).orderBy('id').select('*');
  const outbox = await db('outbox').whereIn('request_id', ids).orderBy('id').select('kind', 'recipient', 'status', 'created_at', 'sent_at', 'message_id');
  const entries: TimelineEntry[] = [
    ...events.map((e: Record<string, unknown>) => ({
      at: fromDb(e.created_at).toISOString(),
      kind: 'event' as const,
      what: String(e.event),
      actor: String(e.actor),
      detail: e.detail ? (JSON.parse(String(e.detail)) as Record<string, unknown>) : null,
    })),
    ...outbox.map((o: Record<string, unknown>) => ({
      at: fromDb(o.created_at).toISOString(),
      kind: 'mail_out' as const,
      what: String(o.kind),
      actor: 'bot',
      detail: { to: o.recipient, status: o.status, messageId: o.message_id, sentAt: o.sent_at ? fromDb(o.sent_at).toISOString() : null },
    })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** One message of a request's conversation, raw, for the flag mail's "latest messages". */
export interface ThreadMessage {
  direction: 'in' | 'out';
  at: Date;
  /** The sender of an inbound message, the recipient of ours. */
  who: string;
  raw: Buffer | null;
}

/**
 * The latest `limit` messages between the bot and the people a request is about (issue 14 item 8),
 * oldest first. Staff mail (flag mail, notices, forwards, the digest) is not part of that
 * conversation and is left out; `exclude` drops inbound mail from staff addresses.
 */
export async function latestThreadMessages(db: Db, requestId: number, limit: number, exclude: readonly string[]): Promise<ThreadMessage[]> {
  const ids = await withMerged(db, requestId);
  const linked = db('audit_events').whereIn('request_id', ids).whereNotNull('inbound_message_id').select('inbound_message_id');
  const opener = db('requests').whereIn('id', ids).select('inbound_message_id');
  const inbound: Array<{ from_address: string | null; received_at: unknown; raw: Buffer | null }> = await db('inbound_messages')
    .where((q) => q.whereIn('id', linked).orWhereIn('id', opener))
    .whereNotIn('from_address', [...exclude])
    .orderBy('id', 'desc')
    .limit(limit)
    .select('from_address', 'received_at', 'raw');
  const ours: Array<{ recipient: string; created_at: unknown; raw: Buffer | null }> = await db('outbox')
    .whereIn('request_id', ids)
    .whereNotIn('kind', ['hipaa-forward', 'digest'])
    .whereNot('kind', 'like', 'staff-%')
    .orderBy('id', 'desc')
    .limit(limit)
    .select('recipient', 'created_at', 'raw');
  const all: ThreadMessage[] = [
    ...inbound.map((m) => ({ direction: 'in' as const, at: fromDb(m.received_at), who: m.from_address ?? '(unknown sender)', raw: m.raw })),
    ...ours.map((m) => ({ direction: 'out' as const, at: fromDb(m.created_at), who: m.recipient, raw: m.raw })),
  ];
  return all.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(-limit);
}

/** The classifier's reasons for the message that opened a request, as recorded when it was received. */
export async function classifierReasons(db: Db, requestId: number): Promise<string[]> {
  const row: { detail: string | null } | undefined = await db('audit_events').where({ request_id: requestId, event: 'request_received' }).orderBy('id').first('detail');
  const detail = row?.detail ? (JSON.parse(String(row.detail)) as { classification?: unknown }) : null;
  return Array.isArray(detail?.classification) ? detail.classification.map(String) : [];
}
