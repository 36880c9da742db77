import { denialReasonData } from './denial-reasons.js';
import { isOptOutLike } from './due-dates.js';
import { formatCode } from './verification-code.js';
import { localDate, mail } from './workflow-mail.js';
import { isCopyRequest } from './copy-files.js';
import { addDetails, awaitsCopyDetails, isComplete, stillMissing } from './partial-verification.js';
import type { ActionDetail, PartialVerification, RequestEvent, RequestState, SendMailAction, VerificationUnavailableReason } from './request-state.js';
import type { Handler, Outcome } from './workflow-mail.js';

type On<K extends RequestEvent['kind']> = Handler<Extract<RequestEvent, { kind: K }>>;

/**
 * After decideInbound's acknowledgement: ask an agent for signed permission (§7063(a)(1)), a
 * parent for proof of parenthood (§7070), confirm an opt-out/limit at once since no verification
 * may be required (§7060(b)), or wait for verification.
 */
export const acknowledged: On<'acknowledged'> = (s, e) => {
  if (s.status !== 'received' || s.acknowledged) return 'invalid_transition';
  // The bot's own acknowledgement at intake confirms receipt (§7021(a)); after a staff `confirm`
  // the caller makes sure some mail does.
  const base: RequestState = { ...s, acknowledged: true, receiptConfirmed: s.receiptConfirmed === true || e.actor === 'bot' };
  if (s.requester === 'parent') {
    const next: RequestState = { ...base, receiptConfirmed: true, status: 'on_hold', hold: { reason: 'parent_proof', resume: 'received' } };
    return { next, mail: [mail(next, 'parent-proof-request')] };
  }
  if (s.requester === 'agent' && !s.agentPermission) {
    const next: RequestState = { ...base, receiptConfirmed: true, status: 'on_hold', hold: { reason: 'agent_permission', resume: 'received' } };
    return { next, mail: [mail(next, 'agent-permission-request')] };
  }
  if (isOptOutLike(s.type)) {
    const next: RequestState = { ...base, receiptConfirmed: true, status: 'verified' };
    return { next, mail: [mail(next, 'opt-out-confirmed')] };
  }
  return { next: base };
};

/**
 * Send a single-use code. For an agent's request the consumer confirms directly (§7063(a)(2)),
 * so the challenge goes to the consumer. The code is in the mail data only, never in the audit.
 */
export const verificationRequested: On<'verification_requested'> = (s, e) => {
  if (isOptOutLike(s.type)) return 'verification_not_required';
  if (s.status !== 'received' && s.status !== 'awaiting_verification') return 'invalid_transition';
  const forAgent = s.requester === 'agent';
  // A challenge to the requester names the reference, receipt date, deadline and next step (§7021(a)).
  const next: RequestState = { ...s, status: 'awaiting_verification', toldOfOtherAddress: false, receiptConfirmed: s.receiptConfirmed === true || !forAgent };
  const data = {
    code: formatCode(e.code),
    dataPointsToProvide: e.degree.dataPointsToProvide,
    declarationRequired: e.degree.declarationRequired,
    ...(e.replacesExpired ? { previousCodeExpired: true } : {}),
  };
  const template = forAgent ? 'consumer-confirmation' : 'verification-challenge';
  return {
    next,
    mail: [mail(next, template, data, { codeExpiresDate: localDate(s, e.expiresAt) }, forAgent ? 'consumer' : 'requester')],
    detail: { dataPointsRequired: e.degree.dataPointsRequired, declarationRequired: e.degree.declarationRequired },
  };
};

/**
 * Code and data points matched. A copy (specific pieces, portability) verified only to the
 * reasonable degree is answered as categories (§7024(a)); the consumer is told, in one mail that
 * never says both "verified" and "could not verify", which detail and the signed declaration are
 * still missing and how to send them (§7062(c)). The mail goes to whoever answered the challenge:
 * only the consumer can sign the declaration (§7063(a)(2)).
 */
export const codeAccepted: On<'code_accepted'> = (s, e) => {
  if (s.status !== 'awaiting_verification') return 'invalid_transition';
  const verified: RequestState = { ...s, status: 'verified', receiptConfirmed: true, verifiedAt: e.at };
  const partial = e.partial && isCopyRequest(s.type, s.accessScope) && !isComplete(e.partial) ? e.partial : null;
  if (partial === null) return { next: verified, mail: [mail(verified, 'verified')], detail: { verifiedBy: 'code' } };
  const next: RequestState = { ...verified, partialVerification: partial, verifiedDegree: 'reasonable' };
  return { next, mail: [askForCopyDetails(next, partial, false)], detail: { verifiedBy: 'code', ...partialDetail(partial) } };
};

