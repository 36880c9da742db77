import { performance } from 'node:perf_hooks';
import { ImapFlow } from 'imapflow';
import { MailParser, type AttachmentStream, type MessageText } from 'mailparser';
import type { DovecotServer } from '../test/harness/dovecot.js';

export interface LimitResult {
  messages: number;
  bytes: number;
  ms: number;
  perSec: number;
}

/**
 * The limit of this stack: every message's source fetched over IMAP with imapflow (one FETCH
 * for the whole INBOX, read-only, so nothing is flagged or moved) and parsed with mailparser,
 * with attachments drained as they stream by. No screening, no database, no replies: a
 * pipeline on imapflow + mailparser cannot digest a backlog faster than this.
 */
export async function measureLimit(server: DovecotServer): Promise<LimitResult> {
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
  const start = performance.now();
  await client.connect();
  let messages = 0;
  let bytes = 0;
  try {
    const mailbox = await client.mailboxOpen('INBOX', { readOnly: true });
    if (mailbox.exists > 0) {
      for await (const message of client.fetch('1:*', { uid: true, source: true, internalDate: true })) {
        if (!message.source) continue;
        await parseOnly(message.source);
        messages += 1;
        bytes += message.source.length;
      }
    }
  } finally {
    await client.logout();
  }
  const ms = performance.now() - start;
  return { messages, bytes, ms, perSec: messages / (ms / 1000) };
}

/** mailparser's streaming parser, every part read to the end and then dropped. */
function parseOnly(raw: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser({ skipHtmlToText: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
    parser.on('error', reject);
    parser.on('data', (data: MessageText | AttachmentStream) => {
      if (data.type === 'attachment') {
        data.content.on('data', () => undefined);
        data.content.on('end', () => data.release?.());
      }
    });
    parser.on('end', () => resolve());
    // In slices with backpressure, as collect-parts.ts does: written whole, a 25 MB message is
    // split and decoded at once, which is slower and costs over 100 MB.
    let offset = 0;
    const next = (): void => {
      while (offset < raw.length) {
        const slice = raw.subarray(offset, offset + 64 * 1024);
        offset += slice.length;
        if (!parser.write(slice)) return void parser.once('drain', next);
      }
      parser.end();
    };
    next();
  });
}
