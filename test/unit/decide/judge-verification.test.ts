/** Verification replies, pure (ccpa-rules, Verification rules; §7060, §7062, §7024(a)). */
import { describe, expect, it } from 'vitest';
import { issueCode, type RandomBytes } from '../../../src/pipeline/decide/verification-code.js';
import { DEFAULT_DEGREE_CONFIG } from '../../../src/pipeline/decide/verification-degree.js';
import { codeCandidates, identityVerdict, judgeCode, judgeVerification, matchIdentity, MAX_CODES_PER_REPLY, type ChallengeAnswer } from '../../../src/pipeline/decide/judge-verification.js';
import { CODE_SEARCH_CHARS, MAX_CODE_REPLY_CHARS } from '../../../src/pipeline/extract/find-codes.js';
import type { Extraction } from '../../../src/pipeline/types.js';
import { CHALLENGE, ev, newRequest, run } from './request-state-fixtures.js';

const counter = (start = 0): RandomBytes => {
  let next = start;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
};
const SECRET = 'unit-test-secret';
const NOW = new Date('2026-11-24T18:00:00Z');
const { code, stored } = issueCode(counter(8), SECRET, new Date('2026-11-23T18:00:00Z'), { ttlMs: 14 * 86_400_000, maxAttempts: 3 });
const reply = (candidates: string[], sender = 'dana@example.org', now = NOW) => judgeCode({ sender, answerFrom: 'dana@example.org', candidates, stored, secret: SECRET, now });

describe('judgeCode', () => {
  it('accepts the issued code however it is retyped, and marks it used', () => {
    const verdict = reply([code.toLowerCase().replace(/(.{4})/, '$1 ')]);
    expect(verdict.kind).toBe('accepted');
    expect(verdict.kind === 'accepted' && verdict.stored.usedAt).toEqual(NOW);
  });

  it('counts one try per distinct candidate (NIST SP 800-63B §5.2.2: every guess costs a try)', () => {
    expect(reply(['ZZZZ9999'])).toMatchObject({ kind: 'rejected', attemptsLeft: 2, stored: { attempts: 1 } });
    expect(reply(['ZZZZ9999', 'YYYY8888'])).toMatchObject({ kind: 'rejected', attemptsLeft: 1, stored: { attempts: 2 } });
  });

  it('checks candidates in text order: an order number before the code costs a try, the code is still accepted', () => {
    expect(reply(['ORD12345', code])).toMatchObject({ kind: 'accepted', stored: { attempts: 1, usedAt: NOW } });
  });

  it('stops at the last try: a right code after the tries ran out is not accepted', () => {
    expect(reply(['ZZZZ9999', 'YYYY8888', code])).toMatchObject({ kind: 'accepted' });
    const worn = { ...stored, attempts: 1 };
    const verdict = judgeCode({ sender: 'dana@example.org', answerFrom: 'dana@example.org', candidates: ['ZZZZ9999', 'YYYY8888', code], stored: worn, secret: SECRET, now: NOW });
    expect(verdict).toMatchObject({ kind: 'exhausted', attemptsLeft: 0, stored: { attempts: 3, usedAt: null } });
  });

  it(`refuses more than ${MAX_CODES_PER_REPLY} candidates as a guess, even when one is right, and charges a try for each`, () => {
    const four = reply(['ZZZZ9999', 'YYYY8888', 'XXXX7777', code]);
    expect(four).toMatchObject({ kind: 'too_many_codes', candidates: 4, attemptsLeft: 0, stored: { attempts: 3, usedAt: null } });
    const roomy = { ...stored, maxAttempts: 5 };
    const thirtyOne = [...Array.from({ length: 30 }, (_, i) => `ZZZZ${String(9000 + i)}`), code];
    const verdict = judgeCode({ sender: 'dana@example.org', answerFrom: 'dana@example.org', candidates: thirtyOne, stored: roomy, secret: SECRET, now: NOW });
    expect(verdict).toMatchObject({ kind: 'too_many_codes', candidates: 31, attemptsLeft: 0, stored: { attempts: 5, usedAt: null } });
  });

  it('still says expired or used up before judging a guess', () => {
    const many = ['ZZZZ9999', 'YYYY8888', 'XXXX7777', 'WWWW6666'];
    expect(reply(many, 'dana@example.org', new Date('2026-12-31T00:00:00Z')).kind).toBe('expired');
    expect(judgeCode({ sender: 'dana@example.org', answerFrom: 'dana@example.org', candidates: many, stored: { ...stored, attempts: 3 }, secret: SECRET, now: NOW }).kind).toBe('exhausted');
  });

  it('ignores a code sent from any address but the requester’s (email-rules §4)', () => {
    expect(reply([code], 'someone.else@example.net')).toEqual({ kind: 'wrong_sender' });
  });

  it('reports an expired code and a reply without a code', () => {
    expect(reply([code], 'dana@example.org', new Date('2026-12-31T00:00:00Z')).kind).toBe('expired');
    expect(reply([])).toEqual({ kind: 'no_code' });
  });

  it('reports the last allowed wrong try as exhausted, with no attempts left', () => {
    const worn = { ...stored, attempts: 2 };
    expect(judgeCode({ sender: 'dana@example.org', answerFrom: 'dana@example.org', candidates: ['ZZZZ9999'], stored: worn, secret: SECRET, now: NOW })).toMatchObject({ kind: 'exhausted', attemptsLeft: 0 });
  });
});

