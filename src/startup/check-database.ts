import fs from 'node:fs';
import path from 'node:path';
import { embeddedSqliteFolder, migrate, openDb, pendingMigrations, probeWritable, sqliteFilename, SqliteFolderMissingError, type Db } from '../store/db.js';
import { EX_UNAVAILABLE, ok, problem, warning, type CheckResult } from './check-result.js';
import { databaseLabel, describeDatabaseError } from './describe-database-error.js';
import { writable, type CheckMode } from './check-folders.js';
import { runningUser } from './running-user.js';

const VARIABLE = 'DATABASE_URL';

export interface DatabaseCheck {
  result: CheckResult;
  /** The open database when it passed (the caller checks more through it and destroys it). */
  db: Db | null;
}

/**
 * The database opens, takes writes and has its migrations: SQLite's folder exists (only the
 * embedded default ./var is created) and it and the file are writable; PostgreSQL answers within
 * `timeoutMs`. `start` applies pending migrations; `doctor` only counts them.
 */
export async function checkDatabase(databaseUrl: string, mode: CheckMode, timeoutMs: number): Promise<DatabaseCheck> {
  const label = databaseLabel(databaseUrl);
  const pathCheck = sqlitePathCheck(databaseUrl, mode);
  if (pathCheck !== null) return { result: pathCheck, db: null };
  let db: Db | null = null;
  try {
    db = openDb(databaseUrl, { connectTimeoutMs: timeoutMs });
    if (mode === 'start') {
      await migrate(db);
      await probeWritable(db);
      return { result: ok(VARIABLE, `${label} opens, takes writes and is migrated`), db };
    }
    const pending = await pendingMigrations(db);
    await probeWritable(db);
    const result =
      pending.length === 0
        ? ok(VARIABLE, `${label} opens, takes writes and is migrated`)
        : warning(VARIABLE, `${label} opens and takes writes; ${pending.length} migration(s) pending`, 'they are applied at start, or run `ccpa-mailbot migrate`');
    return { result, db };
  } catch (err) {
    await db?.destroy().catch(() => undefined);
    const described = describeDatabaseError(err, databaseUrl);
    return { result: described ?? problem(VARIABLE, `${label} could not be opened (${nameOf(err)})`, 'check DATABASE_URL and the database server', EX_UNAVAILABLE), db: null };
  }
}

/** A SQLite path that must not be opened (a problem, or a file doctor leaves uncreated); null to go on and open it. */
function sqlitePathCheck(databaseUrl: string, mode: CheckMode): CheckResult | null {
  const file = sqliteFilename(databaseUrl);
  if (file === null || file === ':memory:') return null;
  const absolute = path.resolve(file);
  const folder = path.dirname(absolute);
  const fix = `make it writable by ${runningUser()}, or point DATABASE_URL at a writable path`;
  if (!fs.existsSync(folder)) {
    if (folder !== embeddedSqliteFolder()) return describeDatabaseError(new SqliteFolderMissingError(folder), databaseUrl);
    return mode === 'doctor' ? ok(VARIABLE, `${absolute} does not exist yet; it and ${folder} will be created at start`) : null;
  }
  // SQLite in WAL mode creates its -wal and -shm files next to the database (sqlite.org/wal.html).
  if (!writable(folder)) return problem(VARIABLE, `the folder ${folder} of the SQLite file is not writable`, fix);
  if (!fs.existsSync(absolute)) return mode === 'doctor' ? ok(VARIABLE, `${absolute} does not exist yet; it will be created at start`) : null;
  try {
    fs.accessSync(absolute, fs.constants.W_OK);
  } catch {
    return problem(VARIABLE, `the SQLite file ${absolute} is read-only`, fix);
  }
  return null;
}

function nameOf(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown };
  return typeof e.code === 'string' ? e.code : typeof e.name === 'string' ? e.name : 'error';
}
