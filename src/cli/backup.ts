import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openDb, sqliteFilename } from '../store/db.js';
import { vacuumInto } from '../store/backup.js';
import { configFromEnvironment } from './load-environment.js';

/** sysexits.h: EX_USAGE (a PostgreSQL database: pg_dump's job), EX_CANTCREAT (the file exists). */
const EX_USAGE = 64;
const EX_CANTCREAT = 73;

/**
 * `backup FILE` (issue 17 must-show 3): a consistent copy of the SQLite database, safe while the
 * daemon runs (`VACUUM INTO` reads one snapshot; the daemon keeps writing). Never overwrites.
 */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite database to FILE, consistently, while the daemon runs (PostgreSQL: pg_dump)')
    .argument('<file>', 'the copy to write; must not exist')
    .action(async (file: string) => {
      const config = configFromEnvironment();
      const source = sqliteFilename(config.databaseUrl);
      if (source === null) return refuse('DATABASE_URL is PostgreSQL — back it up with pg_dump (README, "Backups")', EX_USAGE);
      const target = path.resolve(file);
      if (fs.existsSync(target)) return refuse(`${file} exists — backup never overwrites; name a new file`, EX_CANTCREAT);
      const db = openDb(config.databaseUrl);
      try {
        await vacuumInto(db, target);
      } finally {
        await db.destroy();
      }
      process.stdout.write(`backed up ${source} to ${target} (${fs.statSync(target).size} bytes)\n`);
    });
}

function refuse(line: string, exitCode: number): void {
  process.stderr.write(`ccpa-mailbot: ${line}\n`);
  process.exitCode = exitCode;
}
