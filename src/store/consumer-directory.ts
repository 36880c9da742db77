import type { Db } from './db.js';
import { toIso } from './time.js';
import type { DirectoryRecord } from '../pipeline/decide/match-data-points.js';
import type { DirectoryCandidates } from '../pipeline/decide/pick-directory-record.js';

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
 * The records that may be the consumer writing from `email`: the one with that email (compared
 * without case) and, when there is none, every record with a name. Which one is the consumer is
 * decided by `pickDirectoryRecord` (pipeline/decide): names are compared as normalised there,
 * which SQL cannot do.
 */
export async function loadDirectoryCandidates(db: Db, email: string): Promise<DirectoryCandidates> {
  const byEmail = await db('consumer_directory').whereRaw('lower(email) = ?', [email.toLowerCase()]).first();
  if (byEmail) return { byEmail: toRecord(byEmail), named: [] };
  const named = await db('consumer_directory').whereNotNull('full_name').orderBy('id').select('*');
  return { byEmail: null, named: named.map((row: Record<string, unknown>) => toRecord(row)) };
}
