import type { Db } from './db.js';
import { toIso, toNumber } from './time.js';

export interface Checkpoint {
  uidValidity: number;
  lastUid: number;
}

/** The last UID processed in a mailbox, under the UIDVALIDITY it belongs to (RFC 3501 §2.3.1.1). */
export async function readCheckpoint(db: Db, sourceKey: string): Promise<Checkpoint | null> {
  const row = await db('mailbox_checkpoints').where({ source_key: sourceKey }).first();
  return row ? { uidValidity: toNumber(row.uid_validity), lastUid: toNumber(row.last_uid) } : null;
}

export async function writeCheckpoint(db: Db, sourceKey: string, checkpoint: Checkpoint, now: Date): Promise<void> {
  await db('mailbox_checkpoints')
    .insert({ source_key: sourceKey, uid_validity: checkpoint.uidValidity, last_uid: checkpoint.lastUid, updated_at: toIso(now) })
    .onConflict('source_key')
    .merge();
}

/** Every mailbox checkpoint, by source key (`status`). */
export async function listCheckpoints(db: Db): Promise<Array<{ source_key: string; uid_validity: number | string; last_uid: number | string; updated_at: string | Date }>> {
  return db('mailbox_checkpoints').orderBy('source_key').select('source_key', 'uid_validity', 'last_uid', 'updated_at');
}
