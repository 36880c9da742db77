import type { StaffFlagReason } from './staff-flag-reasons.js';
import { UNAVAILABLE_BECAUSE } from './verification-transitions.js';
import type { ActionDetail, RequestEvent, RequestEventKind, RequestState, StaffFlagAction } from './request-state.js';

/** One event as the state machine applied it: the state before, the event, the state after. */
export interface AppliedStep<E extends RequestEvent = RequestEvent> {
  from: RequestState;
  event: E;
  next: RequestState;
}

type FlagRule<E extends RequestEvent> = (step: AppliedStep<E>) => StaffFlagAction[];

function flag(reason: StaffFlagReason, detail?: ActionDetail): StaffFlagAction {
  return detail ? { kind: 'flag_staff', reason, detail } : { kind: 'flag_staff', reason };
}

const none = (): StaffFlagAction[] => [];

/** Verified, and nothing is left for the bot: staff carry the request out (an opt-out within 15 business days, §7026(f)). */
const whenVerified = ({ next }: AppliedStep): StaffFlagAction[] => (next.status === 'verified' ? [flag('verified_ready')] : []);

/** Details that contradict the consumer's record may mean fraud: staff see them whether or not the rest verified (ccpa-rules, Verification rules). */
const whenMismatched = ({ event }: AppliedStep<Extract<RequestEvent, { kind: 'code_accepted' | 'code_rejected' | 'copy_details_received' }>>): StaffFlagAction[] =>
  event.mismatched && event.mismatched.length > 0 ? [flag('data_point_mismatch', { kinds: [...event.mismatched] })] : [];

/**
 * Which event, in which state, hands a request to staff, and why: the one table. The handlers
 * decide the next state and the mail; this decides the flags, and the compiler checks that every
 * event kind is listed. Flags about delivery (a recipient whose mail bounces, a consumer with no
 * known address when mail is queued) are raised where mail is queued (workflow/queue-workflow-mails.ts).
 */
const FLAGS_RAISED: { [K in RequestEventKind]: FlagRule<Extract<RequestEvent, { kind: K }>> } = {
  // An opt-out or limit needs no verification (§7060(b)); an agent's, once permission is in (§7063(a)(1)).
  acknowledged: whenVerified,
  agent_permission_received: whenVerified,
  // Any attachment could be the signed permission, or not: a person checks it (§7063(a)(1)).
  agent_permission_document: () => [flag('agent_permission_to_review')],
  verification_requested: none,
  code_accepted: (step) => [...whenVerified(step), ...whenMismatched(step)],
  // A later reply completed the reasonably high degree (§7062(c)): staff may now send the copy.
  copy_details_received: (step) => [...(step.from.partialVerification && !step.next.partialVerification ? [flag('verified_ready', { degree: 'reasonably_high', copy: 'complete with the copy attached' })] : []), ...whenMismatched(step)],
  // No tries left: a person verifies another way, never a silent denial (§7024(b)).
  code_rejected: (step) => [...(step.next.status === 'needs_staff' ? [flag('verification_attempts_exhausted')] : []), ...whenMismatched(step)],
  verification_expired: ({ event }) => (event.noDirectoryRecord ? [flag('no_directory_record')] : []),
  verification_unavailable: ({ event }) =>
    event.reason === 'directory_empty' ? [flag('verify_manually', { reason: UNAVAILABLE_BECAUSE.directory_empty })] : [flag('consumer_address_unknown')],
  // Not proof of control of the requester's address (email-rules §4): a person looks.
  code_from_other_address: ({ event }) => [flag('code_from_other_address', { sender: event.sender })],
  reminder_due: none,
  // Proof of parental authority is judged by a person (§7070).
  parent_proof_received: () => [flag('parent_proof_to_review')],
  limit_exceeded: none,
  receipt_confirmation_due: none,
  // Staff accepting an agent's permission for an opt-out or limit leaves it verified (§7060(b)).
  staff_approve: whenVerified,
  staff_deny: none,
  staff_extend: none,
  staff_complete: none,
  staff_hold: none,
  staff_resume: none,
  // Whoever works on it must stop (the flag mail goes to the assigned staff member, else to all).
  consumer_withdraws: ({ event }) => (event.actor === 'consumer' ? [flag('withdrawn_by_consumer')] : []),
  // Someone asked as this consumer's agent without their permission: staff look for fraud (ccpa-rules, Verification rules).
  consumer_disowns_agent: () => [flag('agent_disowned')],
  staff_misread: none,
  staff_merge: none,
  // Once per request: the deadline passed with no decision.
  sweep_overdue: ({ from, next }) => (next.overdueFlagged && !from.overdueFlagged ? [flag('overdue')] : []),
  deadline_near: ({ from, event }) => [flag('due_soon', { deadline: event.deadline, status: from.status })],
};

/** The staff flags one applied event raises (pure). */
export function flagsRaised(step: AppliedStep): StaffFlagAction[] {
  const rule = FLAGS_RAISED[step.event.kind] as FlagRule<RequestEvent>;
  return rule(step);
}