describe('identityVerdict', () => {
  const record = { full_name: 'Dana Whitfield', date_of_birth: '1984-03-14', phone: '4155550142' };
  const match = (points: Array<{ kind: 'full_name' | 'date_of_birth' | 'phone'; value: string }>) =>
    matchIdentity({ record, dataPoints: points, declarationSignature: null, lang: 'en' });

  it('verifies categories with the email plus one matching data point (§7062(b): 2 in total)', () => {
    expect(identityVerdict({ type: 'access', accessScope: 'categories' }, match([{ kind: 'date_of_birth', value: 'March 14, 1984' }]), false, DEFAULT_DEGREE_CONFIG)).toBe('verified');
  });

  it('needs three points and the signed declaration for specific pieces (§7062(c))', () => {
    const two = match([{ kind: 'full_name', value: 'dana whitfield' }, { kind: 'phone', value: '(415) 555-0142' }]);
    expect(identityVerdict({ type: 'access', accessScope: 'specific_pieces' }, two, true, DEFAULT_DEGREE_CONFIG)).toBe('verified');
    // Unsigned, portability reaches only the reasonable degree: answered as categories until a reply completes it (§7024(a)).
    expect(identityVerdict({ type: 'portability', accessScope: null }, two, false, DEFAULT_DEGREE_CONFIG)).toBe('verified_categories_only');
    expect(identityVerdict({ type: 'portability', accessScope: null }, match([]), true, DEFAULT_DEGREE_CONFIG)).toBe('insufficient');
  });

  it('answers specific pieces as categories when only the reasonable degree is reached (§7024(a))', () => {
    const one = match([{ kind: 'date_of_birth', value: '03/14/1984' }]);
    expect(identityVerdict({ type: 'access', accessScope: 'specific_pieces' }, one, false, DEFAULT_DEGREE_CONFIG)).toBe('verified_categories_only');
  });

  it('does not count a data point that differs from the record, and reports it', () => {
    const wrong = match([{ kind: 'date_of_birth', value: '1985-03-14' }]);
    expect(wrong).toEqual({ matched: [], mismatched: ['date_of_birth'] });
    expect(identityVerdict({ type: 'deletion', accessScope: null }, wrong, false, DEFAULT_DEGREE_CONFIG)).toBe('insufficient');
  });

  it('follows the configured degree for deletion (§7062(d))', () => {
    const one = match([{ kind: 'date_of_birth', value: '1984-03-14' }]);
    expect(identityVerdict({ type: 'deletion', accessScope: null }, one, false, { ...DEFAULT_DEGREE_CONFIG, deletion: 'reasonably_high' })).toBe('insufficient');
  });
});

