import type { Db } from './db.js';
import { toIso } from './time.js';

/** A stored message judged no privacy matter (verdict `other`, issue 16): never answered. */
export interface OtherMessageRow {
  id: number;
  receivedAt: string;
  fromAddress: string | null;
  subject: string | null;
  why: string | null;
}

const toRow = (r: Record<string, unknown>): OtherMessageRow => ({
  id: Number(r.id),
  receivedAt: r.received_at instanceof Date ? r.received_at.toISOString() : String(r.received_at),
  fromAddress: (r.from_address as string | null) ?? null,
  subject: (r.subject as string | null) ?? null,
  why: (r.verdict_reason as string | null) ?? null,
});

/** Messages judged `other`, newest first (what `requests list --category other` prints). */
export async function listOtherMessages(db: Db): Promise<OtherMessageRow[]> {
  const rows = await db('inbound_messages').where({ verdict: 'other' }).orderBy('id', 'desc').select('id', 'received_at', 'from_address', 'subject', 'verdict_reason');
  return rows.map(toRow);
}

/** One message judged `other`; undefined when there is none with that id (or it was reopened). */
export async function findOtherMessage(db: Db, id: number): Promise<OtherMessageRow | undefined> {
  const row = await db('inbound_messages').where({ id, verdict: 'other' }).first('id', 'received_at', 'from_address', 'subject', 'verdict_reason');
  return row ? toRow(row) : undefined;
}

/** Staff turned an `other` message into a request or question: it is a person's message after all. */
export async function markOtherReopened(db: Db, id: number, reason: string, now: Date): Promise<void> {
  await db('inbound_messages').where({ id, verdict: 'other' }).update({ verdict: 'human', verdict_reason: `${reason} (${toIso(now)})` });
}
