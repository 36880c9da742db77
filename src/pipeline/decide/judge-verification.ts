import { checkCode, type CodeCheckResult, type StoredCode } from './verification-code.js';
import { matchDataPoints, type DirectoryRecord } from './match-data-points.js';
import { isCopyRequest } from './copy-files.js';
import { partialVerificationOf } from './partial-verification.js';
import { pickDirectoryRecord, type DirectoryCandidates } from './pick-directory-record.js';
import { verificationDegree, type DegreeConfig } from './verification-degree.js';
import type { RequestEvent, RequestState } from './request-state.js';
import { codeSearchText } from '../extract/find-codes.js';
import type { DataPoint, DataPointKind, Extraction, Language, RequestType } from '../types.js';

export interface VerificationReply {
  /** Who sent the reply (lower-case). */
  sender: string;
  /** The only address a code is accepted from. */
  answerFrom: string;
  /** Distinct code-shaped strings found in the reply, in text order (`codeCandidates`). */
  candidates: readonly string[];
  stored: StoredCode;
  secret: string;
  now: Date;
}

/**
 * One try per code (issue 13 item 6). NIST SP 800-63B §5.2.2 (rate limiting) asks a verifier to
 * limit failed attempts so that an attacker gets only a few guesses at a short secret; a reply
 * that carries many candidates would otherwise be many guesses for the price of one. So every
 * distinct candidate is one try, checked in text order until one is right or the tries run out,
 * and a reply with more than MAX_CODES_PER_REPLY distinct candidates is a guess: it is never
 * accepted, even when one of them is right, and costs one try per candidate (31 codes use up
 * every try). A genuine answer holds the code once, perhaps with an order number beside it.
 */
export const MAX_CODES_PER_REPLY = 3;

export type CodeVerdict =
  | { kind: 'wrong_sender' }
  | { kind: 'no_code' }
  | { kind: Exclude<CodeCheckResult, 'accepted'>; stored: StoredCode; attemptsLeft: number }
  | { kind: 'too_many_codes'; stored: StoredCode; attemptsLeft: number; candidates: number }
  | { kind: 'accepted'; stored: StoredCode };

/**
 * Checks the codes in a reply against the issued one, one try per distinct candidate (see
 * MAX_CODES_PER_REPLY); a code from any address but the requester's is ignored (email-rules §4,
 * ccpa-rules Verification rules).
 */
export function judgeCode(reply: VerificationReply): CodeVerdict {
  if (reply.sender.toLowerCase() !== reply.answerFrom.toLowerCase()) return { kind: 'wrong_sender' };
  if (reply.candidates.length === 0) return { kind: 'no_code' };
  let stored = reply.stored;
  if (reply.candidates.length > MAX_CODES_PER_REPLY) {
    // checkCode's own order of checks says whether the code can still be tried at all; whether this candidate was right does not matter.
    const first = checkCode(stored, reply.candidates[0] ?? '', reply.secret, reply.now);
    if (first.result === 'already_used' || first.result === 'expired' || first.result === 'exhausted') return { kind: first.result, stored, attemptsLeft: triesLeft(stored) };
    stored = { ...stored, attempts: Math.min(stored.maxAttempts, stored.attempts + reply.candidates.length) };
    return { kind: 'too_many_codes', stored, attemptsLeft: triesLeft(stored), candidates: reply.candidates.length };
  }
  let result: Exclude<CodeCheckResult, 'accepted'> = 'rejected';
  for (const candidate of reply.candidates) {
    const check = checkCode(stored, candidate, reply.secret, reply.now);
    if (check.result === 'accepted') return { kind: 'accepted', stored: check.stored };
    stored = check.stored;
    result = check.result;
    if (result !== 'rejected') break;
  }
  return { kind: result, stored, attemptsLeft: triesLeft(stored) };
}

function triesLeft(stored: StoredCode): number {
  return Math.max(0, stored.maxAttempts - stored.attempts);
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
 * declaration (§7062(b), §7062(c)). A copy (specific pieces, portability) that reaches only the
 * reasonable degree is answered as categories (§7024(a)) until a later reply completes it.
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
  if (isCopyRequest(request.type, request.accessScope) && points >= categories.dataPointsRequired) return 'verified_categories_only';
  return 'insufficient';
}

