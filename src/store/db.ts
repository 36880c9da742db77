import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { migrationSource } from './migration-source.js';

export type Db = Knex;

/**
 * Opens the database named by DATABASE_URL: `sqlite:PATH` (default) or `postgres://...`.
 * SQLite runs in WAL mode with a busy timeout so the CLI can read while the daemon writes.
 */
export function openDb(databaseUrl: string): Db {
  const filename = sqliteFilename(databaseUrl);
  if (filename !== null) {
    if (filename !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
    return knexFactory({
      client: 'sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
          conn.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;', (err) =>
            done(err, conn),
          );
        },
      },
    });
  }
  return knexFactory({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } });
}

/** The file of a `sqlite:PATH` (or `sqlite:///abs/path`) URL; null for any other database. */
export function sqliteFilename(databaseUrl: string): string | null {
  return databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '') : null;
}

interface SqliteConnection {
  exec(sql: string, callback: (err: Error | null) => void): void;
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest({ migrationSource })) as [number, string[]];
  return applied;
}

/** True for the PostgreSQL client, where row locks (`FOR UPDATE SKIP LOCKED`) exist. */
export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}
