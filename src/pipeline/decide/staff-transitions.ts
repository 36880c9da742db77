import { listedFiles, recordOfFiles } from './copy-files.js';
import { denialReasonData } from './denial-reasons.js';
import { isOptOutLike } from './due-dates.js';
import { awaitsCopyDetails } from './partial-verification.js';
import { completionTemplateFor } from './template-kinds.js';
import { acceptAgentPermission, awaitsAgentPermission, denyUnverifiable } from './verification-transitions.js';
import { currentDeadline, isPastDeadline, isUnverifiedOnLastDay, mail } from './workflow-mail.js';
import type { RequestEvent, RequestState, RequestStatus } from './request-state.js';
import type { Handler } from './workflow-mail.js';

type On<K extends RequestEvent['kind']> = Handler<Extract<RequestEvent, { kind: K }>>;

/**
 * Staff go ahead: after verification, after judging what the bot could not (parent proof, tries
 * used up), or after verifying by other means a request the bot could not verify (no consumer
 * directory, a consumer who cannot use the code): without that, such a request could only be denied.
 */
const APPROVABLE: readonly RequestStatus[] = ['verified', 'needs_staff', 'received', 'awaiting_verification'];

/**
 * Verification is never implied (§7060-§7062): on a request whose reading nobody confirmed (the
 * bot was unsure, so it never started the workflow) a bare `approve` confirms the reading and
 * nothing more; the caller starts the workflow (`reading_unconfirmed`). Only `verify METHOD`, or
 * `approve` once the workflow asked for identity, marks the request verified, and the audit
 * entry records how (`verifiedBy`).
 */
export const staffApprove: On<'staff_approve'> = (s, e) => {
  // On hold for an agent's permission: staff accept the document, and the workflow goes on as for an accepted permission (§7063(a)(1)).
  if (awaitsAgentPermission(s)) return acceptAgentPermission(s);
  // `verify METHOD` on a copy verified only to the reasonable degree: staff checked the rest
  // themselves (a signed declaration on paper, a call), so the copy may go (§7062(c)).
  if (e.method !== undefined && awaitsCopyDetails(s)) {
    const next: RequestState = { ...s, status: s.status === 'verified' ? 'in_progress' : s.status, partialVerification: null, verifiedDegree: 'reasonably_high' };
    return { next, mail: [mail(next, 'verified')], detail: { verifiedBy: e.method, upgraded: true, verifiedDegree: 'reasonably_high' } };
  }
  if (!APPROVABLE.includes(s.status)) return 'invalid_transition';
  if (e.method === undefined && s.status === 'received' && !s.acknowledged) return 'reading_unconfirmed';
  const newlyVerified = s.verifiedAt === null && !isOptOutLike(s.type);
  const method = e.method ?? 'staff_approval';
  const next: RequestState = {
    ...s,
    status: 'in_progress',
    acknowledged: true,
    receiptConfirmed: s.receiptConfirmed === true || newlyVerified,
    verifiedAt: newlyVerified ? e.at : s.verifiedAt,
  };
  return {
    next,
    mail: newlyVerified ? [mail(next, 'verified')] : [],
    ...(newlyVerified ? { detail: { verifiedBy: method } } : {}),
  };
};

/**
 * A denial names its reason from the fixed vocabulary (§1798.145(i)(2), §7022(f), §7023(f)). An
 * opt-out or limit needs no verification (§7060(b)), so the one denial is a documented belief of
 * fraud, and the requester must be told why we believe it (§7026(e), §7027(e)): staff write it.
 */
export const staffDeny: On<'staff_deny'> = (s, e) => {
  const optOutLike = isOptOutLike(s.type);
  if (optOutLike && e.reason !== 'suspected_fraud') return 'opt_out_denied_only_for_fraud';
  if (optOutLike && !e.note?.trim()) return 'fraud_denial_needs_explanation';
  const next: RequestState = { ...s, status: 'denied', hold: null, denialReason: e.reason };
  const data = { ...denialReasonData(e.reason), staffNote: e.note ?? '', optOutLike };
  // Suspected fraud by an agent: the consumer is told, not the suspected agent (issue 14 item 6; ccpa-rules, Verification rules).
  const to = s.requester === 'agent' && e.reason === 'suspected_fraud' ? 'consumer' : 'requester';
  return { next, mail: [mail(next, 'denial', data, {}, to)], detail: { reason: e.reason } };
};

const EXTENDABLE: readonly RequestStatus[] = ['verified', 'in_progress', 'needs_staff'];

/**
 * The one extension of up to 45 days, with a notice giving the reason, sent before the first
 * 45 days end (§1798.130(a)(2), §7021(b)). Opt-out and limit have no extension (§7026(f), §7027).
 */
