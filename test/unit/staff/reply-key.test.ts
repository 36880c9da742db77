import { describe, expect, it } from 'vitest';
import { findReplyKey, makeReplyKey, replyKeyAddress, verifyReplyKey } from '../../../src/staff/reply-key.js';

const SECRET = 'test-secret-0123456789abcdef-0123456789abcdef';
const ALEX = 'alex.kim@example.com';
const SAM = 'sam.ortiz@example.com';
const STAFF = [ALEX, SAM];
const ISSUED = new Date('2026-11-23T17:00:00Z');
const EXPIRES = new Date('2026-12-23T17:00:00Z');
const key = makeReplyKey(SECRET, { reference: 'CCPA-2026-000123', staffAddress: ALEX, expiresAt: EXPIRES });

describe('reply keys: per thread, per staff member, HMAC with a server secret and an expiry (email-rules §4)', () => {
  it('verifies for the staff member it was issued to before it expires', () => {
    expect(verifyReplyKey(SECRET, key, { fromAddress: ALEX, staffAddresses: STAFF, now: ISSUED })).toEqual({
      ok: true,
      reference: 'CCPA-2026-000123',
      expiresAt: EXPIRES,
    });
  });

  it('is lower case, fits the 64-octet local part with the bot prefix (RFC 5321 §4.5.3.1.1) and survives case folding', () => {
    const address = replyKeyAddress('compliance@example.com', key);
    expect(address.split('@')[0]?.length).toBeLessThanOrEqual(64);
    expect(address).toBe(address.toLowerCase());
    expect(verifyReplyKey(SECRET, key.toUpperCase(), { fromAddress: 'Alex.Kim@Example.com', staffAddresses: STAFF, now: ISSUED }).ok).toBe(true);
  });

  it('refuses a key issued to another staff member, telling that apart from tampering', () => {
    expect(verifyReplyKey(SECRET, key, { fromAddress: SAM, staffAddresses: STAFF, now: ISSUED })).toEqual({ ok: false, reason: 'other_staff' });
    expect(verifyReplyKey(SECRET, key, { fromAddress: 'mallory@example.net', staffAddresses: STAFF, now: ISSUED })).toEqual({ ok: false, reason: 'other_staff' });
  });

  it('refuses a key whose reference, expiry or MAC was changed', () => {
    const otherRequest = key.replace('2026000123', '2026000124');
    const [prefix, serial, expiry = '', givenMac] = key.split('-');
    const laterExpiry = [prefix, serial, (parseInt(expiry, 36) + 86_400 * 365).toString(36), givenMac].join('-');
    const lastChar = key.at(-1) === 'a' ? 'b' : 'a';
    for (const tampered of [otherRequest, laterExpiry, key.slice(0, -1) + lastChar]) {
      expect(verifyReplyKey(SECRET, tampered, { fromAddress: ALEX, staffAddresses: STAFF, now: ISSUED })).toEqual({ ok: false, reason: 'tampered' });
    }
  });

  it('refuses a key made with another secret', () => {
    const forged = makeReplyKey('another-secret-0123456789abcdef-0123456789', { reference: 'CCPA-2026-000123', staffAddress: ALEX, expiresAt: EXPIRES });
    expect(verifyReplyKey(SECRET, forged, { fromAddress: ALEX, staffAddresses: STAFF, now: ISSUED })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses an expired key, from the second of expiry on', () => {
    expect(verifyReplyKey(SECRET, key, { fromAddress: ALEX, staffAddresses: STAFF, now: new Date(EXPIRES.getTime() - 1000) }).ok).toBe(true);
    expect(verifyReplyKey(SECRET, key, { fromAddress: ALEX, staffAddresses: STAFF, now: EXPIRES })).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses malformed keys', () => {
    for (const bad of ['', 'staff-', 'staff-2026000123-abc', 'bounce-abc', `${key}x`]) {
      expect(verifyReplyKey(SECRET, bad, { fromAddress: ALEX, staffAddresses: STAFF, now: ISSUED })).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses a short secret', () => {
    expect(() => makeReplyKey('short', { reference: 'CCPA-2026-000123', staffAddress: ALEX, expiresAt: EXPIRES })).toThrow(/at least 32 bytes/);
  });

  it('finds the key among recipients, only in a plus address of the bot', () => {
    const address = replyKeyAddress('compliance@example.com', key);
    expect(findReplyKey(['someone@example.org', address.toUpperCase()], 'compliance@example.com')).toBe(key);
    expect(findReplyKey([`other+${key}@example.com`, `compliance+${key}@example.net`], 'compliance@example.com')).toBeNull();
  });
});