/**
 * A later reply to a partially verified copy request (§7062(c)): what it matched is added to what
 * earlier replies showed. Complete: the request is verified to the reasonably high degree, the
 * consumer is told and staff may send the copy; still short: the consumer is told exactly what is
 * still missing, and the categories answer goes on (§7024(a)).
 */
export const copyDetailsReceived: On<'copy_details_received'> = (s, e) => {
  if (!awaitsCopyDetails(s) || !s.partialVerification) return 'invalid_transition';
  const shown = addDetails(s.partialVerification, e.matched, e.declarationSigned);
  if (isComplete(shown)) {
    const next: RequestState = { ...s, partialVerification: null, verifiedDegree: 'reasonably_high' };
    const detail: ActionDetail = { upgraded: true, verifiedDegree: 'reasonably_high', matched: [...shown.matched] };
    return { next, mail: [mail(next, 'verified', {}, {}, verifierOf(s))], detail };
  }
  const next: RequestState = { ...s, partialVerification: shown };
  return { next, mail: [askForCopyDetails(next, shown, true)], detail: { upgraded: false, ...partialDetail(shown) } };
};

/** Who answered the challenge, and so who can complete it: the consumer, for an agent's request (§7063(a)(2)). */
function verifierOf(s: RequestState): 'requester' | 'consumer' {
  return s.requester === 'agent' ? 'consumer' : 'requester';
}

function askForCopyDetails(s: RequestState, shown: PartialVerification, afterReply: boolean): SendMailAction {
  const missing = stillMissing(shown);
  return mail(s, 'copy-details-needed', { missingDataPoints: missing.dataPoints, missingDeclaration: missing.declaration, afterReply }, {}, verifierOf(s));
}

/** The audit record of a partial verification: kinds and counts, never a value. */
function partialDetail(shown: PartialVerification): ActionDetail {
  const missing = stillMissing(shown);
  return { verifiedDegree: 'reasonable', answeredAs: 'categories', matched: [...shown.matched], missingDataPoints: missing.dataPoints, missingDeclaration: missing.declaration };
}

/**
 * A wrong code, or a right code with details that do not verify: count it and tell the person who
 * answered (the consumer, for an agent's request, §7063(a)(2)) how many tries are left; when none
 * are, a person verifies another way (no silent denial, §7024(b)).
 */
export const codeRejected: On<'code_rejected'> = (s, e) => {
  if (s.status !== 'awaiting_verification') return 'invalid_transition';
  const attemptsLeft = Math.max(0, e.attemptsLeft);
  const detailsInsufficient = e.detailsInsufficient === true;
  const next: RequestState = attemptsLeft > 0 ? s : { ...s, status: 'needs_staff' };
  const data = { attemptsLeft, oneTryLeft: attemptsLeft === 1, detailsInsufficient };
  return {
    next,
    mail: [mail(next, 'code-rejected', data, {}, s.requester === 'agent' ? 'consumer' : 'requester')],
    detail: { attemptsLeft, ...(detailsInsufficient ? { detailsInsufficient } : {}) },
  };
};

/** Identity could not be verified: say so and why (§7024(b), §7022(a)); `noDirectoryRecord`: they replied, but match no record. */
export function denyUnverifiable(s: RequestState, noDirectoryRecord = false): Outcome {
  const next: RequestState = { ...s, status: 'denied', hold: null, denialReason: 'unverifiable' };
  const specific = s.type === 'portability' || s.accessScope === 'specific_pieces';
  return { next, mail: [mail(next, 'unverifiable-denial', { ...denialReasonData('unverifiable'), specificPiecesAsked: specific, noDirectoryRecord })] };
}

/** Never for an opt-out or limit, which needs no verification (§7060(b)). */
export const verificationExpired: On<'verification_expired'> = (s, e) =>
  isOptOutLike(s.type) ? 'verification_not_required' : s.status === 'awaiting_verification' ? denyUnverifiable(s, e.noDirectoryRecord === true) : 'invalid_transition';

/** Why no challenge went out, as the audit entry says it. */
export const UNAVAILABLE_BECAUSE: Record<VerificationUnavailableReason, string> = {
  directory_empty: 'consumer directory is empty',
  consumer_address_unknown: 'no address for the consumer',
};

/**
 * No challenge can go out. Without a consumer directory there is nothing to match data points
 * against (§7060(c)(1)), so a challenge could only end in a denial; without the consumer's address
 * an agent's request cannot be confirmed with the consumer (§7063(a)(2)). Staff verify instead.
 */
export const verificationUnavailable: On<'verification_unavailable'> = (s, e) =>
  s.status === 'received' ? { next: s, detail: { reason: UNAVAILABLE_BECAUSE[e.reason] } } : 'invalid_transition';

/**
 * A code from another address proves nothing about control of the requester's (email-rules §4): no
 * try is counted, and the person the challenge went to is told how to send it (staff are flagged).
 */
