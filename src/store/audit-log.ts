import type { Db } from './db.js';
import { toIso } from './time.js';

/** Who caused an event: the bot, the consumer (by their message), or a staff member. */
export type Actor = 'bot' | 'consumer' | `staff:${string}` | 'operator';

export interface AuditEvent {
  event: string;
  actor: Actor;
  requestId: number | null;
  inboundMessageId: number | null;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log; the table refuses updates and deletes (see the initial migration). */
export async function appendAudit(db: Db, event: AuditEvent, now: Date): Promise<void> {
  await db('audit_events').insert({
    event: event.event,
    actor: event.actor,
    request_id: event.requestId,
    inbound_message_id: event.inboundMessageId,
    detail: event.detail ? JSON.stringify(event.detail) : null,
    created_at: toIso(now),
  });
}

/** Bounces of our replies recorded since `since`, with the reference of their request (the digest). */
export async function listBouncesSince(db: Db, since: Date): Promise<Array<{ reference: string | null; detail: string | null; created_at: string | Date }>> {
  return db('audit_events as a')
    .leftJoin('requests as r', 'r.id', 'a.request_id')
    .where('a.event', 'reply_bounced')
    .andWhere('a.created_at', '>=', toIso(since))
    .select('r.reference', 'a.detail', 'a.created_at');
}
