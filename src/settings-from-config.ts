import path from 'node:path';
import type { Config } from './config.js';
import { packageRoot } from './package-root.js';
import { DEFAULT_CLOCK_CONFIG, type ClockConfig } from './pipeline/decide/clocks.js';
import type { PipelineSettings } from './pipeline/process-message.js';
import { LOOP_HEADER } from './mail/compose-mail.js';
import type { SenderIdentity } from './mail/sender-identity.js';
import { parseDigestTime } from './digest/digest-schedule.js';
import type { DigestSettings } from './digest/send-digest.js';
import type { StaffLoopSettings } from './staff/handle-staff-reply.js';
import { DEFAULT_REPLY_KEY_DAYS } from './staff/queue-staff-mail.js';
import { storedSecret } from './store/bot-secrets.js';
import type { Db } from './store/db.js';
import { DEFAULT_WORKFLOW_SETTINGS, type WorkflowSettings } from './workflow/workflow-settings.js';

/**
 * The configuration turned into the settings each layer declares for itself. Only the root reads
 * `Config`; everything below it is handed the part it needs. Pure, except `staffLoopSettings`,
 * which may read (or make once) the reply-key secret kept in the database.
 */

/** Who we are on every message we send: one identity for consumer, staff and digest mail. */
export function senderIdentity(config: Config): SenderIdentity {
  return {
    name: `${config.businessName} Privacy Team`,
    address: config.botAddress,
    messageIdDomain: config.botAddress.split('@')[1] ?? 'localhost',
    instanceId: config.instanceId,
    businessName: config.businessName,
  };
}

/** The bundled templates, after any operator override folder. */
export function templateDirs(config: Config): string[] {
  return [...(config.templatesDir ? [path.resolve(config.templatesDir)] : []), path.join(packageRoot(), 'templates')];
}

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

/** The pipeline's settings: what screening recognises as our own mail, the clocks, the review threshold and reply limits. */
export function pipelineSettings(config: Config, sender: SenderIdentity = senderIdentity(config)): PipelineSettings {
  return {
    screen: { ownAddresses: [sender.address], messageIdDomain: sender.messageIdDomain, loopHeader: LOOP_HEADER.toLowerCase() },
    clocks: clockConfig(config),
    reviewThreshold: config.reviewThreshold,
    replyLimits: config.replyLimits,
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
    copyMaxBytes: w.copyMaxBytes,
    business: config.business,
    hipaaForwardAddress: w.hipaaForwardAddress,
    agentPermissionAutoAccept: w.agentPermissionAutoAccept,
  };
}

/** The digest's settings; `DIGEST_TIME` is `HH:MM` in the configured zone. */
export function digestSettings(config: Config, sender: SenderIdentity = senderIdentity(config)): DigestSettings {
  return {
    staffAddresses: config.staffAddresses,
    timeZone: config.timeZone,
    digestTime: parseDigestTime(config.staff.digestTime),
    sender,
  };
}

/** The staff loop's own options: STAFF_REPLY_SECRET, TRUSTED_AUTHSERV_ID, STAFF_REPLY_KEY_DAYS. */
export interface StaffLoopOptions {
  /** HMAC key of the reply keys; null: generated once and kept in the database. */
  replyKeySecret: string | null;
  /** The authserv-id of the operator's receiving server; null: the bot checks DKIM itself. */
  trustedAuthservId: string | null;
  /** How long a flag mail's reply key stays valid. */
  replyKeyDays?: number;
}

/**
 * Everything the staff path needs, from the configuration and the staff loop's options. The
 * reply-key secret, when not configured, is generated once and stored like the verification
 * code secret, so every instance and every restart issues and checks the same keys.
 */
export async function staffLoopSettings(
  config: Config,
  options: StaffLoopOptions,
  db: Db,
  now: Date,
  sender: SenderIdentity = senderIdentity(config),
): Promise<StaffLoopSettings & { timeZone: string }> {
  return {
    sender,
    botAddress: sender.address,
    staffAddresses: config.staffAddresses,
    timeZone: config.timeZone,
    replyKeySecret: options.replyKeySecret ?? (await storedSecret(db, 'staff_reply_key_hmac', now)),
    replyKeyDays: options.replyKeyDays ?? DEFAULT_REPLY_KEY_DAYS,
    trustedAuthservId: options.trustedAuthservId?.toLowerCase() ?? null,
  };
}
