import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { toIso } from './time.js';

/**
 * A secret generated once and kept in the database, for the embedded default where nobody has
 * configured one. The first writer wins (insert-or-ignore), so concurrent instances agree.
 */
export async function storedSecret(db: Db, name: string, now: Date): Promise<string> {
  const existing = await db('bot_secrets').where({ name }).first('value');
  if (existing) return String(existing.value);
  await db('bot_secrets')
    .insert({ name, value: randomBytes(32).toString('hex'), created_at: toIso(now) })
    .onConflict('name')
    .ignore();
  const row = await db('bot_secrets').where({ name }).first('value');
  return String(row.value);
}
