import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { migrationSource } from './migration-source.js';

export type Db = Knex;

/**
 * knex prints its own warnings (a failed connection with its stack, a migration lock with the
 * statement) straight to the console. Every failure also reaches the caller as an error, which
 * the CLI turns into one line and the daemon logs by code, so the console copy is dropped.
 */
const quietKnex = { warn: () => undefined, error: () => undefined, deprecate: () => undefined, debug: () => undefined };

export interface OpenDbOptions {
  /** PostgreSQL: give up connecting after this long (the start-up checks pass a few seconds). */
  connectTimeoutMs?: number;
}

/**
 * DATABASE_URL names a SQLite file whose folder does not exist. Only the embedded default's
 * folder (`./var` in the working directory) is created: anywhere else a missing folder is far
 * more often a typo or an unmounted volume than a wish, and creating it would hide the data.
 */
export class SqliteFolderMissingError extends Error {
  readonly code = 'SQLITE_FOLDER_MISSING';
  constructor(readonly folder: string) {
    super(`the folder ${folder} of the SQLite file does not exist`);
    this.name = 'SqliteFolderMissingError';
  }
}

/** The folder of the embedded default `sqlite:./var/ccpa.sqlite`, resolved against the working directory. */
export function embeddedSqliteFolder(): string {
  return path.resolve('var');
}

/**
 * Opens the database named by DATABASE_URL: `sqlite:PATH` (default) or `postgres://...`.
 * SQLite runs in WAL mode with a busy timeout so the CLI can read while the daemon writes.
 * @throws SqliteFolderMissingError when the SQLite file's folder is missing and is not `./var`.
 */
export function openDb(databaseUrl: string, options: OpenDbOptions = {}): Db {
  const filename = sqliteFilename(databaseUrl);
  if (filename !== null) {
    if (filename !== ':memory:') ensureSqliteFolder(path.dirname(path.resolve(filename)));
    return knexFactory({
      client: 'sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      log: quietKnex,
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: SqliteConnection, done: (err: Error | null, conn: SqliteConnection) => void) {
          // secure_delete: a replaced or deleted value (a masked verification code, a purged body) is
          // overwritten with zeros, not left readable in a free page of the file (issue 13 item 11).
          conn.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;', (err) =>
            done(err, conn),
          );
        },
      },
    });
  }
  const timeout = options.connectTimeoutMs;
  return knexFactory({
    client: 'pg',
    connection: timeout === undefined ? databaseUrl : { connectionString: databaseUrl, connectionTimeoutMillis: timeout },
    pool: { min: 0, max: 10 },
    log: quietKnex,
    ...(timeout === undefined ? {} : { acquireConnectionTimeout: timeout + 1_000 }),
  });
}

function ensureSqliteFolder(folder: string): void {
  if (fs.existsSync(folder)) return;
  if (folder !== embeddedSqliteFolder()) throw new SqliteFolderMissingError(folder);
  fs.mkdirSync(folder, { recursive: true });
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

/** The migrations not yet applied, by name, without applying them (`doctor`). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const [, pending] = (await db.migrate.list({ migrationSource })) as [unknown[], Array<{ file: string } | string>];
  return pending.map((m) => (typeof m === 'string' ? m : m.file));
}

/**
 * Proves the database takes writes without changing it: a table is created inside a transaction
 * that is rolled back. A read-only SQLite file, a read-only folder or a PostgreSQL standby fails here.
 */
export async function probeWritable(db: Db): Promise<void> {
  const trx = await db.transaction();
  try {
    await trx.schema.createTable('ccpa_mailbot_write_probe', (t) => t.integer('x'));
  } finally {
    await trx.rollback().catch(() => undefined);
  }
}

/** True for the PostgreSQL client, where row locks (`FOR UPDATE SKIP LOCKED`) exist. */
export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}
