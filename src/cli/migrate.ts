import type { Command } from 'commander';
import { migrate, openDb } from '../store/db.js';
import { configFromEnvironment } from './load-environment.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const config = configFromEnvironment();
      const db = openDb(config.databaseUrl);
      try {
        const applied = await migrate(db);
        process.stdout.write(applied.length > 0 ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
      } finally {
        await db.destroy();
      }
    });
}
