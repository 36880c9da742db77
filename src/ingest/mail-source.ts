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


/**
 * What a source tells the daemon as it reads (issue 17): the health check's "mailbox read
 * lately", the reconnect counter and the backlog's progress. Every method is optional to call
 * and must not throw.
 */
export interface SourceEvents {
  /** The mailbox answered: a pass ended without error, or a batch of it was committed. */
  mailboxRead(): void;
  /** A session failed; a new connection follows after the backoff. */
  reconnecting(): void;
  /** A pass found this many messages above the checkpoint, before it began on them. */
  backlogFound(messages: number): void;
  /** This instance stands by while another one holds the mailbox lease (PostgreSQL), or no longer does. */
  standingBy(standby: boolean): void;
}
