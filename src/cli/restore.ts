import path from 'node:path';
import type { Command } from 'commander';
import { sqliteFilename } from '../store/db.js';
import { restoreSqlite, RestoreRefusedError } from '../ops/restore-sqlite.js';
import { configFromEnvironment } from './load-environment.js';

const EX_USAGE = 64;

/**
 * `restore FILE` (issue 17 must-show 3): puts a backup in place of the SQLite database named by
 * DATABASE_URL. Refused while a daemon holds that database; the old file is kept, not deleted.
 */
export function registerRestoreCommand(program: Command): void {
  program
    .command('restore')
    .description('replace the SQLite database with a backup FILE (refused while a daemon runs on it; the old file is kept)')
    .argument('<file>', 'a file written by `ccpa-mailbot backup`')
    .action(async (file: string) => {
      const config = configFromEnvironment();
      const target = sqliteFilename(config.databaseUrl);
      if (target === null) return refuse('DATABASE_URL is PostgreSQL — restore it with pg_restore (README, "Backups")', EX_USAGE);
      try {
        const kept = await restoreSqlite(path.resolve(file), path.resolve(target), new Date());
        process.stdout.write(`restored ${file} into ${target}${kept ? `; the previous database is kept as ${kept}` : ''}\n`);
      } catch (err) {
        if (!(err instanceof RestoreRefusedError)) throw err;
        refuse(err.message, err.exitCode);
      }
    });
}

function refuse(line: string, exitCode: number): void {
  process.stderr.write(`ccpa-mailbot: ${line}\n`);
  process.exitCode = exitCode;
}
