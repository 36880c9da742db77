import { performance } from 'node:perf_hooks';
import type { Logger } from '../shared/logger.js';
import { sleep } from '../shared/backoff.js';
import type { Db } from '../store/db.js';
import { releaseLease, tryAcquireLease, type LeaseFence } from '../store/leases.js';

export interface MailboxLeaseOptions {
  db: Db;
  /** The mailbox's source key: one lease per mailbox. */
  name: string;
  /** Unique per process (instance id, host, pid, random), so a restarted instance is a new holder. */
  holder: string;
  ttlMs: number;
  log: Logger;
}

/** Something that is closed when the lease is lost: the IMAP client reading under it. */
interface Closable {
  close(): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * One reader per mailbox (issue 13 item 7): the instance holding the lease reads the mailbox,
 * every other one stands by and tries again every third of the lease time, so a holder that dies
 * is replaced within about 1 1/3 lease times (30 s by default: well within a minute). The holder
 * renews at the same pace and also in every commit (`confirmLease`, the fence), so a holder that
 * lost the lease while paused commits nothing and its reading stops at its next renewal.
 */
export class MailboxLease {
  readonly fence: LeaseFence;
  private standingBy = false;

  constructor(private readonly options: MailboxLeaseOptions) {
    this.fence = { name: options.name, holder: options.holder, ttlMs: options.ttlMs };
  }

  private get everyMs(): number {
    return Math.max(100, Math.floor(this.options.ttlMs / 3));
  }

  /** Waits until this instance holds the lease; false if `signal` aborts first. */
  async acquire(signal: AbortSignal): Promise<boolean> {
    const { log } = this.options;
    while (!signal.aborted) {
      try {
        if (await tryAcquireLease(this.options.db, this.fence)) {
          log.info({ event: 'mailbox_lease_acquired', holder: this.fence.holder });
          this.standingBy = false;
          return true;
        }
        if (!this.standingBy) log.info({ event: 'mailbox_lease_standby', holder: this.fence.holder }, 'another instance reads the mailbox; standing by');
        this.standingBy = true;
      } catch (err) {
        log.warn({ event: 'mailbox_lease_error', code: errorCode(err) }, 'the mailbox lease could not be read or renewed; tried again shortly (check DATABASE_URL)');
      }
      await sleep(this.everyMs, signal);
    }
    return false;
  }

  /**
   * Renews the lease while `client` is open; closes it when another instance holds the lease,
   * or when no renewal has succeeded for a whole lease time (the database is unreachable, so
   * another instance may take over). Time is measured on the monotonic clock: a moved wall
   * clock (tests, NTP) changes nothing here, and expiry itself is judged by the database.
   */
  keepWhileOpen(client: Closable): void {
    const { db, log, ttlMs } = this.options;
    let renewedAt = performance.now();
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      tryAcquireLease(db, this.fence)
        .then((held) => {
          if (held) renewedAt = performance.now();
          else lose('taken_over');
        })
        .catch((err: unknown) => {
          log.warn({ event: 'mailbox_lease_error', code: errorCode(err) }, 'the mailbox lease could not be read or renewed; tried again shortly (check DATABASE_URL)');
          if (performance.now() - renewedAt >= ttlMs) lose('not_renewed');
        })
        .finally(() => (busy = false));
    }, this.everyMs);
    const lose = (why: string) => {
      clearInterval(timer);
      log.warn({ event: 'mailbox_lease_lost', why }, 'the mailbox lease was lost; reading stops');
      client.close();
    };
    client.once('close', () => clearInterval(timer));
  }

  /** A clean stop gives the lease up, so a standby takes over at its next try. */
  async release(): Promise<void> {
    await releaseLease(this.options.db, this.fence).catch(() => undefined);
  }
}

/** A driver's error code (never its message: it may carry bound values). */
function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.name : 'unknown';
}
