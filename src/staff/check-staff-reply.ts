import type { DNSResolver } from 'mailauth';
import type { InboundMail } from '../pipeline/types.js';
import { authenticateStaffReply } from './authenticate-staff-reply.js';
import { findReplyKey, referenceOfKey, verifyReplyKey, type ReplyKeyFailure } from './reply-key.js';

export interface StaffReplySettings {
  botAddress: string;
  /** Configured staff addresses, lower case. */
  staffAddresses: readonly string[];
  /** Server secret of the reply keys (at least 32 bytes). */
  replyKeySecret: string | Buffer;
  trustedAuthservId: string | null;
  resolver?: DNSResolver;
}

/**
 * Which of the three checks of email-rules §4 refused a staff reply. `only_in_cc`: the key address
 * was only copied on a message written to someone else, which is no command to the bot.
 */
export type StaffReplyRefusal =
  | { check: 'reply_key'; reason: ReplyKeyFailure | 'missing' | 'only_in_cc' | 'no_reference' }
  | { check: 'from'; reason: 'not_staff' }
  | { check: 'authentication'; reason: string };

export type StaffReplyCheck =
  | { ok: true; reference: string; staffAddress: string; authenticatedVia: 'authentication-results' | 'dkim' }
  | ({ ok: false; fromAddress: string | null; reference: string | null; /** The sender passed authentication (checked only for a colleague's key). */ authenticated?: boolean } & StaffReplyRefusal);

/**
 * The addresses the message was written to: To, and the envelope recipient of the delivery into
 * the bot's mailbox. Each delivery prepends its Delivered-To (RFC 9228) or X-Original-To, so
 * only the topmost of each is our own delivery's; a lower one may have been written by the sender.
 */
export function addressedTo(mail: InboundMail): string[] {
  const envelope = ['delivered-to', 'x-original-to'].map((name) => mail.headers.get(name)?.[0]).filter((value): value is string => value !== undefined);
  return [...mail.to.map((a) => a.address), ...envelope.map((a) => a.trim().replace(/^<|>$/g, ''))];
}

/** Every address the message was delivered to: where a reply key can be found. */
export function recipientsOf(mail: InboundMail): string[] {
  return [...addressedTo(mail), ...mail.cc.map((a) => a.address)];
}

/**
 * True when the message was sent to a staff reply-key address: it takes the staff path, never the
 * consumer path. A key in Cc counts here, so such a message is refused and audited as a staff
 * reply rather than read as a consumer's mail.
 */
export function isStaffReply(mail: InboundMail, botAddress: string): boolean {
  return findReplyKey(recipientsOf(mail), botAddress) !== null;
}

/**
 * True when mail comes from a configured staff address: it takes the staff path, never the
 * consumer path, so staff writing to the bot never open a consumer request (issue 14 item 7).
 */
export function isFromStaff(mail: InboundMail, staffAddresses: readonly string[]): boolean {
  const from = mail.from?.address.toLowerCase();
  return from !== undefined && staffAddresses.includes(from);
}

/**
 * Fresh mail from a staff member (no reply key): the request is the reference in its subject, the
 * command its first line. Without a key, sender authentication alone stands for the staff member,
 * so it must pass as for a reply (email-rules §4); a refusal is audited like any other.
 */
async function checkFreshStaffMail(mail: InboundMail, raw: Buffer, settings: StaffReplySettings, now: Date, fromAddress: string): Promise<StaffReplyCheck> {
  const auth = await authenticateStaffReply(raw, fromAddress, { trustedAuthservId: settings.trustedAuthservId, now, ...(settings.resolver ? { resolver: settings.resolver } : {}) });
  if (!auth.ok) return { ok: false, fromAddress, reference: null, check: 'authentication', reason: `${auth.check}: ${auth.detail}` };
  const reference = /\bCCPA-\d{4}-\d{6}\b/i.exec(mail.subject)?.[0]?.toUpperCase() ?? null;
  if (!reference) return { ok: false, fromAddress, reference: null, check: 'reply_key', reason: 'no_reference', authenticated: true };
  return { ok: true, reference, staffAddress: fromAddress, authenticatedVia: auth.via };
}

/**
 * The three checks a staff reply must pass before it may change anything (email-rules §4): a
 * valid, unexpired reply key for this thread and this staff member; From equal to a configured
 * staff address; and sender authentication (trusted Authentication-Results, else our own DKIM
 * check). The first failing check is returned, typed, for the audit log and the digest.
 */
export async function checkStaffReply(mail: InboundMail, raw: Buffer, settings: StaffReplySettings, now: Date): Promise<StaffReplyCheck> {
  const fromAddress = mail.from?.address.toLowerCase() ?? null;
  // email-rules §4: the key must be in To or the envelope. A key only in Cc means the bot was copied
  // on mail written to someone else (a reply-all, a message to the consumer), not given a command.
  const key = findReplyKey(addressedTo(mail), settings.botAddress);
  if (!key && fromAddress && settings.staffAddresses.includes(fromAddress) && mail.cc.every((a) => findReplyKey([a.address], settings.botAddress) === null)) return checkFreshStaffMail(mail, raw, settings, now, fromAddress);
  if (!key) {
    const reason = findReplyKey(mail.cc.map((a) => a.address), settings.botAddress) ? 'only_in_cc' : 'missing';
    return { ok: false, fromAddress, reference: null, check: 'reply_key', reason };
  }
  if (!fromAddress || !settings.staffAddresses.includes(fromAddress)) return { ok: false, fromAddress, reference: null, check: 'from', reason: 'not_staff' };
  const keyCheck = verifyReplyKey(settings.replyKeySecret, key, { fromAddress, staffAddresses: settings.staffAddresses, now });
  const authenticate = () =>
    authenticateStaffReply(raw, fromAddress, {
      trustedAuthservId: settings.trustedAuthservId,
      now,
      ...(settings.resolver ? { resolver: settings.resolver } : {}),
    });
  // A colleague's genuine key from a genuine staff member (issue 14 item 7): still refused (email-rules §4:
  // From must be that key's staff member), but authenticated so the bot can tell them why.
  if (!keyCheck.ok && keyCheck.reason === 'other_staff') {
    const colleague = await authenticate();
    if (!colleague.ok) return { ok: false, fromAddress, reference: null, check: 'authentication', reason: `${colleague.check}: ${colleague.detail}` };
    return { ok: false, fromAddress, reference: referenceOfKey(key), check: 'reply_key', reason: 'other_staff', authenticated: true };
  }
  if (!keyCheck.ok) return { ok: false, fromAddress, reference: null, check: 'reply_key', reason: keyCheck.reason };
  const auth = await authenticate();
  if (!auth.ok) return { ok: false, fromAddress, reference: keyCheck.reference, check: 'authentication', reason: `${auth.check}: ${auth.detail}` };
  return { ok: true, reference: keyCheck.reference, staffAddress: fromAddress, authenticatedVia: auth.via };
}