describe('codeCandidates', () => {
  it('finds our code shape without a label, with or without the dash', () => {
    expect(codeCandidates('here you go: 7KD9-Q2XA thanks', [])).toEqual(['7KD9Q2XA']);
    expect(codeCandidates('7kd9q2xa', [])).toEqual(['7KD9Q2XA']);
  });

  it('does not take two ordinary words for a code', () => {
    expect(codeCandidates('please send them soon', [])).toEqual([]);
  });

  it('keeps what the extractor found after "code:"', () => {
    expect(codeCandidates('code: 4821', ['4821'])).toEqual(['4821']);
  });

  it('counts a code typed once and quoted again (the challenge below the answer) as one candidate', () => {
    const text = 'My code is 7KD9-Q2XA\n\nOn Mon, Nov 23, 2026, compliance@example.com wrote:\n> Your verification code: 7KD9-Q2XA';
    expect(codeCandidates(text, ['7KD9Q2XA'])).toEqual(['7KD9Q2XA']);
  });

  it('reads only the first part of the text, and nothing of a text too large to be an answer', () => {
    expect(codeCandidates(`${' '.repeat(CODE_SEARCH_CHARS)} 7KD9-Q2XA`, [])).toEqual([]);
    const flood = Array.from({ length: 200_000 }, (_, i) => `K${String(i).padStart(7, '2')}`).join(' ');
    expect(flood.length).toBeGreaterThan(MAX_CODE_REPLY_CHARS);
    expect(codeCandidates(flood, ['7KD9Q2XA'])).toEqual([]);
  });
});

