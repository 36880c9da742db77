import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';

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
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await job.run();
        } catch (err) {
          log.error({ event: 'job_failed', job: job.name, err: String(err) });
        }
      },
      { timezone: timeZone, name: job.name, noOverlap: true },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
    },
  };
}
