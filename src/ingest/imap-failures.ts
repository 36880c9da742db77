import type { Logger } from '../shared/logger.js';
import { FailureStreak, type StreakOptions } from '../shared/backoff.js';
import { LogThrottle } from '../shared/log-throttle.js';
import { safeError } from '../shared/safe-error.js';

/** A failure that ends the IMAP session and waits out the backoff before the next connect. */
export type SessionFailure = 'imap_error' | 'imap_login_failed' | 'imap_pass_failed' | 'imap_closed';

/**
 * The IMAP source's failures: one streak drives the reconnect backoff, and each kind of failure
 * is one JSON line (class, code, attempt, the wait), at most once a minute with a count of the
 * repeats (issue 13, must-show 4). A database outage at the 60 s cap costs about two lines a
 * minute instead of a stack trace a second.
 */
export class ImapFailures {
  private readonly streak: FailureStreak;

  constructor(
    private readonly log: Logger,
    backoff: StreakOptions = {},
    private readonly throttle = new LogThrottle(),
  ) {
    this.streak = new FailureStreak(backoff);
  }

  /** Records a failure of the session (connecting, a pass, or a close); returns the wait before the next connect. */
  sessionFailed(stage: 'connect' | 'pass' | 'closed', err: unknown = null): number {
    const { attempt, delayMs } = this.streak.fail();
    const event = sessionEvent(stage, err);
    const safe = stage === 'closed' ? null : safeError(err);
    const admitted = this.throttle.admit(`${event}:${safe?.type ?? ''}:${safe?.code ?? safe?.serverResponseCode ?? ''}`);
    if (admitted === null) return delayMs;
    const fields = { event, ...(safe ? { err: safe } : {}), attempt, retryInMs: delayMs, ...(admitted.repeated > 0 ? { repeated: admitted.repeated } : {}) };
    if (event === 'imap_login_failed') {
      // The running daemon's account of a wrong password: not "Command failed", but what and where.
      this.log.error({ ...fields, variable: 'IMAP_URL' }, 'the IMAP server refused the login: check the user name and password in IMAP_URL');
    } else if (event === 'imap_pass_failed') {
      this.log.error(fields, 'reading the mailbox failed; reconnecting after a backoff');
    } else {
      this.log.warn(fields, event === 'imap_closed' ? 'IMAP connection closed; reconnecting' : 'IMAP connection failed');
    }
    return delayMs;
  }

  /** A pass committed messages: the streak is over, and the next failure is news again. */
  committed(): void {
    const failures = this.streak.succeed();
    if (failures === 0) return;
    this.throttle.clear();
    this.log.info({ event: 'imap_recovered', failures }, 'reading the mailbox again');
  }

  /** A connect that worked (at most one line a minute: in a streak every retry connects). */
  connected(fields: Record<string, unknown>): void {
    const admitted = this.throttle.admit('imap_connected');
    if (admitted) this.log.info({ event: 'imap_connected', ...fields, attempt: this.streak.attempts, ...(admitted.repeated > 0 ? { repeated: admitted.repeated } : {}) });
  }

  /** A failure that does not end the session (a client error event, a failed move), throttled the same way. */
  warn(event: string, err: unknown, fields: Record<string, unknown> = {}, advice = 'retried by itself; nothing to do unless it repeats'): void {
    const safe = safeError(err);
    const admitted = this.throttle.admit(`${event}:${safe.type}:${safe.code ?? safe.serverResponseCode ?? ''}`);
    if (admitted) this.log.warn({ event, err: safe, ...fields, ...(admitted.repeated > 0 ? { repeated: admitted.repeated } : {}) }, advice);
  }
}

function sessionEvent(stage: 'connect' | 'pass' | 'closed', err: unknown): SessionFailure {
  if (stage === 'closed') return 'imap_closed';
  if ((err as { authenticationFailed?: unknown } | null)?.authenticationFailed === true) return 'imap_login_failed';
  return stage === 'pass' ? 'imap_pass_failed' : 'imap_error';
}
