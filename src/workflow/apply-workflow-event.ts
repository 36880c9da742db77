import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { raiseStaffFlag, resolveOpenFlags, resolveRequestFlags, resolveSettledGroupFlags } from '../store/staff-flags.js';
import { releaseChallenge } from '../store/verification-challenges.js';
import { saveWorkflowState, type WorkflowRequest } from '../store/workflow-requests.js';
import { transition } from '../pipeline/decide/request-state-machine.js';
import { recordedState } from '../pipeline/decide/recorded-state.js';
import { FINAL_STATUSES, type RequestEvent, type SendMailAction, type TransitionRejection } from '../pipeline/decide/request-state.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';

/** A mail the state machine planned, waiting to be rendered into the outbox. */
export interface PlannedMail {
  request: WorkflowRequest;
  action: SendMailAction;
  /** Row id of the inbound message that caused it; null for a sweep or a staff command. */
  inboundId: number | null;
}

export interface EventContext {
  trx: Db;
  /** Row id of the inbound message that caused the event, for the audit log. */
  inboundId: number | null;
  now: Date;
}

export type AppliedEvent = { ok: true; mails: PlannedMail[]; flags: StaffFlagReason[] } | { ok: false; rejection: TransitionRejection };

/** Where a record is finished: a request's final status, or a question or HIPAA matter staff closed. */
const CLOSED_RECORD_STATUSES: readonly string[] = [...FINAL_STATUSES, 'closed'];

/**
 * Applies one event to one request inside the caller's transaction: the pure `transition()`, then
 * the new state, an audit entry naming the actor and the causing message (§7101), and the staff
 * flags. This is the one place a request event raises a flag; which event raises which is the
 * state machine's table (pipeline/decide/flags-raised.ts). Mail is returned, not queued, so the
 * caller can merge the mails of one message's requests and order them after the acknowledgement.
 * `request.state` is updated in place so a caller can apply the next event to the same object.
 */
export async function applyWorkflowEvent(ctx: EventContext, request: WorkflowRequest, event: RequestEvent): Promise<AppliedEvent> {
  const result = transition(request.state, event);
  if (!result.ok) return result;
  const moved = result.next.status !== request.state.status;
  request.state = result.next;
  await saveWorkflowState(ctx.trx, request.id, recordedState(result.next), ctx.now);
  // The request moved on: what its earlier flags asked is done or moot (issue 14 item 5). Flags
  // raised by this same step (same instant, e.g. at intake) stay.
  if (moved) await resolveRequestFlags(ctx.trx, request.id, ctx.now, { before: ctx.now });
  // A flood's one flag covers several requests: it is done once all of them are finished.
  if (moved && FINAL_STATUSES.includes(result.next.status)) await resolveSettledGroupFlags(ctx.trx, request.id, CLOSED_RECORD_STATUSES, ctx.now);
  const mails: PlannedMail[] = [];
  const flags: StaffFlagReason[] = [];
  for (const action of result.actions) {
    if (action.kind === 'audit') {
      const detail = { ...action.detail, from: action.from, to: action.to, ...(action.messageId ? { messageId: action.messageId } : {}) };
      await appendAudit(ctx.trx, { event: action.event, actor: action.actor, requestId: request.id, inboundMessageId: ctx.inboundId, detail }, ctx.now);
    } else if (action.kind === 'flag_staff') {
      await raiseStaffFlag(ctx.trx, { requestId: request.id, inboundMessageId: ctx.inboundId, reason: action.reason, ...(action.detail ? { detail: action.detail } : {}) }, ctx.now);
      flags.push(action.reason);
    } else {
      mails.push({ request, action, inboundId: ctx.inboundId });
    }
  }
  if (event.kind === 'consumer_withdraws') await closeWithdrawn(ctx, request);
  // The consumer said they gave the agent no permission: verification has ended with the request.
  if (event.kind === 'consumer_disowns_agent') await letGoOfChallenge(ctx, request);
  return { ok: true, mails, flags };
}

/**
 * A withdrawn request leaves nothing for staff or for verification: its open flags are resolved
 * (the withdrawal's own flag is still mailed, to tell whoever works on it) and its challenge is
 * deleted (§7060(d)).
 */
async function closeWithdrawn(ctx: EventContext, request: WorkflowRequest): Promise<void> {
  await resolveOpenFlags(ctx.trx, request.id, ctx.now);
  await letGoOfChallenge(ctx, request);
}

/** A closed request lets go of its challenge, deleted unless a sibling still waits on it (§7060(d)). */
async function letGoOfChallenge(ctx: EventContext, request: WorkflowRequest): Promise<void> {
  if (request.challengeId === null) return;
  await releaseChallenge(ctx.trx, { id: request.id, challengeId: request.challengeId }, FINAL_STATUSES);
  request.challengeId = null;
}

/** Applies events in order, collecting mail and flags; rejections are returned for the log. */
export async function applyWorkflowEvents(
  ctx: EventContext,
  steps: ReadonlyArray<{ request: WorkflowRequest; event: RequestEvent }>,
): Promise<{ mails: PlannedMail[]; flags: StaffFlagReason[]; rejections: TransitionRejection[] }> {
  const mails: PlannedMail[] = [];
  const flags: StaffFlagReason[] = [];
  const rejections: TransitionRejection[] = [];
  for (const { request, event } of steps) {
    const applied = await applyWorkflowEvent(ctx, request, event);
    if (applied.ok) {
      mails.push(...applied.mails);
      flags.push(...applied.flags);
    } else {
      rejections.push(applied.rejection);
    }
  }
  return { mails, flags, rejections };
}
