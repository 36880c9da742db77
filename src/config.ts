import { z } from 'zod';
import { cronExpression, emailAddress, httpUrl, isTimeZone, mailUrl, positiveInt, yesNo } from './config-fields.js';
import type { BusinessDeclarations } from './workflow/business-declarations.js';
import { staffConfig, staffEnv, workflowConfig, workflowEnv, type StaffConfig, type WorkflowConfig } from './config-sections.js';
import { opsConfig, opsEnv, type OpsConfig } from './config-sections.js';

export type { StaffConfig, WorkflowConfig };

/**
 * Configuration, read from the environment (and `.env`, loaded by the CLI before this runs).
 * Validated once at start-up with zod: a bad value stops the daemon with a message naming the
 * variable, what is wrong, and an example of a good value.
 */

const envSchema = z.object({
  IMAP_URL: mailUrl(['imap', 'imaps'], 'imap://user:pass@127.0.0.1:14143/INBOX').optional(),
  IMAP_PROCESSED_FOLDER: z.string().trim().min(1).default('Processed'),
  SMTP_URL: mailUrl(['smtp', 'smtps'], 'smtp://user:pass@127.0.0.1:587').optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: (e.g. sqlite:./var/ccpa.sqlite) or postgres://')
    .default('sqlite:./var/ccpa.sqlite'),
  BOT_ADDRESS: emailAddress.optional(),
  STAFF_ADDRESSES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(emailAddress)),
  TIMEZONE: z.string().trim().default('America/Los_Angeles').refine(isTimeZone, 'must be an IANA time zone such as America/Los_Angeles'),
  MAILDIR_PATH: z.string().trim().default('./var/mail'),
  OUTBOX_DIR: z.string().trim().default('./var/outbox'),
  POLL_SCHEDULE: cronExpression.default('*/1 * * * *'),
  OUTBOX_SCHEDULE: cronExpression.default('*/1 * * * *'),
  OUTBOX_MAX_ATTEMPTS: positiveInt(8),
  MAILBOX_LEASE_SECONDS: positiveInt(30),
  OUTBOX_CLAIM_LEASE_SECONDS: positiveInt(600),
  RESPONSE_DAYS: positiveInt(45),
  REVIEW_THRESHOLD: z.coerce.number().min(0).max(1).default(0.99), // DEFAULT_REVIEW_THRESHOLD (classify-message.ts)
  REPLY_LIMIT_PER_SENDER_PER_DAY: positiveInt(1),
  REPLY_LIMIT_PER_THREAD_PER_DAY: positiveInt(5),
  HOLIDAYS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((d) => d.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a comma-separated list of YYYY-MM-DD dates'))),
  BUSINESS_NAME: z.string().trim().min(1).default('MTBC'),
  // What the privacy notice declares (defaults: the seed notice); the consumer mail follows it.
  BUSINESS_SELLS_PERSONAL_INFORMATION: yesNo(false),
  BUSINESS_SHARES_PERSONAL_INFORMATION: yesNo(false),
  BUSINESS_USES_SERVICE_PROVIDERS: yesNo(true),
  PRIVACY_NOTICE_URL: httpUrl.optional(),
  PRIVACY_NOTICE_PHONE: z.string().trim().regex(/^\+?[0-9][0-9 ().-]{5,}$/, 'must be a telephone number such as 1-866-266-6822').default('1-866-266-6822'),
  TEMPLATES_DIR: z.string().trim().optional(),
  INSTANCE_ID: z.string().trim().regex(/^[A-Za-z0-9._-]+$/, 'must be letters, digits, dot, dash or underscore').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...workflowEnv,
  ...staffEnv,
  ...opsEnv,
});


/** Where the mailbox is read from: a real IMAP server, or the embedded local Maildir. */
export type MailSourceConfig =
  | { kind: 'imap'; url: URL; processedFolder: string }
  | { kind: 'maildir'; path: string };

/** Where replies go: a real SMTP server, or `.eml` files in a folder (embedded default). */
export type TransportConfig = { kind: 'smtp'; url: URL } | { kind: 'directory'; path: string };