const CODE_SHAPE = /\b([2-9A-HJKMNP-Z]{4})[\s\-‐‑–—]?([2-9A-HJKMNP-Z]{4})\b/gi;

/**
 * Code-like strings in a reply: what the extractor found after "code:", plus anything shaped like
 * our codes (`ABCD-EFGH`, 8 symbols of our alphabet), which people often paste without a label.
 * A shaped string counts only when it holds a digit or was typed in capitals, so two ordinary
 * words ("send them") do not use up a try. Only the part of the text `codeSearchText` allows is
 * read: a reply too large to be an answer yields none, whatever the extractor found.
 */
export function codeCandidates(text: string, extracted: readonly string[]): string[] {
  const searched = codeSearchText(text);
  if (searched === null) return [];
  const shaped = [...searched.matchAll(CODE_SHAPE)]
    .filter((m) => /\d/.test(m[0]) || m[0] === m[0].toUpperCase())
    .map((m) => `${m[1]}${m[2]}`.toUpperCase());
  return [...new Set([...extracted.map((c) => c.toUpperCase()), ...shaped])];
}

/** One challenge's answer, with what the edge loaded for it. */
export interface ChallengeAnswer<R extends { state: RequestState }> {
  /** The requests the challenge was issued for, all awaiting verification. */
  requests: readonly R[];
  /** The challenge as stored before this answer. */
  stored: StoredCode;
  /** judgeCode's verdict on the answer, and the candidates it judged. */
  code: CodeVerdict;
  candidates: readonly string[];
  sender: string;
  extraction: Extraction | null;
  /** Directory records that may be the consumer's; loaded only once the code is accepted. */
  directory: DirectoryCandidates | null;
  degree: DegreeConfig;
  cause: { at: Date; messageId: string | null };
}

/** What becomes of the stored challenge: single use, attempts counted, deleted once verification ends (§7060(d)). */
export type ChallengeFate = { kind: 'keep' } | { kind: 'save'; stored: StoredCode } | { kind: 'delete' } | { kind: 'reissue' };

/** What the bot found (in the directory, or a guess in the reply), recorded on each request before the events (§7101). */
export type DirectoryFinding =
  | { event: 'directory_no_match' }
  | { event: 'identity_matched'; detail: { matched: DataPointKind[]; mismatched: DataPointKind[]; declarationSigned: boolean } }
  | { event: 'code_guess_refused'; detail: { candidates: number; limit: number } };

export interface VerificationJudgement<R> {
  /** False: the message was not an answer to the challenge (no code, a code used already). */
  handled: boolean;
  challenge: ChallengeFate;
  findings: DirectoryFinding[];
  /** The events to apply, in order. */
  steps: Array<{ request: R; event: RequestEvent }>;
}

/**
 * Judges one challenge's answer (pure): which events each request gets and what becomes of the
 * challenge. An expired code is reissued, as the reminder promises; a right code is followed by
 * the data points matched against the consumer's record (§7060-§7062); no record is a clear
 * answer, identity cannot be verified (§7024(b), §7022(a)).
 */
export function judgeVerification<R extends { state: RequestState }>(answer: ChallengeAnswer<R>): VerificationJudgement<R> {
  const { code, requests } = answer;
  const consumer = { at: answer.cause.at, actor: 'consumer' as const, messageId: answer.cause.messageId };
  const bot = { ...consumer, actor: 'bot' as const };
  const unread: VerificationJudgement<R> = { handled: false, challenge: { kind: 'keep' }, findings: [], steps: [] };
  switch (code.kind) {
    case 'no_code':
    case 'already_used':
      return unread;
    case 'wrong_sender':
      if (answer.candidates.length === 0) return unread;
      return { ...unread, handled: true, steps: requests.map((request) => ({ request, event: { ...bot, kind: 'code_from_other_address', sender: answer.sender } })) };
    case 'expired':
      return { ...unread, handled: true, challenge: { kind: 'reissue' } };
    case 'rejected':
    case 'exhausted':
    case 'too_many_codes': {
      const challenge: ChallengeFate = code.attemptsLeft > 0 ? { kind: 'save', stored: code.stored } : { kind: 'delete' };
      const findings: DirectoryFinding[] = code.kind === 'too_many_codes' ? [{ event: 'code_guess_refused', detail: { candidates: code.candidates, limit: MAX_CODES_PER_REPLY } }] : [];
      return { handled: true, challenge, findings, steps: requests.map((request) => ({ request, event: { ...consumer, kind: 'code_rejected', attemptsLeft: code.attemptsLeft } })) };
    }
    case 'accepted':
      return judgeIdentity(answer, code.stored, consumer, bot);
  }
}

