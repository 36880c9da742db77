import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../shared/logger.js';
import { safeError } from '../shared/safe-error.js';

export interface Job {
  name: string;
  schedule: string;
  run: () => Promise<void>;
}

/**
 * Starts each job on its node-cron schedule in the configured time zone. A run that throws is
 * logged and the schedule goes on; `noOverlap` keeps a slow run from stacking up behind itself.
 */
export function scheduleJobs(jobs: Job[], timeZone: string, log: Logger): { stop(): Promise<void> } {
  const tasks: ScheduledTask[] = jobs.map((job) => {
    // node-cron's own messages ("task still running" while a backlog is worked through) join the
    // structured log instead of interrupting it as plain text on stderr.
    const cronLog = log.child({ job: job.name });
    const logger = {
      info: (message: string) => cronLog.debug({ event: 'cron_info' }, message),
      // An overlap is expected while a long run (a backlog) is still going: not worth a warning.
      warn: (message: string) => (/still running/.test(message) ? cronLog.debug({ event: 'cron_overlap' }, message) : cronLog.warn({ event: 'cron_warning' }, message)),
      error: (message: string | Error, err?: Error) => cronLog.error({ event: 'cron_error', err: safeError(err ?? message) }, 'the scheduler reported an error; the schedule goes on'),
      debug: (message: string | Error) => cronLog.trace({ event: 'cron_debug' }, String(message)),
    };
    return cron.schedule(
      job.schedule,
      async () => {
        try {
          await job.run();
        } catch (err) {
          log.error({ event: 'job_failed', job: job.name, err: safeError(err) }, 'a scheduled job failed; it runs again at its next time (see the error code)');
        }
      },
      { timezone: timeZone, name: job.name, noOverlap: true, logger },
    );
  });
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
    },
  };
}
