import type { InboundItem } from '../handle-inbound.js';

/**
 * Hands messages to the pipeline, oldest first; resolves once every decision is committed (a
 * batch of several is committed together, see `handleInboundBatch`).
 */
export type MessageHandler = (items: readonly InboundItem[]) => Promise<void>;

/** A mailbox the daemon reads: the IMAP INBOX, or the embedded local Maildir. */
export interface MailSource {
  /** Connects and keeps reading until `stop()`; never throws (errors are retried with backoff). */
  start(): void;
  /** Reads everything new now; concurrent calls are coalesced into one more pass. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `pass` so that at most one pass is in flight; a request arriving during a pass schedules
 * exactly one more, so a burst of IDLE notifications costs two passes, not one per message.
 */
export function coalesce(pass: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async (): Promise<void> => {
    do {
      again = false;
      await pass();
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  };
}
