import type { Config } from '../config.js';
import { migrate, openDb, type Db } from '../store/db.js';
import { configFromEnvironment } from './load-environment.js';

/**
 * Runs a command against the configured database, migrated first (a command on a fresh clone
 * finds the schema it expects), and always closes it so the process can exit.
 */
export async function withDatabase<T>(run: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = configFromEnvironment();
  const db = openDb(config.databaseUrl);
  try {
    await migrate(db);
    return await run(db, config);
  } finally {
    await db.destroy();
  }
}
