import type { Db } from './db.js';
import { toIso } from './time.js';

/** Automatic replies already sent in a thread (the requests a message continues) since a time (email-rules §2). */
export async function countThreadReplies(db: Db, query: { requestIds: number[]; since: Date }): Promise<number> {
  if (query.requestIds.length === 0) return 0;
  const [row] = await db('outbox').whereIn('request_id', query.requestIds).andWhere('created_at', '>=', toIso(query.since)).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** The outbox entry a bounce refers to, by any of our Message-IDs it names (quoted, or from VERP). */
export async function findBouncedReply(db: Db, messageIds: string[]): Promise<{ requestId: number | null; recipient: string } | null> {
  if (messageIds.length === 0) return null;
  const row = await db('outbox').whereIn('message_id', messageIds).orderBy('id').first('request_id', 'recipient');
  return row ? { requestId: row.request_id ?? null, recipient: row.recipient } : null;
}

export async function markUndeliverable(db: Db, entry: { address: string; status: string | null; diagnostic: string; bounceMessageId: number }, now: Date): Promise<void> {
  await db('undeliverable_addresses')
    .insert({ address: entry.address, status: entry.status, diagnostic: entry.diagnostic, bounce_message_id: entry.bounceMessageId, created_at: toIso(now) })
    .onConflict('address')
    .merge(['status', 'diagnostic', 'bounce_message_id']);
}

export async function isUndeliverable(db: Db, address: string): Promise<boolean> {
  return (await db('undeliverable_addresses').where({ address }).first('address')) !== undefined;
}
