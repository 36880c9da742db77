import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Per-thread, per-staff reply keys (email-rules §4). A flag mail's Reply-To is
 * `compliance+staff-<key>@domain`; the key names the request and an expiry and carries an HMAC
 * over request, staff address and expiry with a server secret. Nothing is stored: the server
 * recomputes the HMAC. Pure: the secret and the clock are passed in.
 *
 * Key: `staff-<yyyynnnnnn>-<expiry, unix seconds in base 36>-<HMAC-SHA256 truncated to 96 bits,
 * base 32>`, all lower case because some mail systems fold the local part's case. With the
 * `compliance+` prefix it stays under the 64-octet local-part limit of RFC 5321 §4.5.3.1.1.
 */

const PREFIX = 'staff-';
const MAC_BYTES = 12;
const KEY_PATTERN = /^staff-(\d{4})(\d{6})-([0-9a-z]{1,10})-([a-z2-7]{20})$/;
const REFERENCE_PATTERN = /^CCPA-(\d{4})-(\d{6})$/;
/** Secrets shorter than this are refused: an HMAC key should be at least as long as its output (RFC 2104 §3). */
export const MIN_SECRET_BYTES = 32;

export interface ReplyKeyClaim {
  /** Request reference, e.g. `CCPA-2026-000123`. */
  reference: string;
  /** The staff member the key was issued to, as configured. */
  staffAddress: string;
  expiresAt: Date;
}

export type ReplyKeyFailure = 'malformed' | 'tampered' | 'other_staff' | 'expired';

export type ReplyKeyCheck = { ok: true; reference: string; expiresAt: Date } | { ok: false; reason: ReplyKeyFailure };

/**
 * The reference a key names, read without checking it: only for a key already found valid for
 * another staff member (`other_staff`), to answer the colleague who used it.
 */
export function referenceOfKey(key: string): string | null {
  const match = KEY_PATTERN.exec(key.toLowerCase());
  return match ? `CCPA-${match[1]}-${match[2]}` : null;
}

/** Issues the key for one request and one staff member. */
export function makeReplyKey(secret: string | Buffer, claim: ReplyKeyClaim): string {
  assertSecret(secret);
  const match = REFERENCE_PATTERN.exec(claim.reference);
  if (!match) throw new Error(`not a request reference: ${claim.reference}`);
  const expiry = Math.floor(claim.expiresAt.getTime() / 1000).toString(36);
  return `${PREFIX}${match[1]}${match[2]}-${expiry}-${mac(secret, claim.reference, claim.staffAddress, expiry)}`;
}

/** The plus address carrying a key: `local+key@domain` (RFC 5233 subaddressing). */
export function replyKeyAddress(botAddress: string, key: string): string {
  const at = botAddress.lastIndexOf('@');
  return `${botAddress.slice(0, at)}+${key}@${botAddress.slice(at + 1)}`;
}

/** The key in one of the message's recipient addresses, if one is a plus address of the bot's. */
export function findReplyKey(recipients: readonly string[], botAddress: string): string | null {
  const at = botAddress.lastIndexOf('@');
  const local = botAddress.slice(0, at).toLowerCase();
  const domain = botAddress.slice(at + 1).toLowerCase();
  for (const recipient of recipients) {
    const address = recipient.toLowerCase();
    const plus = `${local}+${PREFIX}`;
    if (address.startsWith(plus) && address.endsWith(`@${domain}`)) return address.slice(local.length + 1, address.length - domain.length - 1);
  }
  return null;
}

/**
 * Checks a key against the sender: the HMAC must match for THIS From address (constant-time),
 * and the key must not have expired. A key that is valid for another configured staff member
 * is reported as `other_staff` (a forwarded flag mail), anything else that fails as `tampered`.
 */
export function verifyReplyKey(
  secret: string | Buffer,
  key: string,
  sender: { fromAddress: string; staffAddresses: readonly string[]; now: Date },
): ReplyKeyCheck {
  assertSecret(secret);
  const match = KEY_PATTERN.exec(key.toLowerCase());
  if (!match) return { ok: false, reason: 'malformed' };
  const [, year, serial, expiry = '', given = ''] = match;
  const reference = `CCPA-${year}-${serial}`;
  const matches = (address: string) => constantTimeEqual(mac(secret, reference, address, expiry), given);
  if (!matches(sender.fromAddress)) {
    const others = sender.staffAddresses.filter((a) => a.toLowerCase() !== sender.fromAddress.toLowerCase());
    return { ok: false, reason: others.some(matches) ? 'other_staff' : 'tampered' };
  }
  const expiresAt = new Date(parseInt(expiry, 36) * 1000);
  if (sender.now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, reference, expiresAt };
}

function mac(secret: string | Buffer, reference: string, staffAddress: string, expiry: string): string {
  const digest = createHmac('sha256', secret).update(`v1|${reference}|${staffAddress.trim().toLowerCase()}|${expiry}`).digest();
  return base32(digest.subarray(0, MAC_BYTES));
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** RFC 4648 §6 base 32, lower case, no padding. */
function base32(bytes: Buffer): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function assertSecret(secret: string | Buffer): void {
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new Error(`the staff reply secret must be at least ${MIN_SECRET_BYTES} bytes`);
}
