import type { Config } from '../config.js';
import { storedSecret } from '../store/bot-secrets.js';
import type { Db } from '../store/db.js';
import type { StaffLoopSettings } from './handle-staff-reply.js';
import { DEFAULT_REPLY_KEY_DAYS } from './queue-staff-mail.js';

/** The staff loop's own settings; config.ts does not carry them yet (see the issue-6 report). */
export interface StaffLoopOptions {
  /** STAFF_REPLY_SECRET: HMAC key of the reply keys; null: generated once and kept in the database. */
  replyKeySecret: string | null;
  /** TRUSTED_AUTHSERV_ID: the authserv-id of the operator's receiving server; null: the bot checks DKIM itself. */
  trustedAuthservId: string | null;
  /** STAFF_REPLY_KEY_DAYS: how long a flag mail's reply key stays valid. */
  replyKeyDays?: number;
}

/**
 * Everything the staff path needs, from the configuration and the staff loop's options. The
 * reply-key secret, when not configured, is generated once and stored like the verification
 * code secret, so every instance and every restart issues and checks the same keys.
 */
export async function staffLoopSettings(config: Config, options: StaffLoopOptions, db: Db, now: Date): Promise<StaffLoopSettings & { timeZone: string }> {
  return {
    botAddress: config.botAddress,
    botName: `${config.businessName} Privacy Team`,
    businessName: config.businessName,
    instanceId: config.instanceId,
    staffAddresses: config.staffAddresses,
    timeZone: config.timeZone,
    replyKeySecret: options.replyKeySecret ?? (await storedSecret(db, 'staff_reply_key_hmac', now)),
    replyKeyDays: options.replyKeyDays ?? DEFAULT_REPLY_KEY_DAYS,
    trustedAuthservId: options.trustedAuthservId?.toLowerCase() ?? null,
  };
}
