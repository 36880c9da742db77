import type { Job } from '../jobs/schedule-jobs.js';
import { digestCron } from './digest-schedule.js';
import { sendDueDigest, type DigestDeps } from './send-digest.js';

/**
 * The daily digest as a scheduled job (node-cron, in the configured zone). The daemon also runs
 * `job.run()` once at start-up: that is the catch-up of a digest missed while it was down, and
 * does nothing when today's digest went out already. `onQueued` lets the daemon drain the outbox.
 */
export function digestJob(deps: DigestDeps, onQueued: () => void = () => undefined, now: () => Date = () => new Date()): Job {
  return {
    name: 'staff-digest',
    schedule: digestCron(deps.settings.digestTime),
    run: async () => {
      const result = await sendDueDigest(deps, now());
      if (result.outcome === 'queued') onQueued();
    },
  };
}
