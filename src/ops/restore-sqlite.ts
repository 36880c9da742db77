import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../store/db.js';
import { appliedMigrations, checkpointWal, integrityCheck } from '../store/backup.js';
import { tryAcquireLease } from '../store/leases.js';
import { DATABASE_HOLD, findDatabaseHolder, holderName } from './database-hold.js';

/** Why a restore did not happen, with the sysexits.h code the command exits with. */
export class RestoreRefusedError extends Error {
  readonly code = 'RESTORE_REFUSED';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/** sysexits.h: the input file is missing, is not a database, or another process is using the target. */
const EX_DATAERR = 65;
const EX_NOINPUT = 66;
const EX_TEMPFAIL = 75;
const WORK_TTL_MS = 10 * 60_000;

/**
 * Replaces the SQLite database `target` with the backup `file` (issue 17 must-show 3). Nothing is
 * lost: the backup is copied and checked (integrity, migrations) before anything is touched; the
 * target is refused while a daemon holds it (`sqlite-database` lease) and is otherwise held by this
 * restore while it works; its write-ahead log is folded in, and the old file is kept beside it as
 * `<target>.before-restore-<time>`. Returns that name, or null when there was no database yet.
 */
export async function restoreSqlite(file: string, target: string, now: Date): Promise<string | null> {
  if (!fs.existsSync(file)) throw new RestoreRefusedError(`${file}: no such file — name a file written by \`ccpa-mailbot backup\``, EX_NOINPUT);
  const incoming = `${target}.restoring`;
  fs.rmSync(incoming, { force: true });
  fs.copyFileSync(file, incoming);
  try {
    await checkBackup(incoming, file);
    const kept = fs.existsSync(target) ? await setAside(target, now) : null;
    fs.renameSync(incoming, target);
    return kept;
  } finally {
    for (const leftover of [incoming, `${incoming}-wal`, `${incoming}-shm`]) fs.rmSync(leftover, { force: true });
  }
}

async function checkBackup(copy: string, file: string): Promise<void> {
  const db = openDb(`sqlite:${copy}`);
  try {
    const problems = await integrityCheck(db).catch(() => ['not a SQLite database']);
    if (problems.join() !== 'ok') throw new RestoreRefusedError(`${file} is not a sound SQLite database (${problems.slice(0, 3).join('; ')}) — nothing was changed`, EX_DATAERR);
    if ((await appliedMigrations(db)) === 0) throw new RestoreRefusedError(`${file} is not a ccpa-mailbot database (no migrations) — nothing was changed`, EX_DATAERR);
  } finally {
    await db.destroy();
  }
}

/** Holds the live database, folds its WAL in, and renames it (and any -wal/-shm left) aside. */
async function setAside(target: string, now: Date): Promise<string> {
  const db = openDb(`sqlite:${target}`);
  try {
    const mine = { name: DATABASE_HOLD, holder: holderName('restore'), ttlMs: WORK_TTL_MS };
    if (!(await tryAcquireLease(db, mine))) {
      const other = await findDatabaseHolder(db);
      throw new RestoreRefusedError(
        `a daemon holds ${target} (${other?.holder ?? 'unknown holder'}, lease until ${other?.expiresAt.toISOString() ?? 'soon'}) — stop it first (systemctl stop ccpa-mailbot); a daemon killed without a stop frees it within 30 s`,
        EX_TEMPFAIL,
      );
    }
    await checkpointWal(db);
  } finally {
    await db.destroy();
  }
  const kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(target, kept);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, kept + suffix);
  return path.basename(kept);
}