describe('judgeVerification: what one answer to a challenge does (§7060-§7062, §7024)', () => {
  const cause = { at: NOW, messageId: 'answer@example.org' };
  const waitingRequest = (id: number, type: 'access' | 'deletion' = 'deletion', scope: 'categories' | 'specific_pieces' | null = null) => ({
    id,
    state: run(newRequest(type, 'self', scope ?? 'categories'), ev({ kind: 'acknowledged' }), CHALLENGE).state,
  });
  const dana = waitingRequest(1);
  const record = { full_name: 'Dana Whitfield', date_of_birth: '1984-03-14' };
  const extraction = (dataPoints: Extraction['dataPoints'], declarationSignature: string | null = null): Extraction => ({ dataPoints, references: [], verificationCodes: [], declarationSignature });
  const judge = (over: Partial<ChallengeAnswer<ReturnType<typeof waitingRequest>>>) => {
    const candidates = [...(over.candidates ?? [code])];
    const sender = over.sender ?? 'dana@example.org';
    return judgeVerification({
      requests: [dana],
      stored,
      code: reply(candidates, sender),
      candidates,
      sender,
      extraction: null,
      directory: { byEmail: record, named: [] },
      degree: DEFAULT_DEGREE_CONFIG,
      cause,
      ...over,
    });
  };

  it('accepts a right code with a matching data point: verified, challenge deleted, the match recorded', () => {
    const judged = judge({ extraction: extraction([{ kind: 'date_of_birth', value: 'March 14, 1984' }]) });
    expect(judged).toMatchObject({ handled: true, challenge: { kind: 'delete' }, findings: [{ event: 'identity_matched', detail: { matched: ['date_of_birth'], mismatched: [], declarationSigned: false } }] });
    expect(judged.steps).toEqual([{ request: dana, event: { at: NOW, actor: 'consumer', messageId: 'answer@example.org', kind: 'code_accepted', mismatched: [] } }]);
  });

  it('counts a right code with details that do not verify as one try, keeps the challenge, and carries the mismatch', () => {
    const judged = judge({ extraction: extraction([{ kind: 'date_of_birth', value: '1985-03-14' }]) });
    expect(judged.challenge).toMatchObject({ kind: 'save', stored: { attempts: 1, usedAt: null } });
    expect(judged.steps[0]?.event).toMatchObject({ kind: 'code_rejected', attemptsLeft: 2, detailsInsufficient: true, mismatched: ['date_of_birth'] });
  });

  it('answers specific pieces verified only to the reasonable degree as categories (§7024(a))', () => {
    const pieces = waitingRequest(2, 'access', 'specific_pieces');
    const judged = judge({ requests: [pieces], extraction: extraction([{ kind: 'date_of_birth', value: '1984-03-14' }]) });
    // Address control and the date of birth are 2 of the 3 data points, and the declaration is unsigned (§7062(c)).
    expect(judged.steps[0]?.event).toMatchObject({ kind: 'code_accepted', partial: { dataPointsRequired: 3, fromAddress: 1, matched: ['date_of_birth'], declarationSigned: false } });
  });

  it('denies as unverifiable when no directory record is the consumer’s (§7024(b)), and records why', () => {
    const judged = judge({ directory: { byEmail: null, named: [] } });
    expect(judged).toMatchObject({ handled: true, challenge: { kind: 'delete' }, findings: [{ event: 'directory_no_match' }] });
    expect(judged.steps[0]?.event).toMatchObject({ kind: 'verification_expired', actor: 'bot', noDirectoryRecord: true });
  });

  it('counts a wrong code, and deletes the challenge once no try is left', () => {
    expect(judge({ candidates: ['ZZZZ9999'] })).toMatchObject({ handled: true, challenge: { kind: 'save' }, steps: [{ event: { kind: 'code_rejected', attemptsLeft: 2 } }] });
    const worn = { ...stored, attempts: 2 };
    const last = judgeVerification({ requests: [dana], stored: worn, code: judgeCode({ sender: 'dana@example.org', answerFrom: 'dana@example.org', candidates: ['ZZZZ9999'], stored: worn, secret: SECRET, now: NOW }), candidates: ['ZZZZ9999'], sender: 'dana@example.org', extraction: null, directory: null, degree: DEFAULT_DEGREE_CONFIG, cause });
    expect(last).toMatchObject({ challenge: { kind: 'delete' }, steps: [{ event: { kind: 'code_rejected', attemptsLeft: 0 } }] });
  });

  it('refuses a guess of many codes: tries charged, the refusal recorded, the challenge gone once no try is left', () => {
    const candidates = [...Array.from({ length: 30 }, (_, i) => `ZZZZ${String(9000 + i)}`), code];
    const judged = judge({ candidates, extraction: extraction([{ kind: 'date_of_birth', value: '1984-03-14' }]) });
    expect(judged).toMatchObject({ handled: true, challenge: { kind: 'delete' }, findings: [{ event: 'code_guess_refused', detail: { candidates: 31, limit: MAX_CODES_PER_REPLY } }] });
    expect(judged.steps.map((s) => s.event)).toMatchObject([{ kind: 'code_rejected', attemptsLeft: 0 }]);
  });

  it('counts the wrong candidates before a right code toward the try its details use', () => {
    const judged = judge({ candidates: ['ORD12345', code], extraction: extraction([{ kind: 'date_of_birth', value: '1985-03-14' }]) });
    expect(judged.challenge).toMatchObject({ kind: 'save', stored: { attempts: 2, usedAt: null } });
    expect(judged.steps[0]?.event).toMatchObject({ kind: 'code_rejected', attemptsLeft: 1, detailsInsufficient: true });
  });

  it('reissues an expired code, as the reminder promises', () => {
    const judged = judgeVerification({ requests: [dana], stored, code: reply([code], 'dana@example.org', new Date('2026-12-31T00:00:00Z')), candidates: [code], sender: 'dana@example.org', extraction: null, directory: null, degree: DEFAULT_DEGREE_CONFIG, cause });
    expect(judged).toEqual({ handled: true, challenge: { kind: 'reissue' }, findings: [], steps: [] });
  });

  it('hands a code from another address to staff without counting a try (email-rules §4)', () => {
    const judged = judge({ sender: 'someone.else@example.net' });
    expect(judged.challenge).toEqual({ kind: 'keep' });
    expect(judged.steps[0]?.event).toMatchObject({ kind: 'code_from_other_address', actor: 'bot', sender: 'someone.else@example.net' });
  });

  it('leaves a message with no code, or from another address with none, to be read by staff', () => {
    for (const judged of [judge({ candidates: [] }), judge({ candidates: [], sender: 'someone.else@example.net' })]) {
      expect(judged).toEqual({ handled: false, challenge: { kind: 'keep' }, findings: [], steps: [] });
    }
  });

  it('judges every request of the challenge together: one answer, one event each', () => {
    const judged = judge({ requests: [dana, waitingRequest(3)], extraction: extraction([{ kind: 'date_of_birth', value: '1984-03-14' }]) });
    expect(judged.steps.map((s) => s.event.kind)).toEqual(['code_accepted', 'code_accepted']);
    expect(judged.steps.map((s) => s.request.id)).toEqual([1, 3]);
  });
});
