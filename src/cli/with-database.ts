import type { Config } from '../config.js';
import { composeRoot, type BotRoot } from '../compose.js';
import { migrate, openDb, type Db } from '../store/db.js';
import { configFromEnvironment } from './load-environment.js';

/**
 * Runs a command against the configured database, migrated first (a command on a fresh clone
 * finds the schema it expects), and always closes it so the process can exit. The command gets
 * the root's parts (clock, sender identity, templates, settings) from the same builder as the daemon.
 */
export async function withDatabase<T>(run: (db: Db, config: Config, root: BotRoot) => Promise<T>): Promise<T> {
  const config = configFromEnvironment();
  const db = openDb(config.databaseUrl);
  try {
    await migrate(db);
    return await run(db, config, composeRoot(config));
  } finally {
    await db.destroy();
  }
}
