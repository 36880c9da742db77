import { appendAudit } from '../store/audit-log.js';
import type { Db } from '../store/db.js';
import { findRequestByReference } from '../store/requests.js';
import { assignRequest } from '../store/staff-assignments.js';
import type { TransitionRejection } from '../pipeline/decide/request-state.js';
import { applyStaffEvent } from '../workflow/apply-staff-event.js';
import { applyCorrection, type Correction } from '../workflow/apply-correction.js';
import { findRecordById } from '../store/classification-corrections.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import { relayToConsumer } from './relay-to-consumer.js';
import type { StaffAction } from './staff-command.js';

/** A message the action queued, for the staff member's confirmation and the command line. */
export interface QueuedStaffMail {
  kind: string;
  to: string;
}

export interface StaffActionOutcome {
  applied: boolean;
  /** For staff: what happened, in a sentence. */
  outcomeText: string;
  /** Why it was not applied: a state-machine rejection code or a refusal reason. */
  code: string | null;
  status: string | null;
  /** What the requester will receive. */
  mails: QueuedStaffMail[];
  /** The state machine's refusal, when that is why it was not applied. */
  rejection: TransitionRejection | null;
}

interface ActionContext {
  trx: Db;
  deps: WorkflowDeps;
  inboundId: number | null;
  now: Date;
  staffAddress: string;
  requestId: number;
}

const notDone = (code: string, outcomeText: string, rejection: TransitionRejection | null = null): StaffActionOutcome => ({
  applied: false,
  outcomeText,
  code,
  status: rejection?.status ?? null,
  mails: [],
  rejection,
});
const done = (outcomeText: string, status: string | null, mails: QueuedStaffMail[] = []): StaffActionOutcome => ({ applied: true, outcomeText, code: null, status, mails, rejection: null });

/**
 * Carries out one staff action inside the caller's transaction, for a staff reply (the inbound
 * transaction) and the command line alike: request events go through the state machine, audit
 * log and templates (workflow/apply-staff-event.ts); thread actions write their own audit entry.
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
      return done('Your message was sent to the requester in this thread, and recorded.', null, [{ kind: relayed.kind, to: relayed.to }]);
    }
    case 'help':
      return done('', null);
    case 'correct':
      return applyCorrectionAction(ctx, action.correction);
  }
}

/** A correction of the reading (issue 16 item 5): the workflow follows it, and it is kept as a labeled example. */
async function applyCorrectionAction(ctx: ActionContext, correction: Correction): Promise<StaffActionOutcome> {
  const record = await findRecordById(ctx.trx, ctx.requestId);
  if (!record) return notDone('unknown_request', 'There is no such request.');
  const applied = await applyCorrection({ ...ctx, staff: ctx.staffAddress }, record, correction);
  const opened = applied.opened.map((o) => `${o.reference} (${o.type}, due ${o.dueDate})`).join(', ');
  const text = `Corrected and kept as a labeled example. Closed with no mail: ${applied.closed.join(', ') || 'none'}. Opened: ${opened || 'none'}.`;
  return done(text, applied.closed.includes(record.reference) ? 'misread' : record.status, applied.mails.map(({ kind, to }) => ({ kind, to })));
}

async function applyEvent(ctx: ActionContext, event: Extract<StaffAction, { kind: 'event' }>['event']): Promise<StaffActionOutcome> {
  const applied = await applyStaffEvent(ctx, ctx.requestId, event);
  if (applied.ok) return done('Recorded in the audit log under your name.', applied.status, applied.mails.map(({ kind, to }) => ({ kind, to })));
  if (applied.error === 'copy_refused') return notDone('copy_refused', applied.why);
  if (applied.error === 'not_in_workflow') return notDone('not_in_workflow', 'This is a question or HIPAA matter, not a request in the workflow: answer it directly; note and assign work here.');
  const { code, status } = applied.rejection;
  return notDone(code, `The state machine refused it: ${code.replace(/_/g, ' ')} (the request is ${status.replace(/_/g, ' ')}). Nothing was changed.`, applied.rejection);
}
