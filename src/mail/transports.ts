import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Clock } from '../shared/clock.js';
import type { OutboxEntry } from '../store/outbox.js';
import { classifyFolderError, classifySmtpError } from './delivery-failure.js';

/** Where replies go: a real SMTP server, or `.eml` files in a folder (the embedded default). */
export type TransportSettings = { kind: 'smtp'; url: URL } | { kind: 'directory'; path: string };

export interface ReplyTransport {
  send(entry: OutboxEntry): Promise<void>;
  close(): void;
}

/** Opens the transport named by the settings: SMTP, or `.eml` files in a folder named by the time (`clock`). */
export function openTransport(settings: TransportSettings, clock: Clock): ReplyTransport {
  return settings.kind === 'smtp' ? smtpTransport(settings.url) : directoryTransport(settings.path, clock);
}

function smtpTransport(url: URL): ReplyTransport {
  // Pooled: smtp-server style greeting delays make one connection per message slow.
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    tls: { rejectUnauthorized: url.searchParams.get('tls_verify') !== 'false' },
  });
  return {
    async send(entry) {
      try {
        await transporter.sendMail({ envelope: { from: entry.envelopeFrom, to: [entry.recipient] }, raw: entry.raw });
      } catch (err) {
        throw classifySmtpError(err);
      }
    },
    close: () => transporter.close(),
  };
}

/** The embedded default: each reply becomes `<outbox>/<time>-<id>.eml`, written atomically. */
function directoryTransport(dir: string, clock: Clock): ReplyTransport {
  fs.mkdirSync(dir, { recursive: true });
  return {
    async send(entry) {
      const name = `${clock().toISOString().replace(/[:.]/g, '-')}-${entry.id}.eml`;
      const temporary = path.join(dir, `.${name}.tmp`);
      try {
        await fs.promises.writeFile(temporary, entry.raw);
        await fs.promises.rename(temporary, path.join(dir, name));
      } catch (err) {
        throw classifyFolderError(err);
      }
    },
    close: () => undefined,
  };
}
