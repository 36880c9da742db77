import type { Clock } from '../shared/clock.js';
import { digestCron } from '../digest/digest-schedule.js';
import { sendDueDigest, type DigestDeps } from '../digest/send-digest.js';
import type { Job } from './schedule-jobs.js';

/**
 * The daily digest as a scheduled job (node-cron, in the configured zone). The daemon also runs
 * `job.run()` once at start-up: that is the catch-up of a digest missed while it was down, and
 * does nothing when today's digest went out already. `onQueued` lets the daemon drain the outbox.
 */
export function digestJob(deps: DigestDeps, onQueued: () => void, clock: Clock): Job {
  return {
    name: 'staff-digest',
    schedule: digestCron(deps.settings.digestTime),
    run: async () => {
      const result = await sendDueDigest(deps, clock());
      if (result.outcome === 'queued') onQueued();
    },
  };
}
