import type { Db } from '../store/db.js';
import type { Logger } from '../shared/logger.js';
import { appendAudit } from '../store/audit-log.js';
import { claimDueEntries, holdForSetup, markFailed, markRetry, markSent, releaseClaims, releaseStaleClaims, type OutboxEntry, type SentRecord } from '../store/outbox.js';
import type { Clock } from '../shared/clock.js';
import { coalesce } from '../shared/coalesce.js';
import { DeliveryError, describeSetupProblem, SETUP_PROBLEMS, type SetupProblem } from './delivery-failure.js';
import { CODE_MAIL_KINDS, COPY_MAIL_KINDS, dropSentFiles, redactSentCode, sentDigest } from './redact-sent-code.js';
import type { ReplyTransport } from './transports.js';
import { hasSectionOf } from '../shared/mail-kind.js';

export interface OutboxSenderOptions {
  db: Db;
  transport: ReplyTransport;
  log: Logger;
  /** This instance's name, recorded on claimed rows. */
  claimant: string;
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to an hour. Also the first pause after a set-up failure. */
  retryBaseMs?: number;
  /** A row claimed longer ago than this is considered abandoned by a crashed sender. */
  claimLeaseMs?: number;
  /** The root's clock: when rows are due, claimed, sent and retried. */
  clock: Clock;
  /** Called after each batch of claimed rows is delivered (the daemon's heap budget). */
  afterBatch?: () => void;
  /** Keys the digest kept of each sent message (the verification secret); null: plain SHA-256. */
  recordKey?: string | null;
}

/** Sending paused by a failure of our own set-up: one row is tried again when `until` has passed. */
export interface SendingPause {
  problem: SetupProblem;
  code: string;
  since: Date;
  until: Date;
  tries: number;
}

const BATCH = 20;
/** Longest wait between two tries while paused: a refused login is not hammered (lockouts). */
const MAX_PAUSE_MS = 5 * 60_000;

/**
 * Drains the outbox: claims due rows, hands each to the transport, records the result. A failure
 * of our own set-up (delivery-failure.ts) pauses sending, logged once at error level with the
 * variable to fix; the rows stay pending, uncounted, and one is tried again after a growing pause
 * (or at once after a restart). Transient failures are retried with exponential backoff;
 * permanent ones (5xx) and exhausted retries stay `failed`, with an audit event, for staff.
 * `drain()` calls are coalesced.
 */
export class OutboxSender {
  readonly drain: () => Promise<void>;
  /** True while the last attempt ended in a transient failure or sending is paused (what the health line reports). */
  degraded = false;
  private pauseState: SendingPause | null = null;

  constructor(private readonly options: OutboxSenderOptions) {
    this.drain = coalesce(() => this.pass());
  }

  /** Why sending is paused, or null. */
  get pause(): Readonly<SendingPause> | null {
    return this.pauseState;
  }

  private now(): Date {
    return this.options.clock();
  }

  private async pass(): Promise<void> {
    const { db, claimant, log } = this.options;
    const released = await releaseStaleClaims(db, this.now(), this.options.claimLeaseMs ?? 10 * 60_000);
    if (released.length > 0) log.warn({ event: 'outbox_stale_claims_released', ids: released }, 'mail claimed by a sender that stopped mid-send goes out again with the same Message-ID; nothing to do');
    if (this.pauseState !== null && this.now() < this.pauseState.until) return;
    for (;;) {
      // While paused, one row tries the way; the rest wait until it gets through.
      const entries = await claimDueEntries(db, claimant, this.now(), this.pauseState === null ? BATCH : 1);
      if (entries.length === 0) return;
      for (const [index, entry] of entries.entries()) {
        if (!(await this.deliver(entry))) {
          await releaseClaims(db, entries.slice(index + 1).map((e) => e.id), claimant);
          return;
        }
      }
      this.options.afterBatch?.();
    }
  }

  /** Sends one row; false when sending is paused by our own set-up. */
  private async deliver(entry: OutboxEntry): Promise<boolean> {
    const { db, transport, log } = this.options;
    try {
      await transport.send(entry);
    } catch (err) {
      const failure = err instanceof DeliveryError ? err : new DeliveryError(String(err), 'transient', 'TRANSPORT_ERROR');
      if (failure.fault === 'setup' && failure.setup !== null) {
        await this.pauseSending(entry, failure.setup, failure.code);
        return false;
      }
      await this.recordFailure(entry, failure);
      return true;
    }
    await markSent(db, entry.id, this.now(), await this.sentRecord(entry));
    this.resume();
    log.info({ event: 'reply_sent', reference: entry.reference ?? null, outboxId: entry.id, kind: entry.kind, messageId: entry.messageId });
    return true;
  }