function judgeIdentity<R extends { state: RequestState }>(answer: ChallengeAnswer<R>, checked: StoredCode, consumer: Cause, bot: Cause): VerificationJudgement<R> {
  const { extraction, requests } = answer;
  const dataPoints = extraction?.dataPoints ?? [];
  const signature = extraction?.declarationSignature ?? null;
  const names = [...dataPoints.filter((p) => p.kind === 'full_name').map((p) => p.value), ...(signature ? [signature] : [])];
  const record = answer.directory ? pickDirectoryRecord(answer.directory, names) : null;
  if (record === null) {
    const expired = requests.map((request) => ({ request, event: { ...bot, kind: 'verification_expired' as const, noDirectoryRecord: true } }));
    return { handled: true, challenge: { kind: 'delete' }, findings: [{ event: 'directory_no_match' }], steps: expired };
  }
  const match = matchIdentity({ record, dataPoints, declarationSignature: signature, lang: requests[0]?.state.lang ?? 'en' });
  const signed = signature !== null;
  const verdicts = requests.map((request) => ({ request, verdict: identityVerdict(request.state, match, signed, answer.degree) }));
  // The right code counts as one attempt whatever the details say (after any wrong candidate before it in the reply); it stays usable only while details can still be retried.
  const attempted: StoredCode = { ...checked, attempts: checked.attempts + 1, usedAt: null };
  const attemptsLeft = Math.max(0, attempted.maxAttempts - attempted.attempts);
  const failed = verdicts.some((v) => v.verdict === 'insufficient');
  const mismatched = match.mismatched;
  const steps = verdicts.map(({ request, verdict }) => ({
    request,
    event:
      verdict === 'insufficient'
        ? { ...consumer, kind: 'code_rejected' as const, attemptsLeft, detailsInsufficient: true, mismatched }
        : verdict === 'verified_categories_only'
          ? { ...consumer, kind: 'code_accepted' as const, partial: partialVerificationOf(request.state, match, signed, answer.degree), mismatched }
          : { ...consumer, kind: 'code_accepted' as const, mismatched },
  }));
  return {
    handled: true,
    challenge: failed && attemptsLeft > 0 ? { kind: 'save', stored: attempted } : { kind: 'delete' },
    findings: [{ event: 'identity_matched', detail: { matched: match.matched, mismatched, declarationSigned: signed } }],
    steps,
  };
}

type Cause = Pick<RequestEvent, 'at' | 'actor' | 'messageId'>;

/**
 * Reads a later reply to a partially verified request (pure): null when it carries no detail and
 * no signed declaration (a "thank you", a question: staff read it), else the event with what it
 * matched against the consumer's record. Data point values never leave this function.
 */
export function judgeCopyDetails(
  reply: { extraction: Extraction | null; directory: DirectoryCandidates; lang: RequestState['lang']; cause: Pick<RequestEvent, 'at' | 'messageId'> },
): Extract<RequestEvent, { kind: 'copy_details_received' }> | null {
  const dataPoints = reply.extraction?.dataPoints ?? [];
  const signature = reply.extraction?.declarationSignature ?? null;
  if (dataPoints.length === 0 && signature === null) return null;
  const names = [...dataPoints.filter((p) => p.kind === 'full_name').map((p) => p.value), ...(signature ? [signature] : [])];
  const record = pickDirectoryRecord(reply.directory, names);
  const match = record ? matchIdentity({ record, dataPoints, declarationSignature: signature, lang: reply.lang }) : { matched: [], mismatched: [] };
  return { ...reply.cause, actor: 'consumer', kind: 'copy_details_received', matched: match.matched, mismatched: match.mismatched, declarationSigned: signature !== null };
}
