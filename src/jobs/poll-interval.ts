import cron from 'node-cron';

/** How many coming runs are looked at: enough to see an irregular schedule's longer gaps. */
const RUNS = 24;

/**
 * The longest gap between the coming runs of a node-cron schedule, in milliseconds: what "a poll
 * interval" means for `/healthz` when POLL_SCHEDULE is not a plain "every N" (issue 17). Null
 * when the schedule has fewer than two coming runs.
 */
export function longestGapMs(expression: string, timeZone: string): number | null {
  const task = cron.createTask(expression, () => undefined, { timezone: timeZone });
  try {
    const runs = task.getNextRuns(RUNS).map((d) => d.getTime());
    const gaps = runs.slice(1).map((t, i) => t - (runs[i] ?? t));
    return gaps.length === 0 ? null : Math.max(...gaps);
  } finally {
    void task.destroy();
  }
}
