import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  checkCode,
  formatCode,
  generateCode,
  hashCode,
  issueCode,
  normalizeCode,
} from '../../../src/pipeline/decide/verification-code.js';
import type { RandomBytes } from '../../../src/pipeline/decide/verification-code.js';

/** Deterministic "random" bytes: a counter, so tests pin exact codes. */
function counterBytes(start = 0): RandomBytes {
  let next = start;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
}

const SECRET = 'test-secret-not-for-production';
const NOW = new Date('2026-01-05T18:00:00Z');

describe('generateCode', () => {
  it('maps bytes onto the unambiguous alphabet', () => {
    expect(generateCode(counterBytes(0))).toBe('23456789');
    expect(generateCode(counterBytes(8))).toBe('ABCDEFGH');
  });

  it('uses no look-alike symbols', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('discards biased bytes (>= 248) instead of wrapping them', () => {
    const bytes: RandomBytes = (n) => Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 250 : 0));
    expect(generateCode(bytes)).toBe('22222222');
  });

  it('gives every symbol with roughly equal frequency', () => {
    const counts = new Map<string, number>();
    const code = generateCode(counterBytes(0), 248 * 4);
    for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    expect(new Set(counts.values())).toEqual(new Set([32]));
  });
});

describe('normalizeCode / formatCode', () => {
  it('accepts what people do when retyping: lower case, spaces, dashes', () => {
    expect(normalizeCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeCode('AB CD–EF GH')).toBe('ABCDEFGH');
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('issueCode / checkCode (single use, expiry, attempts)', () => {
  const issued = issueCode(counterBytes(8), SECRET, NOW, { ttlMs: 3_600_000, maxAttempts: 3 });

  it('stores a salted HMAC, never the code', () => {
    expect(issued.code).toBe('ABCDEFGH');
    expect(JSON.stringify(issued.stored)).not.toContain('ABCDEFGH');
    expect(issued.stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.stored.hash).toBe(hashCode('abcd-efgh', issued.stored.salt, SECRET));
    expect(hashCode('ABCDEFGH', 'other-salt', SECRET)).not.toBe(issued.stored.hash);
    expect(hashCode('ABCDEFGH', issued.stored.salt, 'other-secret')).not.toBe(issued.stored.hash);
    expect(issued.stored.expiresAt.toISOString()).toBe('2026-01-05T19:00:00.000Z');
  });

  it('accepts the code as retyped, once', () => {
    const first = checkCode(issued.stored, 'abcd efgh', SECRET, NOW);
    expect(first.result).toBe('accepted');
    expect(first.stored.usedAt).toEqual(NOW);
    expect(checkCode(first.stored, 'ABCDEFGH', SECRET, NOW).result).toBe('already_used');
  });

  it('counts wrong tries and dies at the limit', () => {
    const one = checkCode(issued.stored, 'ABCDEFGJ', SECRET, NOW);
    expect(one).toMatchObject({ result: 'rejected', stored: { attempts: 1 } });
    const two = checkCode(one.stored, 'ZZZZZZZZ', SECRET, NOW);
    const three = checkCode(two.stored, 'ZZZZZZZZ', SECRET, NOW);
    expect(three.result).toBe('exhausted');
    expect(checkCode(three.stored, 'ABCDEFGH', SECRET, NOW).result).toBe('exhausted');
  });

  it('refuses the right code after expiry', () => {
    const later = new Date(issued.stored.expiresAt.getTime() + 1);
    expect(checkCode(issued.stored, 'ABCDEFGH', SECRET, later).result).toBe('expired');
    expect(checkCode(issued.stored, 'ABCDEFGH', SECRET, issued.stored.expiresAt).result).toBe('accepted');
  });

  it('refuses a code checked with the wrong server secret', () => {
    expect(checkCode(issued.stored, 'ABCDEFGH', 'wrong', NOW).result).toBe('rejected');
  });
});
