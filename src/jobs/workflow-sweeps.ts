import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/db.js';
import { runRetention } from '../workflow/run-retention.js';
import { runWorkflowSweeps } from '../workflow/run-sweeps.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import type { Job } from './schedule-jobs.js';

/** When the workflow's jobs run: node-cron expressions (SWEEP_SCHEDULE, RETENTION_SCHEDULE). */
export interface WorkflowSchedules {
  sweepSchedule: string;
  retentionSchedule: string;
}

/**
 * The workflow's scheduled jobs: the sweep (reminders, unverifiable denials, staff alerts,
 * overdue flags) and the retention job (raw bodies and verification data), both on the root's
 * clock. `onQueued` drains the outbox when a sweep queued mail.
 */
export function workflowJobs(schedules: WorkflowSchedules, db: Db, deps: WorkflowDeps, clock: Clock, log: Logger, onQueued: () => void): Job[] {
  return [
    {
      name: 'workflow-sweep',
      schedule: schedules.sweepSchedule,
      run: async () => {
        const summary = await runWorkflowSweeps(db, deps, clock());
        if (summary.reminders + summary.denied + summary.overdue + summary.alerts > 0) {
          log.info({ event: 'workflow_sweep', ...summary });
          onQueued();
        }
      },
    },
    {
      name: 'retention',
      schedule: schedules.retentionSchedule,
      run: async () => {
        const summary = await runRetention(db, deps.workflow, clock());
        log.info({ event: 'retention', ...summary });
      },
    },
  ];
}
