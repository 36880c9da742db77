/**
 * At most one log line per kind of failure per interval (issue 13, must-show 4: "the same error
 * repeated is logged at most once a minute with a count"). The first occurrence is logged at
 * once; repeats inside the interval are counted, and the next line logged carries that count.
 */
export class LogThrottle {
  private readonly seen = new Map<string, { loggedAt: number; suppressed: number }>();

  constructor(
    private readonly intervalMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** null: stay silent. Otherwise log, with `repeated` the occurrences left unlogged since the last line. */
  admit(key: string): { repeated: number } | null {
    const now = this.now();
    const entry = this.seen.get(key);
    if (entry && now - entry.loggedAt < this.intervalMs) {
      entry.suppressed += 1;
      return null;
    }
    this.seen.set(key, { loggedAt: now, suppressed: 0 });
    return { repeated: entry?.suppressed ?? 0 };
  }

  /** Forgets every kind: after a recovery the next failure is news again. */
  clear(): void {
    this.seen.clear();
  }
}
