import { flagsRaised } from './flags-raised.js';
import { FINAL_STATUSES } from './request-state.js';
import * as staff from './staff-transitions.js';
import * as verification from './verification-transitions.js';
import type {
  Actor,
  RejectionCode,
  RequestEvent,
  RequestEventKind,
  RequestState,
  TransitionResult,
  WorkflowAction,
} from './request-state.js';
import type { Handler } from './workflow-mail.js';

type HandlerTable = { [K in RequestEventKind]: Handler<Extract<RequestEvent, { kind: K }>> };

/** One handler per event: the compiler checks every event kind has one. */
const HANDLERS: HandlerTable = {
  acknowledged: verification.acknowledged,
  verification_requested: verification.verificationRequested,
  code_accepted: verification.codeAccepted,
  code_rejected: verification.codeRejected,
  copy_details_received: verification.copyDetailsReceived,
  verification_expired: verification.verificationExpired,
  verification_unavailable: verification.verificationUnavailable,
  code_from_other_address: verification.codeFromOtherAddress,
  reminder_due: verification.reminderDue,
  agent_permission_received: verification.agentPermissionReceived,
  agent_permission_document: verification.agentPermissionDocument,
  consumer_disowns_agent: verification.consumerDisownsAgent,
  parent_proof_received: verification.parentProofReceived,
  limit_exceeded: verification.limitExceeded,
  receipt_confirmation_due: verification.receiptConfirmationDue,
  staff_approve: staff.staffApprove,
  staff_deny: staff.staffDeny,
  staff_extend: staff.staffExtend,
  staff_complete: staff.staffComplete,
  staff_hold: staff.staffHold,
  staff_resume: staff.staffResume,
  staff_merge: staff.staffMerge,
  consumer_withdraws: staff.consumerWithdraws,
  staff_misread: staff.staffMisread,
  sweep_overdue: staff.sweepOverdue,
  deadline_near: staff.deadlineNear,
};

function isStaff(actor: Actor): boolean {
  return actor.startsWith('staff:') && actor.length > 'staff:'.length;
}

/** Only authenticated staff replies may decide (email-rules §4); a withdrawal comes from the consumer or staff. */
function actorAllowed(event: RequestEvent): boolean {
  if (event.kind.startsWith('staff_')) return isStaff(event.actor);
  if (event.kind === 'consumer_withdraws') return event.actor === 'consumer' || isStaff(event.actor);
  // Only the consumer can say they gave no permission; staff who doubt an agent deny as suspected fraud.
  if (event.kind === 'consumer_disowns_agent') return event.actor === 'consumer';
  return true;
}

/**
 * Apply one event to one request. Pure: returns the next state and every effect to commit in the
 * same transaction: the audit entry naming actor and causing message (§7101), the mail, and the
 * staff flags (the one table in flags-raised.ts); or a typed rejection when the event does not
 * apply. Never throws for a wrong event.
 */
export function transition(state: RequestState, event: RequestEvent): TransitionResult {
  const reject = (code: RejectionCode): TransitionResult => rejection(code, state, event);
  if (FINAL_STATUSES.includes(state.status)) return reject('final_state');
  if (!actorAllowed(event)) return reject('actor_not_allowed');
  const handler = HANDLERS[event.kind] as Handler<RequestEvent>;
  const outcome = handler(state, event);
  if (typeof outcome === 'string') return reject(outcome);
  const audit: WorkflowAction = {
    kind: 'audit',
    event: event.kind,
    actor: event.actor,
    messageId: event.messageId,
    at: event.at,
    from: state.status,
    to: outcome.next.status,
    detail: { ...outcome.detail, ...(event.staffReason ? { staffReason: event.staffReason } : {}) },
  };
  const flags = flagsRaised({ from: state, event, next: outcome.next });
  return { ok: true, next: outcome.next, actions: [audit, ...(outcome.mail ?? []), ...flags] };
}

function rejection(code: RejectionCode, state: RequestState, event: RequestEvent): TransitionResult {
  return { ok: false, rejection: { code, status: state.status, event: event.kind } };
}
