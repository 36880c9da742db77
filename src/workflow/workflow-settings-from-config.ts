import type { Config } from '../config.js';
import { DEFAULT_CLOCK_CONFIG, type ClockConfig } from '../pipeline/decide/clocks.js';
import { templateDirs } from '../compose.js';
import { loadTemplates } from '../mail/render-template.js';
import { DEFAULT_WORKFLOW_SETTINGS, type WorkflowDeps, type WorkflowSettings } from './workflow-settings.js';

/** The legal clocks as configured: one object shared by the inbound decision and the workflow. */
export function clockConfig(config: Config): ClockConfig {
  return {
    ...DEFAULT_CLOCK_CONFIG,
    timeZone: config.timeZone,
    holidays: config.holidays,
    responseCalendarDays: config.responseDays,
    confirmBusinessDays: config.workflow.confirmBusinessDays,
    extensionCalendarDays: config.workflow.extensionDays,
    optOutBusinessDays: config.workflow.optOutBusinessDays,
  };
}

/** The workflow's settings from the configuration. */
export function workflowSettings(config: Config): WorkflowSettings {
  const w = config.workflow;
  return {
    ...DEFAULT_WORKFLOW_SETTINGS,
    clocks: clockConfig(config),
    degree: { deletion: w.deletionDegree, correction: w.correctionDegree, emailControlCountsAsDataPoint: true },
    codePolicy: { ttlMs: w.codeTtlDays * 86_400_000, maxAttempts: w.maxAttempts },
    secret: w.verificationSecret,
    reminderAfterDays: w.reminderAfterDays,
    staffAlertDaysBefore: w.staffAlertDaysBefore,
    rawRetentionDays: w.rawRetentionDays,
    verificationRetentionDays: w.verificationRetentionDays,
  };
}

/** Templates, reply identity and settings for the workflow outside the inbound path (CLI, sweeps). */
export function workflowDeps(config: Config): WorkflowDeps {
  return {
    templates: loadTemplates(templateDirs(config)),
    reply: { botAddress: config.botAddress, botName: `${config.businessName} Privacy Team`, businessName: config.businessName, instanceId: config.instanceId },
    workflow: workflowSettings(config),
  };
}
