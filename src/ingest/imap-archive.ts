import type { ImapFlow } from 'imapflow';

/**
 * Files committed messages away: `\Seen`, then a move to the processed folder. imapflow answers a
 * refused MOVE (no such folder, no right) with `false`, not an exception, so the result is checked.
 * Throws when the move did not happen; the messages then stay in the INBOX, below the checkpoint,
 * and `committedLeftInInbox` finds them on the next pass.
 */
export async function archiveMessages(client: ImapFlow, uids: readonly number[], folder: string): Promise<void> {
  if (uids.length === 0) return;
  const range = uidSet(uids);
  await client.messageFlagsAdd(range, ['\\Seen'], { uid: true });
  const moved = await client.messageMove(range, folder, { uid: true });
  if (!moved) throw new MoveRefusedError(uids.length);
}

/** The server refused the MOVE (RFC 6851) of committed messages to the processed folder. */
export class MoveRefusedError extends Error {
  readonly code = 'IMAP_MOVE_REFUSED';
  constructor(readonly messages: number) {
    super(`the server refused to move ${messages} committed messages to the processed folder`);
    this.name = 'MoveRefusedError';
  }
}

/**
 * Messages at or below the checkpoint that are still in the INBOX: committed, but their move
 * failed (issue 13, must-show 3). UIDs only grow (RFC 9051 §2.3.1.1), so under the checkpoint's
 * UIDVALIDITY nothing at or below it can be new mail; they are filed away, never read again.
 */
export async function committedLeftInInbox(client: ImapFlow, lastUid: number): Promise<number[]> {
  if (lastUid <= 0) return [];
  const found = await client.search({ uid: `1:${lastUid}` }, { uid: true });
  return found ? found.filter((uid) => uid <= lastUid).sort((a, b) => a - b) : [];
}

/** `1:3,7,9:10`: a UID set (RFC 9051 §9, sequence-set) from ascending or unordered UIDs. */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
