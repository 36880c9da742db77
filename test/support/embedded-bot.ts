import type { Config } from '../../src/config.js';
/**
 * The daemon as a newcomer runs it (embedded default: a Maildir in, .eml files out, a SQLite
 * file), for tests that pin behaviour through `startDaemon` and what is stored, so they keep
 * seeing it whatever the folders under it are called.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { testConfig } from './bot-config.js';
import { waitUntil } from './wait-until.js';

export const STAFF = 'privacy-staff@example.com';

export interface OutboxMail {
  kind: string;
  recipient: string;
  requestId: number | null;
  inboundMessageId: number | null;
  messageId: string;
  subject: string;
  text: string;
}

export interface EmbeddedBot {
  daemon: Daemon;
  config: Config;
  /** Delivers one message into the Maildir and waits until it is committed and filed; returns its stored row. `receivedAt` (in the past) sets its receipt time. */
  deliver(raw: string | Buffer, receivedAt?: Date): Promise<Record<string, unknown> & { id: number }>;
  /** Waits until every staff flag raised so far has been turned into mail. */
  flagsMailed(): Promise<void>;
  /** The outbox, oldest first, each message parsed. */
  outbox(): Promise<OutboxMail[]>;
  stop(): Promise<void>;
}

let delivered = 0;

/**
 * Starts the daemon on a fresh Maildir, outbox folder and SQLite file in a temporary folder, with
 * one staff address and no consumer directory; `env` adds or overrides configuration variables.
 */
export async function startEmbeddedBot(prefix: string, env: Record<string, string> = {}): Promise<EmbeddedBot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const never = '0 0 1 1 *';
  const config = testConfig({
    MAILDIR_PATH: path.join(dir, 'mail'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    STAFF_ADDRESSES: STAFF,
    // Sweeps and retention are left out: a test sees only what its messages caused.
    SWEEP_SCHEDULE: never,
    RETENTION_SCHEDULE: never,
    ...env,
  });
  const daemon = await startDaemon(config, silentLogger());
  const mailDir = path.join(dir, 'mail');
  return {
    daemon,
    config,
    async deliver(raw, receivedAt) {
      const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(raw.toString())?.[1];
      if (!messageId) throw new Error('a delivered message needs a Message-ID');
      const name = `${Date.now()}.M${++delivered}.test`;
      const tmp = path.join(mailDir, 'tmp', name);
      fs.writeFileSync(tmp, raw);
      // Delivered through tmp/ with a settled mtime, as a local delivery agent does (Maildir), so
      // the source reads it at once instead of waiting for a copy in progress to finish.
      const settled = receivedAt ?? new Date(Date.now() - 5_000);
      fs.utimesSync(tmp, settled, settled);
      fs.renameSync(tmp, path.join(mailDir, 'new', name));
      await waitUntil(() => fs.existsSync(path.join(mailDir, 'cur', `${name}:2,S`)), `${messageId} to be filed`);
      return waitUntil(() => daemon.db('inbound_messages').where({ message_key: messageId }).first(), `${messageId} to be stored`);
    },
    async flagsMailed() {
      await waitUntil(async () => (await daemon.db('staff_flags').whereNull('mailed_at').first('id')) === undefined, 'staff flags to be mailed');
    },
    async outbox() {
      const rows = await daemon.db('outbox').orderBy('id').select('kind', 'recipient', 'request_id', 'inbound_message_id', 'message_id', 'raw');
      return Promise.all(
        rows.map(async (row) => {
          const parsed = await simpleParser(Buffer.from(row.raw));
          return {
            kind: String(row.kind),
            recipient: String(row.recipient),
            requestId: row.request_id == null ? null : Number(row.request_id),
            inboundMessageId: row.inbound_message_id == null ? null : Number(row.inbound_message_id),
            messageId: String(row.message_id),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          };
        }),
      );
    },
    async stop() {
      await daemon.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