export const staffExtend: On<'staff_extend'> = (s, e) => {
  if (isOptOutLike(s.type) || s.due.extendedRespondBy === null) return 'extension_not_allowed';
  if (s.extensionUsed) return 'extension_already_used';
  if (isPastDeadline(s, e.at, s.due.respondBy)) return 'extension_too_late';
  if (!EXTENDABLE.includes(s.status)) return 'invalid_transition';
  const next: RequestState = { ...s, status: 'extended', extensionUsed: true };
  const data = { extensionReason: e.reason };
  return { next, mail: [mail(next, 'extension-notice', data, { originalDueDate: s.due.respondBy })], detail: { reason: e.reason } };
};

const COMPLETABLE: readonly RequestStatus[] = ['verified', 'in_progress', 'extended'];

/** Done: the completion message for the type (deletion says how, §7022(e)). */
export const staffComplete: On<'staff_complete'> = (s, e) => {
  if (!COMPLETABLE.includes(s.status)) return 'invalid_transition';
  if (!isOptOutLike(s.type) && s.verifiedAt === null) return 'invalid_transition';
  const next: RequestState = { ...s, status: 'completed' };
  const files = e.files ?? [];
  const data = { deletionMethod: e.deletionMethod ?? 'deleted', deidentified: e.deletionMethod === 'deidentified', staffNote: e.note ?? '', files: listedFiles(files) };
  // A copy request verified only to the reasonable degree is answered as categories (§7024(a)).
  const template = s.partialVerification ? 'completion-access-categories' : completionTemplateFor(s.type, s.accessScope);
  const completion = { ...mail(next, template, data), ...(files.length > 0 ? { attachments: files } : {}) };
  // The record keeps each file's name, size and hash, never its content.
  const detail = files.length > 0 ? { files: recordOfFiles(files).map((f) => `${f.name} (${f.bytes} bytes, sha256:${f.sha256})`) } : undefined;
  return { next, mail: [completion], ...(detail ? { detail } : {}) };
};

/** Pause; the legal clock keeps running (ccpa-rules, Clocks: 45 days "whatever verification takes"). */
export const staffHold: On<'staff_hold'> = (s) => {
  if (s.status === 'on_hold') return 'invalid_transition';
  return { next: { ...s, status: 'on_hold', hold: { reason: 'staff', resume: s.status } } };
};

export const staffResume: On<'staff_resume'> = (s) => {
  if (s.status !== 'on_hold' || s.hold?.reason !== 'staff') return 'invalid_transition';
  return { next: { ...s, status: s.hold.resume, hold: null } };
};

/** The consumer may withdraw at any time; recorded as a closure with reason `withdrawn`. */
export const consumerWithdraws: On<'consumer_withdraws'> = (s) => {
  const next: RequestState = { ...s, status: 'withdrawn', hold: null, denialReason: 'withdrawn' };
  return { next, mail: [mail(next, 'denial', { ...denialReasonData('withdrawn'), staffNote: '' })] };
};

/**
 * Staff say the message never asked for this (issue 16): a misreading is no denial (§1798.130
 * requires a notice only for a request that was made), so the record closes with no mail; the
 * correction is in the audit entry.
 */
export const staffMisread: On<'staff_misread'> = (s, e) => ({ next: { ...s, status: 'misread', hold: null }, detail: { correction: e.correction } });

/**
 * The scheduled deadline check. Still unverified on the last day: deny as unverifiable (§7024(b);
 * ccpa-rules: "Unverified within 45 days: may deny"), on that day, not after it (isUnverifiedOnLastDay).
 * Otherwise, once the deadline day has ended, flag staff once. An opt-out or limit is never denied
 * as unverifiable (§7060(b)): past its deadline, staff look.
 */
export const sweepOverdue: On<'sweep_overdue'> = (s, e) => {
  if (isUnverifiedOnLastDay(s, e.at)) return denyUnverifiable(s);
  if (!isPastDeadline(s, e.at) || s.overdueFlagged) return 'not_overdue';
  return { next: { ...s, status: 'needs_staff', hold: null, overdueFlagged: true }, detail: { deadline: currentDeadline(s) } };
};

/** Staff are told a deadline is near (the flag comes from flags-raised.ts); the request itself does not move. */
export const deadlineNear: On<'deadline_near'> = (s, e) => ({ next: s, detail: { deadline: e.deadline } });

/**
 * A duplicate of another request (issue 14 item 4): closed as merged, with no mail (a denial
 * would tell the consumer something false and count in the §7102 metrics); the caller joins its
 * messages and timeline to the original.
 */
export const staffMerge: On<'staff_merge'> = (s, e) => ({ next: { ...s, status: 'merged', hold: null }, detail: { into: e.into } });
