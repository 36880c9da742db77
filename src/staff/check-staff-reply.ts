import type { DNSResolver } from 'mailauth';
import type { InboundMail } from '../pipeline/types.js';
import { authenticateStaffReply } from './authenticate-staff-reply.js';
import { findReplyKey, verifyReplyKey, type ReplyKeyFailure } from './reply-key.js';

export interface StaffReplySettings {
  botAddress: string;
  /** Configured staff addresses, lower case. */
  staffAddresses: readonly string[];
  /** Server secret of the reply keys (at least 32 bytes). */
  replyKeySecret: string | Buffer;
  trustedAuthservId: string | null;
  resolver?: DNSResolver;
}

/** Which of the three checks of email-rules §4 refused a staff reply. */
export type StaffReplyRefusal =
  | { check: 'reply_key'; reason: ReplyKeyFailure | 'missing' }
  | { check: 'from'; reason: 'not_staff' }
  | { check: 'authentication'; reason: string };

export type StaffReplyCheck =
  | { ok: true; reference: string; staffAddress: string; authenticatedVia: 'authentication-results' | 'dkim' }
  | ({ ok: false; fromAddress: string | null; reference: string | null } & StaffReplyRefusal);

/** Every address the message was delivered to: where a reply key can be. */
export function recipientsOf(mail: InboundMail): string[] {
  const delivered = ['delivered-to', 'x-original-to'].flatMap((name) => mail.headers.get(name) ?? []);
  return [...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address), ...delivered.map((a) => a.trim().replace(/^<|>$/g, ''))];
}

/** True when the message was sent to a staff reply-key address: it takes the staff path, never the consumer path. */
export function isStaffReply(mail: InboundMail, botAddress: string): boolean {
  return findReplyKey(recipientsOf(mail), botAddress) !== null;
}

/**
 * The three checks a staff reply must pass before it may change anything (email-rules §4): a
 * valid, unexpired reply key for this thread and this staff member; From equal to a configured
 * staff address; and sender authentication (trusted Authentication-Results, else our own DKIM
 * check). The first failing check is returned, typed, for the audit log and the digest.
 */
export async function checkStaffReply(mail: InboundMail, raw: Buffer, settings: StaffReplySettings, now: Date): Promise<StaffReplyCheck> {
  const fromAddress = mail.from?.address.toLowerCase() ?? null;
  const key = findReplyKey(recipientsOf(mail), settings.botAddress);
  if (!key) return { ok: false, fromAddress, reference: null, check: 'reply_key', reason: 'missing' };
  if (!fromAddress || !settings.staffAddresses.includes(fromAddress)) return { ok: false, fromAddress, reference: null, check: 'from', reason: 'not_staff' };
  const keyCheck = verifyReplyKey(settings.replyKeySecret, key, { fromAddress, staffAddresses: settings.staffAddresses, now });
  if (!keyCheck.ok) return { ok: false, fromAddress, reference: null, check: 'reply_key', reason: keyCheck.reason };
  const auth = await authenticateStaffReply(raw, mail.headers, fromAddress, {
    trustedAuthservId: settings.trustedAuthservId,
    now,
    ...(settings.resolver ? { resolver: settings.resolver } : {}),
  });
  if (!auth.ok) return { ok: false, fromAddress, reference: keyCheck.reference, check: 'authentication', reason: `${auth.check}: ${auth.detail}` };
  return { ok: true, reference: keyCheck.reference, staffAddress: fromAddress, authenticatedVia: auth.via };
}
