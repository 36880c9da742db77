import { appendAudit } from '../store/audit-log.js';
import type { Db } from '../store/db.js';
import { findRequestByReference } from '../store/requests.js';
import { loadWorkflowRequests } from '../store/workflow-requests.js';
import { applyWorkflowEvent } from '../workflow/apply-workflow-event.js';
import { queueWorkflowMails } from '../workflow/queue-workflow-mails.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import type { StaffAction } from './plan-staff-command.js';
import { assignRequest } from './staff-replies.js';
import { relayToConsumer } from './relay-to-consumer.js';

export interface StaffActionOutcome {
  applied: boolean;
  /** For staff: what happened, in a sentence. */
  outcomeText: string;
  /** Why it was not applied: a state-machine rejection code or a refusal reason. */
  code: string | null;
  status: string | null;
  /** Template kinds the consumer will receive. */
  consumerMail: string[];
}

interface ActionContext {
  trx: Db;
  deps: WorkflowDeps;
  inboundId: number | null;
  now: Date;
  staffAddress: string;
  requestId: number;
}

const notDone = (code: string, outcomeText: string, status: string | null = null): StaffActionOutcome => ({ applied: false, outcomeText, code, status, consumerMail: [] });
const done = (outcomeText: string, status: string | null, consumerMail: string[] = []): StaffActionOutcome => ({ applied: true, outcomeText, code: null, status, consumerMail });

/**
 * Carries out one authenticated staff action inside the inbound transaction: request events go
 * through the same state machine, audit log and templates as the CLI's staff actions
 * (src/workflow/run-staff-action.ts); thread actions write their own audit entry.
 */
export async function applyStaffAction(ctx: ActionContext, action: StaffAction): Promise<StaffActionOutcome> {
  const actor = `staff:${ctx.staffAddress}` as const;
  const audit = (event: string, detail: Record<string, unknown>) => appendAudit(ctx.trx, { event, actor, requestId: ctx.requestId, inboundMessageId: ctx.inboundId, detail }, ctx.now);
  switch (action.kind) {
    case 'event':
      return applyEvent(ctx, action.event);
    case 'note':
      await audit('staff_note', { note: action.text });
      return done('The note was added to the record.', null);
    case 'assign':
      await assignRequest(ctx.trx, { requestId: ctx.requestId, staffAddress: action.address, assignedBy: ctx.staffAddress }, ctx.now);
      await audit('staff_assigned', { to: action.address });
      return done(`The request is assigned to ${action.address}: the requester's replies go to them from now on.`, null);
    case 'merge': {
      const target = await findRequestByReference(ctx.trx, action.into);
      if (!target) return notDone('merge_target_unknown', `There is no request ${action.into}.`);
      await audit('staff_merge_noted', { into: action.into });
      return done(`Recorded as a duplicate of ${action.into}. Close this request with "deny other" or "complete" when appropriate.`, null);
    }
    case 'refuse':
      return notDone(action.reason, action.reason === 'assignee_not_staff' ? 'Requests can be assigned only to configured staff addresses.' : 'A request cannot be merged into itself.');
    case 'relay_to_consumer': {
      const relayed = await relayToConsumer(ctx, ctx.requestId, action.text);
      if (!relayed.ok) return notDone(relayed.why, relayed.why === 'recipient_undeliverable' ? 'Mail to the requester bounced before: reach them another way.' : 'There is no such request.');
      return done('Your message was sent to the requester in this thread, and recorded.', null, [relayed.kind]);
    }
    case 'help':
      return done('', null);
  }
}

async function applyEvent(ctx: ActionContext, event: Extract<StaffAction, { kind: 'event' }>['event']): Promise<StaffActionOutcome> {
  const [request] = await loadWorkflowRequests(ctx.trx, [ctx.requestId]);
  if (!request) return notDone('not_in_workflow', 'This is a question or HIPAA matter, not a request in the workflow: answer it directly; note and assign work here.');
  const applied = await applyWorkflowEvent({ trx: ctx.trx, inboundId: ctx.inboundId, now: ctx.now }, request, event);
  if (!applied.ok) {
    const { code, status } = applied.rejection;
    return notDone(code, `The state machine refused it: ${code.replace(/_/g, ' ')} (the request is ${status.replace(/_/g, ' ')}). Nothing was changed.`, status);
  }
  const mails = await queueWorkflowMails(ctx.trx, ctx.deps, applied.mails, ctx.now);
  return done('Recorded in the audit log under your name.', request.state.status, mails.map((m) => m.kind));
}
