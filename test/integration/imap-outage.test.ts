/**
 * Issue 13, must-shows 4 and 5, over the real Dovecot: a database that refuses one message of a
 * batch makes every pass fail, and the reconnects back off with the failure streak (a successful
 * connect does not reset it); each kind of failure is one JSON line a minute at most, with its
 * code and statement and without the verification code, the date of birth or any stack. Once the
 * database accepts the message, everything is handled once. A read-only database says the same
 * by code; a wrong IMAP password is logged once, at error level, naming IMAP_URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { createLogger } from '../../src/shared/logger.js';
import { ImapSource } from '../../src/ingest/imap-source.js';
import { migrate, openDb } from '../../src/store/db.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

const CODE = '7KD9-Q2XA';
const BIRTH = '1984-07-19';
const SECRETS = [CODE, CODE.replace('-', ''), BIRTH, '07/19/1984', 'omar.haddad', 'Omar Haddad'];

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon | null = null;
let logText = '';
const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((logText += chunk.toString()), done()) });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-imap-outage-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

type Line = { level: number; event?: string; attempt?: number; repeated?: number; variable?: string; msg?: string; err?: Record<string, unknown> };
const lines = (text = logText): Line[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
/** Logins Dovecot accepted or refused, counted in its own log: the real connects. */
const logins = (kind: 'accepted' | 'refused') =>
  (fs.readFileSync(path.join(imap.dir, 'log', 'dovecot.log'), 'utf8').match(kind === 'accepted' ? /imap-login: Info: Login: /g : /imap-login: Info: .*auth failed/g) ?? []).length;
const answered = (messageId: string) => smtp.messages.filter((m) => m.raw.toString('utf8').includes(`In-Reply-To: <${messageId}>`)).length;
// A request that carries personal data the logs must never show. (A bare code outside any thread
// is a question the bot doubts: it sends nothing, which would leave this test nothing to wait for.
// Each from its own sender: one acknowledgement per sender and day, email-rules §2.)
const personal = (messageId: string, from: string) =>
  sampleRequest({ messageId, from, subject: 'Verification', body: `Hello,\r\n\r\nPlease delete my personal information. My code is ${CODE} and my date of birth is ${BIRTH} (07/19/1984).\r\n\r\nOmar Haddad` });

it('backs off with the failure streak, logs each kind once with its code and no personal data, then handles everything once', { timeout: 40_000 }, async () => {
  const url = `sqlite:${path.join(dir, 'bot.sqlite')}`;
  const setup = openDb(url);
  await migrate(setup);
  await setup.raw(`CREATE TRIGGER poison BEFORE INSERT ON inbound_messages WHEN NEW.message_id = 'second@example.org' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
  await setup.destroy();
  await appendMessage(imap, sampleRequest({ messageId: 'first@example.org', from: 'Ana Ruiz <ana.ruiz@example.org>' }));
  await appendMessage(imap, personal('second@example.org', 'Omar Haddad <omar.haddad@example.org>'));
  await appendMessage(imap, personal('third@example.org', 'Lina Haddad <lina.haddad@example.org>'));

  // About IMAP and the database, not about how sure the reading is: at the default
  // REVIEW_THRESHOLD (0.95) the confidence meta-model may send the coded deletion to staff (0.94
  // after the refit of 2026-12-06), and no reply would come to count.
  const config = testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: url, POLL_SCHEDULE: '0 0 1 1 *', OUTBOX_SCHEDULE: '0 0 1 1 *', REVIEW_THRESHOLD: '0.7' });
  daemon = await startDaemon(config, createLogger('info', sink), { imapBackoff: { baseMs: 100, maxMs: 800 } });
  await waitUntil(() => answered('first@example.org') === 1, 'the first message answered', 15_000);

  // Four seconds of a database that refuses the second message on every pass.
  const before = logins('accepted');
  const startedAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const connects = logins('accepted') - before;
  const window = lines().filter((l) => l.event !== 'message_handled' && l.event !== 'reply_sent');
  // Reset on every connect, the wait would stay at 50-100 ms: about 20 connects in 4 s. With the
  // streak: 100, 200, 400, then 800 ms at most (jittered down to half), so 4 to 10.
  expect(connects).toBeGreaterThanOrEqual(3);
  expect(connects).toBeLessThanOrEqual(10);
  const failed = window.filter((l) => l.event === 'imap_pass_failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]).toMatchObject({ level: 50, attempt: 1, err: { type: 'Error', code: 'SQLITE_CONSTRAINT', errno: 19, statement: 'insert inbound_messages' } });
  expect(window.filter((l) => l.event === 'imap_connected').length).toBeLessThanOrEqual(1);
  expect(Date.now() - startedAt).toBeLessThan(6000);

  await daemon.db.raw('DROP TRIGGER poison');
  await waitUntil(() => answered('second@example.org') === 1 && answered('third@example.org') === 1, 'the rest answered', 15_000);
  await waitUntil(() => lines().some((l) => l.event === 'imap_recovered'), 'the recovery logged', 5_000);
  expect(['first@example.org', 'second@example.org', 'third@example.org'].map(answered)).toEqual([1, 1, 1]);

  // A read-only database (SQLite's query_only on the daemon's one pooled connection) refuses a
  // message that carries the same personal data: logged by code, never by value.
  await daemon.db.raw('PRAGMA query_only = ON');
  await appendMessage(imap, personal('fourth@example.org', 'Sami Haddad <sami.haddad@example.org>'));
  await waitUntil(() => lines().some((l) => l.event === 'imap_pass_failed' && l.err?.code === 'SQLITE_READONLY'), 'the read-only failure logged', 10_000);
  await daemon.db.raw('PRAGMA query_only = OFF');
  await waitUntil(() => answered('fourth@example.org') === 1, 'the fourth answered once the database is writable', 15_000);

  for (const secret of SECRETS) expect(logText).not.toContain(secret);
  expect(logText).not.toMatch(/"stack"|\n\s+at /);
  expect(logText).not.toMatch(/insert into|values \(/i);
  // Every line is one JSON object, and the whole run's log is small.
  expect(() => lines()).not.toThrow();
  expect(Buffer.byteLength(logText)).toBeLessThan(16 * 1024);
  expect(await daemon.db('inbound_messages').count({ n: '*' })).toEqual([{ n: 4 }]);
});

it('logs a refused IMAP login once, at error level, naming IMAP_URL, and keeps retrying with backoff', { timeout: 15_000 }, async () => {
  let text = '';
  const log = createLogger('info', new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) }));
  const url = new URL(imap.imapUrl('INBOX'));
  url.password = 'Wrong-Pw-4417';
  const db = openDb('sqlite::memory:');
  const refusedBefore = logins('refused');
  const source = new ImapSource({ url, processedFolder: 'Processed', db, log, handle: async () => undefined, clock: () => new Date(), backoff: { baseMs: 100, maxMs: 400 } });
  source.start();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await source.stop();
  await db.destroy();
  const refused = lines(text).filter((l) => l.event === 'imap_login_failed');
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatchObject({ level: 50, variable: 'IMAP_URL', attempt: 1, err: { authenticationFailed: true } });
  expect(refused[0]?.msg).toContain('IMAP_URL');
  expect(lines(text)).toHaveLength(1);
  expect(text).not.toContain('Wrong-Pw-4417');
  // Retried, but not in a tight loop: 100, 200, 400, 400 ... ms.
  const attempts = logins('refused') - refusedBefore;
  expect(attempts).toBeGreaterThanOrEqual(3);
  expect(attempts).toBeLessThanOrEqual(12);
});
