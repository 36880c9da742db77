import { ImapFlow } from 'imapflow';
import type { DovecotServer } from './dovecot.js';

export interface AppendOptions {
  /** Defaults to INBOX. */
  mailbox?: string;
  /** The IMAP INTERNALDATE (RFC 3501 §6.3.11); defaults to now. */
  internalDate?: Date;
  /** Another user of the same server; defaults to the server's first user. */
  user?: string;
  password?: string;
}

/**
 * Appends a raw RFC 5322 message on a short connection of its own and returns its UID (from
 * APPENDUID, RFC 4315, which Dovecot always sends).
 */
export async function appendMessage(server: DovecotServer, raw: string | Buffer, opts: AppendOptions = {}): Promise<number> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: opts.user ?? server.user, pass: opts.password ?? server.password },
    logger: false,
  });
  await client.connect();
  try {
    const response = await client.append(opts.mailbox ?? 'INBOX', raw, [], opts.internalDate);
    if (response === false || response.uid === undefined) {
      throw new Error(`APPEND to ${opts.mailbox ?? 'INBOX'} returned no UID`);
    }
    return response.uid;
  } finally {
    await client.logout();
  }
}
