import { appendAudit } from '../store/audit-log.js';
import { raiseStaffFlag, resolveRequestFlags } from '../store/staff-flags.js';
import { closeRecord, mergeRecord } from './finish-record.js';
import { forwardToHipaaTeam } from './forward-to-hipaa-team.js';
import { done, notDone, type ActionContext, type QueuedStaffMail, type StaffActionOutcome } from './staff-action-outcome.js';
import { assignRequest } from '../store/staff-assignments.js';
import { applyStaffEvent } from '../workflow/apply-staff-event.js';
import { applyCorrection, type Correction } from '../workflow/apply-correction.js';
import { findRecordById } from '../store/classification-corrections.js';
import { confirmReading } from '../workflow/confirm-reading.js';
import { refusalText } from './refusal-text.js';
import { relayToConsumer } from './relay-to-consumer.js';
import type { StaffAction } from './staff-command.js';

export type { QueuedStaffMail, StaffActionOutcome };

const NOT_IN_WORKFLOW_TEXT = 'This is a question or HIPAA matter, not a request in the workflow: answer it with reply, then finish it with close.';

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
    case 'confirm_reading':
      return confirm(ctx, null, action.reason);
    case 'note':
      await audit('staff_note', { note: action.text });
      return done('The note was added to the record.', null);
    case 'assign':
      await assignRequest(ctx.trx, { requestId: ctx.requestId, staffAddress: action.address, assignedBy: ctx.staffAddress }, ctx.now);
      await audit('staff_assigned', { to: action.address });
      // The assignee is told (issue 14 item 7): a flag, mailed to the assigned staff member only.
      await raiseStaffFlag(ctx.trx, { requestId: ctx.requestId, inboundMessageId: null, reason: 'assigned', detail: { by: ctx.staffAddress } }, ctx.now);
      return done(`The request is assigned to ${action.address}: the requester's replies go to them from now on.`, null);
    case 'merge':
      return mergeRecord(ctx, action.into);
    case 'close':
      return closeRecord(ctx, action.note);
    case 'forward_hipaa':
      return forwardToHipaaTeam(ctx);
    case 'refuse':
      return notDone(action.reason, action.reason === 'assignee_not_staff' ? 'Requests can be assigned only to configured staff addresses.' : 'A request cannot be merged into itself.');
    case 'relay_to_consumer': {
      const relayed = await relayToConsumer(ctx, ctx.requestId, action.text);
      if (!relayed.ok) return notDone(relayed.why, relayed.why === 'recipient_undeliverable' ? 'Mail to the requester bounced before: reach them another way.' : 'There is no such request.');
      // The requester's message that needed a person has its answer (issue 14 item 5).
      await resolveRequestFlags(ctx.trx, ctx.requestId, ctx.now, { reasons: ['consumer_reply'] });
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
  // A bare approve of a reading nobody confirmed confirms the reading: it never verifies (§7060-§7062).
  if (!applied.ok && applied.error === 'rejected' && applied.rejection.code === 'reading_unconfirmed') return confirm(ctx, event.messageId, event.staffReason);
  if (applied.ok) return done('Recorded in the audit log under your name.', applied.status, applied.mails.map(({ kind, to }) => ({ kind, to })));
  if (applied.error === 'copy_refused') return notDone('copy_refused', applied.why);
  if (applied.error === 'not_in_workflow') return notDone('not_in_workflow', NOT_IN_WORKFLOW_TEXT);
  return notDone(applied.rejection.code, refusalText(event.kind.replace(/^staff_/, '').replace('consumer_withdraws', 'withdraw'), applied.rejection), applied.rejection);
}

async function confirm(ctx: ActionContext, messageId: string | null = null, staffReason?: string): Promise<StaffActionOutcome> {
  const confirmed = await confirmReading(ctx, ctx.requestId, { actor: `staff:${ctx.staffAddress}`, messageId, ...(staffReason ? { staffReason } : {}) });
  if (confirmed.ok) {
    const text = 'The reading is confirmed: the request now runs as usual (confirmation of receipt, verification, clocks). It is not verified.';
    return done(text, confirmed.status, confirmed.mails.map(({ kind, to }) => ({ kind, to })));
  }
  if (confirmed.error === 'not_in_workflow') return notDone('not_in_workflow', NOT_IN_WORKFLOW_TEXT);
  const { code, status } = confirmed.rejection;
  return notDone(code, `The reading was confirmed before (the request is ${status.replace(/_/g, ' ')}): nothing was changed.`, confirmed.rejection);
}
