/**
 * Issue 13, must-show 3 (the IMAP part): a committed message whose move to the processed folder
 * failed is filed away on the next pass, and handled once. The folder is deleted under the
 * running daemon, so Dovecot refuses the MOVE (`NO [TRYCREATE]`, RFC 9051 §7.1); the next pass
 * creates the folder again and moves what the checkpoint passed but the INBOX still holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { createLogger } from '../../src/shared/logger.js';
import { appendMessage, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon | null = null;
let logText = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-move-retry-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
});

afterAll(async () => {
  await daemon?.stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withClient<T>(run: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: imap.host, port: imap.port, auth: { user: imap.user, pass: imap.password }, logger: false });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.logout();
  }
}

const counts = () =>
  withClient(async (client) => ({
    inbox: messages(await client.status('INBOX', { messages: true })),
    processed: await client.status('Processed', { messages: true }).then(messages, () => null),
  }));

const messages = (status: false | { messages?: number }) => (status ? (status.messages ?? -1) : null);

const answered = (messageId: string) => smtp.messages.filter((m) => m.raw.toString('utf8').includes(`In-Reply-To: <${messageId}>`)).length;

it('moves a committed message on the next pass when its move failed, and handles it once', { timeout: 30_000 }, async () => {
  const log = createLogger('info', new Writable({ write: (chunk: Buffer, _enc, done) => ((logText += chunk.toString()), done()) }));
  const config = testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, POLL_SCHEDULE: '0 0 1 1 *', OUTBOX_SCHEDULE: '0 0 1 1 *' });
  daemon = await startDaemon(config, log);
  await waitUntil(() => logText.includes('"imap_connected"'), 'the daemon connected (and created Processed)', 10_000);
  await withClient((client) => client.mailboxDelete('Processed'));

  await appendMessage(imap, sampleRequest({ messageId: 'move-fails@example.org', from: 'Ana Ruiz <ana.ruiz@example.org>' }));
  await waitUntil(() => answered('move-fails@example.org') === 1 && logText.includes('"imap_archive_failed"'), 'answered, and the move refused', 15_000);
  expect(await counts()).toEqual({ inbox: 1, processed: null });

  await daemon.source.sync();
  expect(await counts()).toEqual({ inbox: 0, processed: 1 });
  expect(logText).toContain('"imap_archive_retried"');
  // Another pass finds nothing left and changes nothing.
  await daemon.source.sync();
  expect(await counts()).toEqual({ inbox: 0, processed: 1 });
  expect(answered('move-fails@example.org')).toBe(1);
  expect(await daemon.db('inbound_messages').count({ n: '*' })).toEqual([{ n: 1 }]);
  expect(logText).not.toContain('ana.ruiz');
});
