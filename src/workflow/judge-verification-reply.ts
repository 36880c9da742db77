import { checkCode, type CodeCheckResult, type StoredCode } from '../pipeline/decide/verification-code.js';
import { matchDataPoints, type DirectoryRecord } from '../pipeline/decide/match-data-points.js';
import { verificationDegree, type DegreeConfig } from '../pipeline/decide/verification-degree.js';
import type { DataPoint, DataPointKind, Language, RequestType } from '../pipeline/types.js';

export interface VerificationReply {
  /** Who sent the reply (lower-case). */
  sender: string;
  /** The only address a code is accepted from. */
  answerFrom: string;
  /** Code-shaped strings found in the reply, in text order. */
  candidates: readonly string[];
  stored: StoredCode;
  secret: string;
  now: Date;
}

export type CodeVerdict =
  | { kind: 'wrong_sender' }
  | { kind: 'no_code' }
  | { kind: Exclude<CodeCheckResult, 'accepted'>; stored: StoredCode; attemptsLeft: number }
  | { kind: 'accepted'; stored: StoredCode };

/**
 * Checks the codes in a reply against the issued one. A reply is one attempt however many
 * code-like strings it holds (a signature or an order number must not burn tries); a code from
 * any address but the requester's is ignored (email-rules §4, ccpa-rules Verification rules).
 */
export function judgeCode(reply: VerificationReply): CodeVerdict {
  if (reply.sender.toLowerCase() !== reply.answerFrom.toLowerCase()) return { kind: 'wrong_sender' };
  if (reply.candidates.length === 0) return { kind: 'no_code' };
  const checks = reply.candidates.map((c) => checkCode(reply.stored, c, reply.secret, reply.now));
  const accepted = checks.find((c) => c.result === 'accepted');
  if (accepted) return { kind: 'accepted', stored: accepted.stored };
  const first = checks[0]!;
  if (first.result === 'accepted') return { kind: 'accepted', stored: first.stored };
  return { kind: first.result, stored: first.stored, attemptsLeft: Math.max(0, first.stored.maxAttempts - first.stored.attempts) };
}

export type IdentityVerdict = 'verified' | 'verified_categories_only' | 'insufficient';

export interface IdentityEvidence {
  record: DirectoryRecord;
  dataPoints: readonly DataPoint[];
  declarationSignature: string | null;
  lang: Language;
}

/** Data points a correction request wants changed cannot prove identity (§7060(h)); we cannot tell which, so none is excluded by default. */
export interface IdentityMatch {
  matched: DataPointKind[];
  mismatched: DataPointKind[];
}

export function matchIdentity(evidence: IdentityEvidence): IdentityMatch {
  const result = matchDataPoints(evidence.dataPoints, evidence.record, { lang: evidence.lang });
  return { matched: result.matched, mismatched: result.mismatched };
}

/**
 * Whether a request is verified once its code was accepted: control of the address is one data
 * point, the matched kinds add to it, and the reasonably-high degree also needs the signed
 * declaration (§7062(b), §7062(c)). A request for specific pieces that reaches only the
 * reasonable degree is answered as categories (§7024(a)).
 */
export function identityVerdict(
  request: { type: RequestType; accessScope: 'categories' | 'specific_pieces' | null },
  match: IdentityMatch,
  signed: boolean,
  cfg: DegreeConfig,
): IdentityVerdict {
  const fromEmail = cfg.emailControlCountsAsDataPoint ? 1 : 0;
  const points = match.matched.length + fromEmail;
  const degree = verificationDegree([request.type], request.accessScope, cfg);
  if (points >= degree.dataPointsRequired && (!degree.declarationRequired || signed)) return 'verified';
  const categories = verificationDegree(['access'], 'categories', cfg);
  if (request.type === 'access' && request.accessScope === 'specific_pieces' && points >= categories.dataPointsRequired) return 'verified_categories_only';
  return 'insufficient';
}

const CODE_SHAPE = /\b([2-9A-HJKMNP-Z]{4})[\s\-‐‑–—]?([2-9A-HJKMNP-Z]{4})\b/gi;

/**
 * Code-like strings in a reply: what the extractor found after "code:", plus anything shaped like
 * our codes (`ABCD-EFGH`, 8 symbols of our alphabet), which people often paste without a label.
 * A shaped string counts only when it holds a digit or was typed in capitals, so two ordinary
 * words ("send them") do not use up a try.
 */
export function codeCandidates(text: string, extracted: readonly string[]): string[] {
  const shaped = [...text.matchAll(CODE_SHAPE)]
    .filter((m) => /\d/.test(m[0]) || m[0] === m[0].toUpperCase())
    .map((m) => `${m[1]}${m[2]}`.toUpperCase());
  return [...new Set([...extracted.map((c) => c.toUpperCase()), ...shaped])];
}
