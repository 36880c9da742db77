import type { Db } from './db.js';
import { fromDb, toIso } from './time.js';

/** When the last scheduled digest was made: "new" and "closed" are counted from then. */
export async function lastDigestAt(db: Db): Promise<Date | null> {
  const row = await db('digest_runs').orderBy('created_at', 'desc').first('created_at');
  return row ? fromDb(row.created_at) : null;
}

export async function isDigestSlotTaken(db: Db, slot: string): Promise<boolean> {
  return (await db('digest_runs').where({ slot }).first('slot')) !== undefined;
}

/**
 * Takes a slot (the local date a digest belongs to) inside the caller's transaction, before the
 * digest is queued. The slot is the primary key, so two instances or a restart racing for the
 * same day cannot both send: the loser gets false (or a unique-key error that rolls its
 * transaction back).
 */
export async function takeDigestSlot(db: Db, slot: { slot: string; scheduledFor: Date }, recipients: number, now: Date): Promise<boolean> {
  if (await isDigestSlotTaken(db, slot.slot)) return false;
  await db('digest_runs').insert({ slot: slot.slot, scheduled_for: toIso(slot.scheduledFor), recipients, created_at: toIso(now) });
  return true;
}
