/**
 * The SQLite database lease (issue 17 must-show 3: how `restore` knows a daemon holds the file),
 * on a real SQLite file: a daemon takes it, a second one is warned, this instance's crashed
 * predecessor is waited out without a warning, a restore in progress stops the start, and a
 * clean stop frees the file at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { releaseLease, tryAcquireLease } from '../../src/store/leases.js';
import { DATABASE_HOLD, findDatabaseHolder, holdDatabase, holderName, RestoreInProgressError } from '../../src/ops/database-hold.js';
import { makeShortTempDir } from '../harness/make-short-temp-dir.js';

let dir: string;
let db: Db;
let logged = '';
const log = createLogger('info', new Writable({ write: (chunk: Buffer, _enc, done) => ((logged += chunk.toString()), done()) }));

beforeAll(async () => {
  dir = makeShortTempDir('hold-');
  db = openDb(`sqlite:${path.join(dir, 'bot.sqlite')}`);
  await migrate(db);
});

afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  logged = '';
  const held = await findDatabaseHolder(db);
  if (held) await releaseLease(db, { name: DATABASE_HOLD, holder: held.holder });
});

const other = (holder: string) => tryAcquireLease(db, { name: DATABASE_HOLD, holder, ttlMs: 60_000 });

it('is taken by the daemon and freed at once by a clean stop', async () => {
  const hold = holdDatabase(db, holderName('daemon', 'ops-test'), log);
  await hold.started;
  expect((await findDatabaseHolder(db))?.holder).toBe(`daemon:ops-test:${hostname()}:${process.pid}`);
  await hold.release();
  expect(await findDatabaseHolder(db)).toBeNull();
  expect(logged).toBe('');
});

it('warns a second daemon, naming the one that holds the file', async () => {
  // The parent of this test process is alive: a live daemon of the same instance elsewhere.
  expect(await other(`daemon:ops-test:${hostname()}:${process.ppid}`)).toBe(true);
  const hold = holdDatabase(db, holderName('daemon', 'ops-test'), log);
  await hold.started;
  await hold.release();
  expect(logged).toContain('"event":"database_held_elsewhere"');
  expect(logged).toContain(`daemon:ops-test:${hostname()}:${process.ppid}`);
});

it("waits out this instance's crashed predecessor without a warning", async () => {
  expect(await other(`daemon:ops-test:${hostname()}:999999999`)).toBe(true);
  const hold = holdDatabase(db, holderName('daemon', 'ops-test'), log);
  await hold.started;
  await hold.release();
  expect(logged).toBe('');
});

it('stops the start while a restore holds the file', async () => {
  expect(await other('restore:example-host:4242')).toBe(true);
  const hold = holdDatabase(db, holderName('daemon', 'ops-test'), log);
  await expect(hold.started).rejects.toBeInstanceOf(RestoreInProgressError);
  await hold.release();
  expect((await findDatabaseHolder(db))?.holder).toBe('restore:example-host:4242');
});
