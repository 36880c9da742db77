import type { Db } from './db.js';
import { toIso } from './time.js';
import type { DirectoryRecord } from '../pipeline/decide/match-data-points.js';
import { normalizeName } from '../pipeline/decide/normalize-data-point.js';

/** One consumer as the operator exports them (`directory import FILE.csv`). */
export interface DirectoryEntry extends DirectoryRecord {
  email: string | null;
}

const COLUMNS = ['full_name', 'postal_address', 'phone', 'date_of_birth', 'account_number', 'patient_number'] as const;

/** Replaces the directory with `entries` in one transaction; returns how many were stored. */
export async function replaceDirectory(db: Db, entries: readonly DirectoryEntry[], now: Date): Promise<number> {
  await db.transaction(async (trx) => {
    await trx('consumer_directory').delete();
    for (let i = 0; i < entries.length; i += 200) {
      const rows = entries.slice(i, i + 200).map((e) => ({
        email: e.email,
        ...Object.fromEntries(COLUMNS.map((c) => [c, e[c] ?? null])),
        imported_at: toIso(now),
      }));
      await trx('consumer_directory').insert(rows);
    }
  });
  return entries.length;
}

export async function countDirectory(db: Db): Promise<number> {
  const [row] = await db('consumer_directory').count({ n: '*' });
  return Number(row?.n ?? 0);
}

function toRecord(row: Record<string, unknown>): DirectoryRecord {
  const record: DirectoryRecord = {};
  for (const column of COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && value.trim() !== '') record[column] = value;
  }
  return record;
}

/**
 * The record of the consumer who controls `email`; failing that, the one record whose name
 * equals a name the consumer gave (two or more such records: no match, a person decides).
 */
export async function findDirectoryRecord(db: Db, lookup: { email: string; names: readonly string[] }): Promise<DirectoryRecord | null> {
  const byEmail = await db('consumer_directory').whereRaw('lower(email) = ?', [lookup.email.toLowerCase()]).first();
  if (byEmail) return toRecord(byEmail);
  const wanted = new Set(lookup.names.map(normalizeName).filter((n): n is string => n !== null));
  if (wanted.size === 0) return null;
  const candidates = (await db('consumer_directory').whereNotNull('full_name').select('*')).filter((row: Record<string, unknown>) => {
    const name = normalizeName(String(row.full_name));
    return name !== null && wanted.has(name);
  });
  return candidates.length === 1 ? toRecord(candidates[0] as Record<string, unknown>) : null;
}