  private async recordFailure(entry: OutboxEntry, failure: DeliveryError): Promise<void> {
    const { db, log } = this.options;
    const attempt = entry.attempts + 1;
    if (failure.permanent || attempt >= this.options.maxAttempts) {
      await markFailed(db, entry.id, failure.message, failure.permanent ? 'recipient' : 'transient', this.now());
      await appendAudit(db, { event: 'reply_failed', actor: 'bot', requestId: entry.requestId, inboundMessageId: entry.inboundMessageId, detail: { outboxId: entry.id, code: failure.code, error: failure.message, attempts: attempt } }, this.now());
      log.error({ event: 'reply_failed', reference: entry.reference ?? null, outboxId: entry.id, code: failure.code, attempts: attempt }, `a reply was given up on and staff are told: see \`ccpa-mailbot outbox show ${entry.id}\`, fix the cause, then \`outbox retry ${entry.id}\``);
      return;
    }
    this.degraded = true;
    const delay = Math.min(3_600_000, (this.options.retryBaseMs ?? 30_000) * 2 ** (attempt - 1));
    await markRetry(db, entry.id, failure.message, new Date(this.now().getTime() + delay), this.now());
    log.warn({ event: 'reply_retry_scheduled', reference: entry.reference ?? null, outboxId: entry.id, code: failure.code, attempt, delayMs: delay }, 'the mail server refused for now; retried by itself, nothing to do unless it keeps failing');
  }

  /**
   * Our own side failed: the row goes back uncounted and sending pauses. Logged at error level
   * once per reason (not once a message), naming the variable and the fix; no server text,
   * which may quote an address.
   */
  private async pauseSending(entry: OutboxEntry, problem: SetupProblem, code: string): Promise<void> {
    const now = this.now();
    const previous = this.pauseState;
    const same = previous !== null && previous.problem === problem;
    const tries = same ? previous.tries + 1 : 1;
    const delay = Math.min(MAX_PAUSE_MS, (this.options.retryBaseMs ?? 30_000) * 2 ** (tries - 1));
    this.pauseState = { problem, code, since: same ? previous.since : now, until: new Date(now.getTime() + delay), tries };
    this.degraded = true;
    const reason = describeSetupProblem(problem, code);
    await holdForSetup(this.options.db, entry.id, reason, now);
    const { variable, fix } = SETUP_PROBLEMS[problem];
    if (same) this.options.log.debug({ event: 'outbox_still_paused', problem, code, tries, delayMs: delay });
    else this.options.log.error({ event: 'outbox_paused', problem, code, variable, fix }, `mail is not going out: ${reason}`);
  }

  private resume(): void {
    this.degraded = false;
    const pause = this.pauseState;
    if (pause === null) return;
    this.pauseState = null;
    this.options.log.info({ event: 'outbox_resumed', problem: pause.problem, pausedMs: this.now().getTime() - pause.since.getTime() });
  }

  /** The digest of what went out and, for a code mail, the masked copy that replaces it (issue 13 item 11). */
  private async sentRecord(entry: OutboxEntry): Promise<SentRecord> {
    const digest = sentDigest(entry.raw, this.options.recordKey ?? null);
    // A copy's files are the consumer's data: once delivered, the stored mail keeps only its text.
    if (hasSectionOf(entry.kind, COPY_MAIL_KINDS)) return { digest, redactedRaw: await dropSentFiles(entry.raw).catch(() => Buffer.alloc(0)) };
    if (!hasSectionOf(entry.kind, CODE_MAIL_KINDS)) return { digest, redactedRaw: null };
    try {
      const redacted = await redactSentCode(entry.raw);
      if (redacted.masked === 0) this.options.log.warn({ event: 'outbox_code_not_found', reference: entry.reference ?? null, outboxId: entry.id, kind: entry.kind }, 'no code found to mask in a sent code mail: its stored body is dropped instead');
      return { digest, redactedRaw: redacted.masked === 0 ? Buffer.alloc(0) : redacted.raw };
    } catch {
      // Whatever the parser chokes on, the live code must not stay: keep no body at all.
      return { digest, redactedRaw: Buffer.alloc(0) };
    }
  }
}
