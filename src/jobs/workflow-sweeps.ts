import type { Config } from '../config.js';
import type { Logger } from '../shared/logger.js';
import type { Db } from '../store/db.js';
import { runRetention } from '../workflow/run-retention.js';
import { runWorkflowSweeps } from '../workflow/run-sweeps.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import type { Job } from './schedule-jobs.js';

/**
 * The workflow's scheduled jobs: the sweep (reminders, unverifiable denials, staff alerts,
 * overdue flags) and the retention job (raw bodies and verification data). `onQueued` drains
 * the outbox when a sweep queued mail.
 */
export function workflowJobs(config: Config, db: Db, deps: WorkflowDeps, log: Logger, onQueued: () => void): Job[] {
  return [
    {
      name: 'workflow-sweep',
      schedule: config.workflow.sweepSchedule,
      run: async () => {
        const summary = await runWorkflowSweeps(db, deps, new Date());
        if (summary.reminders + summary.denied + summary.overdue + summary.alerts > 0) {
          log.info({ event: 'workflow_sweep', ...summary });
          onQueued();
        }
      },
    },
    {
      name: 'retention',
      schedule: config.workflow.retentionSchedule,
      run: async () => {
        const summary = await runRetention(db, deps.workflow, new Date());
        log.info({ event: 'retention', ...summary });
      },
    },
  ];
}
