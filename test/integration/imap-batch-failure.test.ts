/**
 * One message of a fetched IMAP batch cannot be committed (the database refuses its row): the
 * messages before it are committed, answered and filed away at once, the failing one and those
 * after it stay in the INBOX, and once the database accepts it again everything is handled,
 * each message once (email-rules §6: nothing lost, nothing answered twice).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { migrate, openDb } from '../../src/store/db.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon | null = null;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-batch-imap-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function counts(): Promise<{ inbox: number; processed: number }> {
  const client = new ImapFlow({ host: imap.host, port: imap.port, auth: { user: imap.user, pass: imap.password }, logger: false });
  await client.connect();
  try {
    const inbox = await client.status('INBOX', { messages: true });
    const processed = await client.status('Processed', { messages: true }).catch(() => false as const);
    return { inbox: inbox ? (inbox.messages ?? -1) : -1, processed: processed ? (processed.messages ?? -1) : 0 };
  } finally {
    await client.logout();
  }
}

const answered = (messageId: string) => smtp.messages.filter((m) => m.raw.toString('utf8').includes(`In-Reply-To: <${messageId}>`)).length;

it('files and answers the messages committed before a failing one, and the rest once the database recovers', async () => {
  const url = `sqlite:${path.join(dir, 'bot.sqlite')}`;
  const setup = openDb(url);
  await migrate(setup);
  await setup.raw(`CREATE TRIGGER poison BEFORE INSERT ON inbound_messages WHEN NEW.message_id = 'second@example.org' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
  await setup.destroy();
  await appendMessage(imap, sampleRequest({ messageId: 'first@example.org', from: 'Ana Ruiz <ana.ruiz@example.org>' }));
  await appendMessage(imap, sampleRequest({ messageId: 'second@example.org', from: 'Omar Haddad <omar.haddad@example.org>' }));
  await appendMessage(imap, sampleRequest({ messageId: 'third@example.org', from: 'Mei Tanaka <mei.tanaka@example.org>' }));

  daemon = await startDaemon(testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: url, POLL_SCHEDULE: '0 0 1 1 *' }), silentLogger());
  await waitUntil(async () => answered('first@example.org') === 1 && (await counts()).processed === 1, 'the first message answered and filed', 20_000);
  expect(await counts()).toEqual({ inbox: 2, processed: 1 });
  expect(answered('second@example.org') + answered('third@example.org')).toBe(0);

  await daemon.db.raw('DROP TRIGGER poison');
  // The failed pass closed the IMAP session; the reconnection reads from the checkpoint on.
  await waitUntil(async () => (await counts()).processed === 3, 'every message filed', 30_000);
  expect(await counts()).toEqual({ inbox: 0, processed: 3 });
  await waitUntil(() => answered('third@example.org') === 1, 'the third answered', 15_000);
  expect(['first@example.org', 'second@example.org', 'third@example.org'].map(answered)).toEqual([1, 1, 1]);
  const stored = await daemon.db('inbound_messages').orderBy('id').select('message_id');
  expect(stored.map((r: { message_id: string }) => r.message_id)).toEqual(['first@example.org', 'second@example.org', 'third@example.org']);
});
