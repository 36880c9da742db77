import type { Db } from '../store/db.js';
import type { Logger } from '../shared/logger.js';
import { appendAudit } from '../store/audit-log.js';
import { claimDueEntries, markFailed, markRetry, markSent, releaseStaleClaims, type OutboxEntry } from '../store/outbox.js';
import type { Clock } from '../shared/clock.js';
import { coalesce } from '../shared/coalesce.js';
import { DeliveryError, type ReplyTransport } from './transports.js';

export interface OutboxSenderOptions {
  db: Db;
  transport: ReplyTransport;
  log: Logger;
  /** This instance's name, recorded on claimed rows. */
  claimant: string;
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to an hour. */
  retryBaseMs?: number;
  /** A row claimed longer ago than this is considered abandoned by a crashed sender. */
  claimLeaseMs?: number;
  /** The root's clock: when rows are due, claimed, sent and retried. */
  clock: Clock;
  /** Called after each batch of claimed rows is delivered (the daemon's heap budget). */
  afterBatch?: () => void;
}

const BATCH = 20;

/**
 * Drains the outbox: claims due rows, hands each to the transport, records the result. Transient
 * failures are retried with exponential backoff; permanent ones (5xx) and exhausted retries stay
 * `failed`, with an audit event, for staff. `drain()` calls are coalesced.
 */
export class OutboxSender {
  readonly drain: () => Promise<void>;
  /** True while the last attempt ended in a transient failure (what the health line reports). */
  degraded = false;

  constructor(private readonly options: OutboxSenderOptions) {
    this.drain = coalesce(() => this.pass());
  }

  private now(): Date {
    return this.options.clock();
  }

  private async pass(): Promise<void> {
    const { db, claimant, log } = this.options;
    const released = await releaseStaleClaims(db, this.now(), this.options.claimLeaseMs ?? 10 * 60_000);
    if (released.length > 0) log.warn({ event: 'outbox_stale_claims_released', ids: released });
    for (;;) {
      const entries = await claimDueEntries(db, claimant, this.now(), BATCH);
      if (entries.length === 0) return;
      for (const entry of entries) await this.deliver(entry);
      this.options.afterBatch?.();
    }
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const { db, transport, log } = this.options;
    try {
      await transport.send(entry);
      await markSent(db, entry.id, this.now());
      this.degraded = false;
      log.info({ event: 'reply_sent', outboxId: entry.id, kind: entry.kind, messageId: entry.messageId });
    } catch (err) {
      const failure = err instanceof DeliveryError ? err : new DeliveryError(String(err), false, 'TRANSPORT_ERROR');
      const attempt = entry.attempts + 1;
      if (failure.permanent || attempt >= this.options.maxAttempts) {
        await markFailed(db, entry.id, failure.message);
        await appendAudit(db, { event: 'reply_failed', actor: 'bot', requestId: entry.requestId, inboundMessageId: entry.inboundMessageId, detail: { outboxId: entry.id, code: failure.code, error: failure.message, attempts: attempt } }, this.now());
        log.error({ event: 'reply_failed', outboxId: entry.id, code: failure.code, attempts: attempt });
        return;
      }
      this.degraded = true;
      const delay = Math.min(3_600_000, (this.options.retryBaseMs ?? 30_000) * 2 ** (attempt - 1));
      await markRetry(db, entry.id, failure.message, new Date(this.now().getTime() + delay));
      log.warn({ event: 'reply_retry_scheduled', outboxId: entry.id, code: failure.code, attempt, delayMs: delay });
    }
  }
}
