/**
 * A database that cannot be written to (another process holds SQLite's write lock longer than
 * the busy timeout) makes the pass fail; nothing is acknowledged, the checkpoint stays, and once
 * the database is back the message is handled exactly once ("a failure of IMAP, SMTP or the
 * database is retried, and no message or reply is lost").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { openDb, type Db } from '../../src/store/db.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon;
let locker: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-db-outage-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  const databaseUrl = `sqlite:${path.join(dir, 'bot.sqlite')}`;
  daemon = await startDaemon(testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: databaseUrl }), silentLogger(), {
    // The reconnect backoff grows with the failure streak (1 s doubling to 60 s in production): short here.
    imapBackoff: { baseMs: 200, maxMs: 2000 },
  });
  locker = openDb(databaseUrl);
});

afterAll(async () => {
  await locker?.destroy();
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('holds the message while the database is unwritable, then handles it exactly once', { timeout: 90_000 }, async () => {
  // One connection (the pool has exactly one) takes the write lock and keeps it.
  const trx = await locker.transaction();
  await trx.raw('INSERT INTO reference_counters (year, last_value) VALUES (1999, 0)');
  await appendMessage(imap, sampleRequest({ messageId: 'during-db-outage@example.org' }));
  // Longer than the 10 s busy timeout: at least one pass must have failed by now.
  await new Promise((resolve) => setTimeout(resolve, 13_000));
  expect(smtp.messages).toHaveLength(0);
  await trx.rollback();
  // The consumer's mail; staff also get a flag mail (no directory: verify_manually).
  const toConsumer = () => smtp.messages.filter((m) => !m.to.includes('privacy-staff@example.com'));
  await waitUntil(() => toConsumer().length === 1, 'the acknowledgement once the database is back', 60_000);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(toConsumer()).toHaveLength(1);
  expect(await daemon.db('inbound_messages').where({ message_key: 'during-db-outage@example.org' }).count({ n: '*' })).toEqual([{ n: 1 }]);
  const [checkpoint] = await daemon.db('mailbox_checkpoints').select('last_uid');
  expect(Number(checkpoint.last_uid)).toBe(1);
});