export interface Config {
  source: MailSourceConfig;
  transport: TransportConfig;
  databaseUrl: string;
  botAddress: string;
  staffAddresses: string[];
  timeZone: string;
  pollSchedule: string;
  outboxSchedule: string;
  outboxMaxAttempts: number;
  /** How long an instance's claim to read the IMAP mailbox lasts unrenewed (several instances, see README). */
  mailboxLeaseMs: number;
  /** A reply claimed for sending longer ago than this was abandoned by a crashed sender (re-sent, same Message-ID). */
  outboxClaimLeaseMs: number;
  responseDays: number;
  holidays: string[];
  /** Classification confidence below which a message goes to staff instead of being answered. */
  reviewThreshold: number;
  replyLimits: { perSenderPerKindPerDay: number; perThreadPerDay: number };
  businessName: string;
  /** What the privacy notice declares; the completion and denial texts follow it. */
  business: BusinessDeclarations;
  /** Operator folder whose templates override the bundled ones, file by file. */
  templatesDir: string | null;
  instanceId: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  workflow: WorkflowConfig;
  staff: StaffConfig;
  ops: OpsConfig;
}

/** A configuration problem, with every message a human needs to fix it. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSet these in the environment or in .env (see .env.example).`);
    this.name = 'ConfigError';
  }
}

/** The address used when nothing is configured and the bot runs on its embedded Maildir. */
export const EMBEDDED_BOT_ADDRESS = 'compliance@example.com';

/**
 * Reads and validates the configuration.
 * @param env - the environment to read; `process.env` by default, a plain object in tests.
 * @throws ConfigError listing every invalid or missing variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.IMAP_URL && !e.SMTP_URL) problems.push('SMTP_URL is required when IMAP_URL is set (replies must leave by SMTP)');
  if (e.IMAP_URL && !e.BOT_ADDRESS) problems.push('BOT_ADDRESS is required when IMAP_URL is set, e.g. compliance@example.com');
  // A real mailbox hands requests to staff every day (flags, the digest, the §7021 and §7022 decisions):
  // with no one to send them to, they would wait unseen until a deadline passed.
  if (e.IMAP_URL && e.STAFF_ADDRESSES.length === 0) problems.push('STAFF_ADDRESSES is required when IMAP_URL is set: the privacy staff who get flag mail and the digest, comma-separated, e.g. privacy-team@example.com');
  if (problems.length > 0) throw new ConfigError(problems);

  const source: MailSourceConfig = e.IMAP_URL
    ? { kind: 'imap', url: new URL(e.IMAP_URL), processedFolder: e.IMAP_PROCESSED_FOLDER }
    : { kind: 'maildir', path: e.MAILDIR_PATH };
  const transport: TransportConfig = e.SMTP_URL
    ? { kind: 'smtp', url: new URL(e.SMTP_URL) }
    : { kind: 'directory', path: e.OUTBOX_DIR };
  return {
    source,
    transport,
    databaseUrl: e.DATABASE_URL,
    botAddress: e.BOT_ADDRESS ?? EMBEDDED_BOT_ADDRESS,
    staffAddresses: e.STAFF_ADDRESSES,
    timeZone: e.TIMEZONE,
    pollSchedule: e.POLL_SCHEDULE,
    outboxSchedule: e.OUTBOX_SCHEDULE,
    outboxMaxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    mailboxLeaseMs: e.MAILBOX_LEASE_SECONDS * 1000,
    outboxClaimLeaseMs: e.OUTBOX_CLAIM_LEASE_SECONDS * 1000,
    responseDays: e.RESPONSE_DAYS,
    holidays: e.HOLIDAYS,
    reviewThreshold: e.REVIEW_THRESHOLD,
    replyLimits: { perSenderPerKindPerDay: e.REPLY_LIMIT_PER_SENDER_PER_DAY, perThreadPerDay: e.REPLY_LIMIT_PER_THREAD_PER_DAY },
    businessName: e.BUSINESS_NAME,
    business: {
      sellsPersonalInformation: e.BUSINESS_SELLS_PERSONAL_INFORMATION,
      sharesPersonalInformation: e.BUSINESS_SHARES_PERSONAL_INFORMATION,
      usesServiceProviders: e.BUSINESS_USES_SERVICE_PROVIDERS,
      noticeUrl: e.PRIVACY_NOTICE_URL ?? null,
      noticePhone: e.PRIVACY_NOTICE_PHONE,
    },
    templatesDir: e.TEMPLATES_DIR ?? null,
    instanceId: e.INSTANCE_ID ?? 'ccpa-mailbot',
    logLevel: e.LOG_LEVEL,
    workflow: workflowConfig(e),
    staff: staffConfig(e),
    ops: opsConfig(e),
  };
}