export const codeFromOtherAddress: On<'code_from_other_address'> = (s, e) => {
  if (s.status !== 'awaiting_verification') return 'invalid_transition';
  if (s.toldOfOtherAddress === true) return { next: s };
  const next: RequestState = { ...s, toldOfOtherAddress: true };
  const data = { fromOtherAddress: true, otherSender: e.sender };
  return { next, mail: [mail(next, 'code-rejected', data, {}, s.requester === 'agent' ? 'consumer' : 'requester')] };
};

/** Remind the person of what we still wait for. */
export const reminderDue: On<'reminder_due'> = (s) => {
  const waitingFor = s.status === 'awaiting_verification' ? 'verification' : s.status === 'on_hold' ? s.hold?.reason : undefined;
  if (waitingFor === undefined || waitingFor === 'staff') return 'invalid_transition';
  return { next: s, mail: [mail(s, 'reminder', { waitingFor, waitingForIs: { [waitingFor]: true } })] };
};

/** True while the request waits for an agent's signed permission (§7063(a)(1)). */
export function awaitsAgentPermission(s: RequestState): boolean {
  return s.status === 'on_hold' && s.hold?.reason === 'agent_permission';
}

/**
 * The signed permission is accepted: the consumer still verifies directly, except for
 * opt-out/limit (§7060(b)). Shared by the event and by staff's `approve` on a request on hold for it.
 */
export function acceptAgentPermission(s: RequestState): Exclude<ReturnType<On<'agent_permission_received'>>, string> {
  const status = isOptOutLike(s.type) ? 'verified' : (s.hold?.resume ?? 'received');
  const next: RequestState = { ...s, status, hold: null, agentPermission: true };
  return { next, mail: isOptOutLike(s.type) ? [mail(next, 'opt-out-confirmed')] : [] };
}

/** Signed permission accepted (§7063(a)(1)). */
export const agentPermissionReceived: On<'agent_permission_received'> = (s) => {
  if (!awaitsAgentPermission(s)) return 'invalid_transition';
  return acceptAgentPermission(s);
};

/**
 * The agent sent a document: any attachment may or may not be the consumer's signed permission,
 * so the request stays on hold and a person checks it (§7063(a)(1)); staff `approve` accepts it,
 * `deny` refuses. flags-raised.ts raises `agent_permission_to_review`.
 */
export const agentPermissionDocument: On<'agent_permission_document'> = (s) => {
  if (!awaitsAgentPermission(s) || s.hold === null) return 'invalid_transition';
  return { next: { ...s, hold: { ...s.hold, documentIn: true } } };
};

/**
 * The consumer told us they did not authorize the agent (§7063(a)): the request is denied, since
 * the agent has no permission, and nothing is done with the consumer's information. The agent is
 * told why; the consumer is told that the request is closed and nothing was done.
 */
export const consumerDisownsAgent: On<'consumer_disowns_agent'> = (s) => {
  if (s.requester !== 'agent') return 'invalid_transition';
  const next: RequestState = { ...s, status: 'denied', hold: null, denialReason: 'unverifiable' };
  return {
    next,
    mail: [mail(next, 'denial', { ...denialReasonData('unverifiable'), agentNotConfirmed: true, staffNote: '' }), mail(next, 'agent-disowned', {}, {}, 'consumer')],
  };
};

/** Proof of parenthood is judged by a person (§7070). */
export const parentProofReceived: On<'parent_proof_received'> = (s) => {
  if (s.status !== 'on_hold' || s.hold?.reason !== 'parent_proof') return 'invalid_transition';
  return { next: { ...s, status: 'needs_staff', hold: null } };
};

/** A third access/portability request about one consumer in 12 months: explained, not ignored (§1798.130(b)). */
export const limitExceeded: On<'limit_exceeded'> = (s, e) => {
  if (s.type !== 'access' && s.type !== 'portability') return 'limit_not_applicable';
  if (s.status !== 'received') return 'invalid_transition';
  const next: RequestState = { ...s, status: 'denied', denialReason: 'too_many_requests' };
  const data = { ...denialReasonData('too_many_requests'), onBehalf: s.requester !== 'self' };
  return { next, mail: [mail(next, 'limit-reached', data, { newRequestFrom: e.newRequestFrom })], detail: { newRequestFrom: e.newRequestFrom } };
};

/**
 * Nobody confirmed receipt and the confirm-by date is here (§7021(a): within 10 business days,
 * whatever staff do): the bot sends the plain acknowledgement. The request does not move.
 */
export const receiptConfirmationDue: On<'receipt_confirmation_due'> = (s) => {
  if (s.receiptConfirmed === true || s.due.confirmBy === null) return 'receipt_already_confirmed';
  const next: RequestState = { ...s, receiptConfirmed: true };
  return { next, mail: [mail(next, 'acknowledgement')], detail: { confirmBy: s.due.confirmBy } };
};
