import type { InboundItem } from '../inbound/handle-inbound.js';

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

