/**
 * With no consumer directory nothing can be matched (§7060(c)(1)), so every request that needs
 * verification goes to staff: the daemon says so at start, naming the command that fixes it.
 * Runs the embedded default (Maildir and .eml files), which needs no server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon } from '../../src/daemon.js';
import { createLogger } from '../../src/shared/logger.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { openDb } from '../../src/store/db.js';
import { testConfig } from '../support/bot-config.js';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-directory-warning-'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Starts and stops the daemon, returning the log lines it wrote meanwhile. */
async function startAndStop(): Promise<Array<{ level: number; event?: string; msg?: string }>> {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const config = testConfig({
    MAILDIR_PATH: path.join(dir, 'mail'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    DATABASE_URL: `sqlite:${path.join(dir, 'ccpa.sqlite')}`,
    STAFF_ADDRESSES: '',
  });
  const daemon = await startDaemon(config, createLogger('info', sink));
  await daemon.stop();
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { level: number; event?: string; msg?: string });
}

it('warns at start while the consumer directory is empty, naming `ccpa-mailbot directory import`', async () => {
  const warning = (await startAndStop()).find((line) => line.event === 'consumer_directory_empty');
  expect(warning?.level).toBe(40);
  expect(warning?.msg).toContain('ccpa-mailbot directory import');
});

it('does not warn once the directory holds a record', async () => {
  const db = openDb(`sqlite:${path.join(dir, 'ccpa.sqlite')}`);
  await replaceDirectory(db, [{ email: 'lee.park@example.org', full_name: 'Lee Park' }], new Date());
  await db.destroy();
  const lines = await startAndStop();
  expect(lines.some((line) => line.event === 'daemon_started')).toBe(true);
  expect(lines.some((line) => line.event === 'consumer_directory_empty')).toBe(false);
});
