/** Exponential backoff with full jitter: 1 s, 2 s, 4 s ... capped, so a fleet does not reconnect in step. */
export function backoffDelay(attempt: number, baseMs = 1000, maxMs = 60_000, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Waits `ms`, or less if `signal` aborts; the abort listener is removed either way (a long outage sleeps many times). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface StreakOptions {
  /** First delay (default 1 s); each failure of the streak doubles it. */
  baseMs?: number;
  /** The cap (default 60 s): an outage costs about one try a minute. */
  maxMs?: number;
  /** Working this long after the last delay ended without a failure ends the streak (default 2 × maxMs). */
  quietMs?: number;
  now?: () => number;
  random?: () => number;
}

/**
 * A streak of failures that drives the backoff (issue 13, must-show 4). A successful connect does
 * not end it: a database that fails every batch lets IMAP connect at once each time, and a
 * backoff reset on connect would reconnect every second. It ends on `succeed()` (a pass that
 * committed) or when the work has gone quiet, without a failure, for `quietMs`.
 */
export class FailureStreak {
  private failures = 0;
  private quietFrom = 0;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly quietMs: number;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(options: StreakOptions = {}) {
    this.baseMs = options.baseMs ?? 1000;
    this.maxMs = options.maxMs ?? 60_000;
    this.quietMs = options.quietMs ?? 2 * this.maxMs;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /** Failures in the current streak (0: none). */
  get attempts(): number {
    return this.failures;
  }

  /** Records one failure: its number in the streak (from 1) and how long to wait before the next try. */
  fail(): { attempt: number; delayMs: number } {
    const now = this.now();
    if (this.failures > 0 && now - this.quietFrom >= this.quietMs) this.failures = 0;
    this.failures += 1;
    const delayMs = backoffDelay(this.failures - 1, this.baseMs, this.maxMs, this.random);
    this.quietFrom = now + delayMs;
    return { attempt: this.failures, delayMs };
  }

  /** Ends the streak; returns how many failures it had. */
  succeed(): number {
    const failures = this.failures;
    this.failures = 0;
    return failures;
  }
}
