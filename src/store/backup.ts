import type { Db } from './db.js';

/**
 * The SQLite statements behind `backup` and `restore` (issue 17 must-show 3). SQLite only: a
 * PostgreSQL database is backed up with pg_dump (README, "Backups").
 */

/**
 * A consistent copy of the whole database in `file`, taken while the daemon writes: `VACUUM
 * INTO` reads one snapshot (a read transaction; in WAL mode writers go on meanwhile) and writes
 * a compact copy. The file must not exist.
 */
export async function vacuumInto(db: Db, file: string): Promise<void> {
  await db.raw('VACUUM INTO ?', [file]);
}

/** `PRAGMA integrity_check`: the single row `ok`, or the problems found. */
export async function integrityCheck(db: Db): Promise<string[]> {
  const rows = (await db.raw('PRAGMA integrity_check')) as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check);
}

/** How many migrations the file has applied: 0 for a file that is not this bot's database. */
export async function appliedMigrations(db: Db): Promise<number> {
  if (!(await db.schema.hasTable('knex_migrations'))) return 0;
  const row = await db('knex_migrations').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Moves everything in the write-ahead log into the main file and empties the log, so the file alone is the database. */
export async function checkpointWal(db: Db): Promise<void> {
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
}
