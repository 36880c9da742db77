import { chownSync, mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ImapFlow } from 'imapflow';
import type { DovecotServer } from '../test/harness/dovecot.js';
import { dovecotIdentity } from '../test/harness/dovecot-identity.js';
import { maildirOf } from '../test/harness/reset-uid-validity.js';
import type { MixMessage } from './mix/generate-mix.js';

export interface LoadResult {
  messages: number;
  bytes: number;
  ms: number;
  /** Time for Dovecot to take the files in (first SELECT scans new/ and assigns UIDs). */
  indexMs: number;
  kinds: Record<string, number>;
}

/**
 * Puts messages into the INBOX by writing Maildir files (tmp/ then rename into new/, as a
 * delivery agent does) rather than by APPEND, which is several times slower on this server.
 * The file's mtime becomes the IMAP INTERNALDATE. Then one SELECT lets Dovecot scan and index
 * them, so neither the limit nor the bot pays for that first scan.
 */
export async function loadMaildir(server: DovecotServer, messages: Iterable<MixMessage>): Promise<LoadResult> {
  await openInbox(server);
  const maildir = maildirOf(server, server.user);
  const identity = dovecotIdentity();
  for (const sub of ['tmp', 'new', 'cur']) mkdirSync(join(maildir, sub), { recursive: true });
  const start = performance.now();
  const kinds: Record<string, number> = {};
  let count = 0;
  let bytes = 0;
  const stamp = Math.floor(Date.now() / 1000);
  const internalDate = new Date();
  for (const message of messages) {
    const name = `${stamp}.M${count}P${process.pid}.bench,S=${message.raw.length}`;
    const temporary = join(maildir, 'tmp', name);
    writeFileSync(temporary, message.raw, { mode: 0o600 });
    if (identity.asRoot) chownSync(temporary, identity.mailUid, identity.mailGid);
    utimesSync(temporary, internalDate, internalDate);
    renameSync(temporary, join(maildir, 'new', name));
    kinds[message.kind] = (kinds[message.kind] ?? 0) + 1;
    count += 1;
    bytes += message.raw.length;
  }
  const ms = performance.now() - start;
  const indexStart = performance.now();
  const exists = await openInbox(server);
  if (exists < count) throw new Error(`Dovecot sees ${exists} messages in the INBOX, ${count} were written`);
  return { messages: count, bytes, ms, indexMs: performance.now() - indexStart, kinds };
}

/** Logs in and selects the INBOX (creating the Maildir on first use); returns its message count. */
async function openInbox(server: DovecotServer): Promise<number> {
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
  await client.connect();
  try {
    const mailbox = await client.mailboxOpen('INBOX', { readOnly: true });
    // FETCH of every UID makes Dovecot finish indexing, as the bot's first pass would.
    if (mailbox.exists > 0) for await (const m of client.fetch('1:*', { uid: true, size: true })) void m;
    return mailbox.exists;
  } finally {
    await client.logout();
  }
}
