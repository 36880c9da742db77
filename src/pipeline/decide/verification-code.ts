import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Single-use verification codes, sent in our reply and returned by the consumer in the thread:
 * proof of control of the email address, which counts as ONE data point (ccpa-rules,
 * Verification rules). Randomness and time are passed in, so every function here is testable.
 */

/** No 0/O, 1/I/L: a code read aloud or retyped from a phone survives. 31 symbols. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

/** Returns `n` cryptographically random bytes (`crypto.randomBytes` in production). */
export type RandomBytes = (n: number) => Uint8Array;

/** What is stored for an issued code: never the code itself. */
export interface StoredCode {
  /** Hex salt, unique per code, mixed into the HMAC so equal codes hash differently. */
  salt: string;
  /** Hex HMAC-SHA256(serverSecret, salt + ':' + normalized code). */
  hash: string;
  expiresAt: Date;
  maxAttempts: number;
  attempts: number;
  usedAt: Date | null;
}

export interface CodePolicy {
  /** How long a code stays valid, in ms. */
  ttlMs: number;
  /** Wrong tries allowed before the code is dead. */
  maxAttempts: number;
}

export const DEFAULT_CODE_POLICY: Readonly<CodePolicy> = Object.freeze({ ttlMs: 14 * 86_400_000, maxAttempts: 5 });

export type CodeCheckResult = 'accepted' | 'rejected' | 'expired' | 'exhausted' | 'already_used';

/**
 * A random code of `length` symbols from CODE_ALPHABET. Bytes at or above the largest multiple of
 * the alphabet size are discarded (rejection sampling), so every symbol is equally likely.
 */
export function generateCode(random: RandomBytes, length: number = CODE_LENGTH): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < limit && code.length < length) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** The code as shown to people: `ABCD-EFGH`. */
export function formatCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Upper-case, without spaces or dashes: what people add or change when they retype a code. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
}

/** HMAC-SHA256 of the normalized code; the server secret keeps a leaked table from being brute-forced. */
export function hashCode(code: string, salt: string, secret: string): string {
  return createHmac('sha256', secret).update(`${salt}:${normalizeCode(code)}`).digest('hex');
}

/** Issue a code: the plain code goes into the reply, only `stored` goes into the database. */
export function issueCode(
  random: RandomBytes,
  secret: string,
  now: Date,
  policy: CodePolicy = DEFAULT_CODE_POLICY,
): { code: string; stored: StoredCode } {
  const code = generateCode(random);
  const salt = Buffer.from(random(16)).toString('hex');
  return {
    code,
    stored: {
      salt,
      hash: hashCode(code, salt, secret),
      expiresAt: new Date(now.getTime() + policy.ttlMs),
      maxAttempts: policy.maxAttempts,
      attempts: 0,
      usedAt: null,
    },
  };
}

/**
 * Check a code the consumer sent back. Returns the verdict and the record to store (attempt
 * counted, or marked used). The hashes are compared with `timingSafeEqual` so response time does
 * not reveal how many leading characters matched.
 */
export function checkCode(
  stored: StoredCode,
  candidate: string,
  secret: string,
  now: Date,
): { result: CodeCheckResult; stored: StoredCode } {
  if (stored.usedAt !== null) return { result: 'already_used', stored };
  if (now.getTime() > stored.expiresAt.getTime()) return { result: 'expired', stored };
  if (stored.attempts >= stored.maxAttempts) return { result: 'exhausted', stored };
  const expected = Buffer.from(stored.hash, 'hex');
  const actual = Buffer.from(hashCode(candidate, stored.salt, secret), 'hex');
  if (expected.length === actual.length && timingSafeEqual(expected, actual)) {
    return { result: 'accepted', stored: { ...stored, usedAt: now } };
  }
  const attempts = stored.attempts + 1;
  return { result: attempts >= stored.maxAttempts ? 'exhausted' : 'rejected', stored: { ...stored, attempts } };
}
