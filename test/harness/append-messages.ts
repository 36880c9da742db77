import { ImapFlow } from 'imapflow';
import type { DovecotServer } from './dovecot.js';

/**
 * Appends many raw messages, in order, on ONE connection and returns their UIDs (APPENDUID,
 * RFC 4315). `appendMessage` opens a connection per message (20-80 ms each), which would make a
 * backlog of a few hundred cost more than the test itself.
 */
export async function appendMessages(server: DovecotServer, raws: ReadonlyArray<Buffer>, mailbox = 'INBOX'): Promise<number[]> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  try {
    const uids: number[] = [];
    for (const raw of raws) {
      const response = await client.append(mailbox, raw);
      if (response === false || response.uid === undefined) throw new Error(`APPEND to ${mailbox} returned no UID`);
      uids.push(response.uid);
    }
    return uids;
  } finally {
    await client.logout();
  }
}
