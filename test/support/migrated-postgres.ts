import { afterAll, beforeAll } from 'vitest';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { startPostgres, type PostgresServer } from '../harness/postgres.js';

/**
 * A private PostgreSQL with the project's schema, for one test file: started before its tests
 * (its first start may install nothing but still initialises a cluster: up to two minutes on a
 * loaded machine), stopped after them. `ready` receives the server and a migrated connection.
 */
export function useMigratedPostgres(ready: (pg: PostgresServer, db: Db) => void | Promise<void>): void {
  let pg: PostgresServer | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    pg = await startPostgres();
    db = openDb(pg.url);
    await migrate(db);
    await ready(pg, db);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await pg?.stop();
  });
}
