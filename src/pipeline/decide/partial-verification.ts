/**
 * A copy (access to specific pieces, portability) needs the reasonably high degree: three data
 * points and a signed declaration (§7062(c)). One that reaches only the reasonable degree is
 * answered as categories (§7024(a)) and the consumer is told what is still missing; a later
 * reply in the thread may complete it. Pure: what was shown, what is missing, what a reply adds.
 */
import { verificationDegree, type DegreeConfig } from './verification-degree.js';
import type { PartialVerification, RequestState, RequestStatus } from './request-state.js';
import type { DataPointKind, RequestType } from '../types.js';

/** Which details matched the consumer's record (judge-verification.ts). */
interface IdentityMatch {
  matched: readonly DataPointKind[];
}

/** What a copy request has shown once its code was accepted with too little for the higher degree. */
export function partialVerificationOf(request: { type: RequestType; accessScope: RequestState['accessScope'] }, match: IdentityMatch, signed: boolean, cfg: DegreeConfig): PartialVerification {
  const degree = verificationDegree([request.type], request.accessScope, cfg);
  return { dataPointsRequired: degree.dataPointsRequired, fromAddress: cfg.emailControlCountsAsDataPoint ? 1 : 0, matched: [...match.matched], declarationSigned: signed };
}

/** What the reasonably high degree still lacks: how many more matching details, and whether the signed declaration. */
export function stillMissing(p: PartialVerification): { dataPoints: number; declaration: boolean } {
  return { dataPoints: Math.max(0, p.dataPointsRequired - p.fromAddress - p.matched.length), declaration: !p.declarationSigned };
}

/** True once nothing is missing. */
export function isComplete(p: PartialVerification): boolean {
  const missing = stillMissing(p);
  return missing.dataPoints === 0 && !missing.declaration;
}

/** A reply's findings added to what earlier replies showed: each kind counts once, a signature once given stays. */
export function addDetails(p: PartialVerification, matched: readonly DataPointKind[], signed: boolean): PartialVerification {
  return { ...p, matched: [...new Set([...p.matched, ...matched])], declarationSigned: p.declarationSigned || signed };
}

/** Where a reply can still complete the higher degree: verified and not yet answered. */
export const COMPLETABLE_BY_REPLY: readonly RequestStatus[] = ['verified', 'in_progress', 'extended'];

/** Whether a later reply may complete this request's verification. */
export function awaitsCopyDetails(s: RequestState): boolean {
  return !!s.partialVerification && COMPLETABLE_BY_REPLY.includes(s.status);
}
