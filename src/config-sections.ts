import { z } from 'zod';
import { cronExpression, emailAddress, positiveInt, yesNo } from './config-fields.js';

/**
 * The configuration of the request workflow (issue 5) and of the staff loop (issue 6): their
 * environment variables and the typed settings made from them. `config.ts` merges them into the
 * one schema validated at start-up.
 */

export const workflowEnv = {
  CONFIRM_BUSINESS_DAYS: positiveInt(10),
  EXTENSION_DAYS: positiveInt(45),
  OPT_OUT_BUSINESS_DAYS: positiveInt(15),
  VERIFICATION_SECRET: z.string().trim().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -hex 32`').optional(),
  VERIFICATION_CODE_TTL_DAYS: positiveInt(14),
  VERIFICATION_MAX_ATTEMPTS: positiveInt(5),
  DELETION_VERIFICATION: z.enum(['reasonable', 'reasonably_high']).default('reasonable'),
  CORRECTION_VERIFICATION: z.enum(['reasonable', 'reasonably_high']).default('reasonable'),
  REMINDER_AFTER_DAYS: positiveInt(7),
  STAFF_ALERT_DAYS_BEFORE: z.coerce.number().int().min(0).default(5),
  SWEEP_SCHEDULE: cronExpression.default('*/15 * * * *'),
  RETENTION_SCHEDULE: cronExpression.default('30 3 * * *'),
  RAW_RETENTION_DAYS: positiveInt(90),
  VERIFICATION_RETENTION_DAYS: z.coerce.number().int().min(0).default(0),
  // 10 MB: what most providers accept in one message after base64 (Gmail 25 MB, Microsoft 365 20-35 MB).
  COPY_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  /** Who handles patient-record requests (HIPAA, §1798.146(a)(1)): `forward` sends such a message there. */
  HIPAA_FORWARD_ADDRESS: emailAddress.optional(),
  /** An agent's attachment counts as the signed permission without a staff check (§7063(a)(1)); off: staff `approve` it. */
  AGENT_PERMISSION_AUTO_ACCEPT: yesNo(false),
};

export const staffEnv = {
  STAFF_REPLY_SECRET: z.string().trim().min(32, 'must be at least 32 characters, e.g. the output of `openssl rand -hex 32`').optional(),
  TRUSTED_AUTHSERV_ID: z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, 'must be the host name your receiving mail server writes in Authentication-Results, e.g. mx.example.com').optional(),
  STAFF_REPLY_KEY_DAYS: positiveInt(30),
  DIGEST_TIME: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM such as 08:00').default('08:00'),
};

/** The request workflow's settings (issue 5): clocks beyond the response days, verification, sweeps, retention. */
export interface WorkflowConfig {
  confirmBusinessDays: number;
  extensionDays: number;
  optOutBusinessDays: number;
  /** Null: a secret is generated once and kept in the database (embedded default only, see README). */
  verificationSecret: string | null;
  codeTtlDays: number;
  maxAttempts: number;
  deletionDegree: 'reasonable' | 'reasonably_high';
  correctionDegree: 'reasonable' | 'reasonably_high';
  reminderAfterDays: number;
  staffAlertDaysBefore: number;
  sweepSchedule: string;
  retentionSchedule: string;
  rawRetentionDays: number;
  verificationRetentionDays: number;
  copyMaxBytes: number;
  /** Where `forward` sends a HIPAA matter; null: staff forward it by hand, then `close`. */
  hipaaForwardAddress: string | null;
  /** True: an agent's attachment is taken as the signed permission; false (default): staff accept it with `approve`. */
  agentPermissionAutoAccept: boolean;
}

/** The staff loop (issue 6): reply keys, sender authentication, the daily digest. */
export interface StaffConfig {
  /** HMAC key of staff reply keys; null: generated once and kept in the database. */
  replyKeySecret: string | null;
  /** authserv-id of the operator's receiving server; null: the bot verifies DKIM itself (RFC 8601 §5). */
  trustedAuthservId: string | null;
  replyKeyDays: number;
  /** `HH:MM` in the configured time zone. */
  digestTime: string;
}

type WorkflowEnv = z.infer<z.ZodObject<typeof workflowEnv>>;
type StaffEnv = z.infer<z.ZodObject<typeof staffEnv>>;

/** The workflow's settings from its validated variables. */
export function workflowConfig(e: WorkflowEnv): WorkflowConfig {
  return {
    confirmBusinessDays: e.CONFIRM_BUSINESS_DAYS,
    extensionDays: e.EXTENSION_DAYS,
    optOutBusinessDays: e.OPT_OUT_BUSINESS_DAYS,
    verificationSecret: e.VERIFICATION_SECRET ?? null,
    codeTtlDays: e.VERIFICATION_CODE_TTL_DAYS,
    maxAttempts: e.VERIFICATION_MAX_ATTEMPTS,
    deletionDegree: e.DELETION_VERIFICATION,
    correctionDegree: e.CORRECTION_VERIFICATION,
    reminderAfterDays: e.REMINDER_AFTER_DAYS,
    staffAlertDaysBefore: e.STAFF_ALERT_DAYS_BEFORE,
    sweepSchedule: e.SWEEP_SCHEDULE,
    retentionSchedule: e.RETENTION_SCHEDULE,
    rawRetentionDays: e.RAW_RETENTION_DAYS,
    verificationRetentionDays: e.VERIFICATION_RETENTION_DAYS,
    copyMaxBytes: e.COPY_MAX_BYTES,
    hipaaForwardAddress: e.HIPAA_FORWARD_ADDRESS ?? null,
    agentPermissionAutoAccept: e.AGENT_PERMISSION_AUTO_ACCEPT,
  };
}

/** The staff loop's settings from its validated variables. */
export function staffConfig(e: StaffEnv): StaffConfig {
  return {
    replyKeySecret: e.STAFF_REPLY_SECRET ?? null,
    trustedAuthservId: e.TRUSTED_AUTHSERV_ID ?? null,
    replyKeyDays: e.STAFF_REPLY_KEY_DAYS,
    digestTime: e.DIGEST_TIME,
  };
}

/** Operating it (issue 17): the health and metrics endpoint, its thresholds, the log format. */
export const opsEnv = {
  METRICS_PORT: z.coerce.number().int().min(1, 'must be a TCP port from 1 to 65535, e.g. 9464').max(65535, 'must be a TCP port from 1 to 65535, e.g. 9464').optional(),
  METRICS_HOST: z.string().trim().regex(/^[A-Za-z0-9.:-]+$/, 'must be an address to listen on, e.g. 127.0.0.1 (the default) or 0.0.0.0').default('127.0.0.1'),
  HEALTH_MAX_READ_AGE_SECONDS: z.coerce.number().int().positive().optional(),
  HEALTH_OUTBOX_OVERDUE_SECONDS: positiveInt(900),
  LOG_FORMAT: z.enum(['json', 'pretty'], { message: 'must be json or pretty (unset: pretty on a terminal, JSON otherwise)' }).optional(),
};

/** The health and metrics endpoint; `null` port: off. */
export interface OpsConfig {
  metricsPort: number | null;
  metricsHost: string;
  /** Null: three poll intervals (the longest gap between POLL_SCHEDULE's coming runs). */
  maxReadAgeMs: number | null;
  outboxOverdueMs: number;
  /** Null: pretty when the log goes to a terminal, JSON otherwise. */
  logFormat: 'json' | 'pretty' | null;
}

type OpsEnv = z.infer<z.ZodObject<typeof opsEnv>>;

export function opsConfig(e: OpsEnv): OpsConfig {
  return {
    metricsPort: e.METRICS_PORT ?? null,
    metricsHost: e.METRICS_HOST,
    maxReadAgeMs: e.HEALTH_MAX_READ_AGE_SECONDS === undefined ? null : e.HEALTH_MAX_READ_AGE_SECONDS * 1000,
    outboxOverdueMs: e.HEALTH_OUTBOX_OVERDUE_SECONDS * 1000,
    logFormat: e.LOG_FORMAT ?? null,
  };
}
