import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { deleteChallenge } from '../store/verification-challenges.js';
import { loadWorkflowRequests } from '../store/workflow-requests.js';
import { isDenialReason } from '../pipeline/decide/denial-reasons.js';
import type { RequestEvent, TransitionRejection } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvent } from './apply-workflow-event.js';
import { queueWorkflowMails, type QueuedMail } from './queue-workflow-mails.js';
import type { WorkflowDeps } from './workflow-settings.js';

export type StaffActionKind = 'approve' | 'deny' | 'extend' | 'complete' | 'note' | 'hold' | 'resume' | 'withdraw';

export interface StaffAction {
  kind: StaffActionKind;
  reference: string;
  /** Who acts, recorded as `staff:<name>` (§7101). */
  staff: string;
  /** deny: a denial reason; extend: the reason given to the consumer; complete: deleted | deidentified. */
  reason?: string;
  /** A note for the consumer (deny, complete) or for the record (note). */
  message?: string;
}

export type StaffActionResult =
  | { ok: true; mails: QueuedMail[]; status: string }
  | { ok: false; error: 'not_found' | 'not_in_workflow' | 'bad_arguments'; message: string }
  | { ok: false; error: 'rejected'; rejection: TransitionRejection; message: string };

/** The event a command stands for, or a message saying what is missing. */
export function staffEvent(action: StaffAction, now: Date): RequestEvent | string {
  const base = { at: now, actor: `staff:${action.staff}` as const, messageId: null };
  const note = action.message ? { note: action.message } : {};
  switch (action.kind) {
    case 'approve':
      return { ...base, kind: 'staff_approve' };
    case 'deny':
      if (!action.reason || !isDenialReason(action.reason)) return 'deny needs --reason with one of the fixed denial reasons (ccpa-rules, Denial reasons)';
      return { ...base, kind: 'staff_deny', reason: action.reason, ...note };
    case 'extend':
      if (!action.reason) return 'extend needs --reason: the notice must tell the consumer why (§1798.130(a)(2))';
      return { ...base, kind: 'staff_extend', reason: action.reason };
    case 'complete':
      if (action.reason === undefined) return { ...base, kind: 'staff_complete', ...note };
      if (action.reason !== 'deleted' && action.reason !== 'deidentified') return 'complete --reason must be deleted or deidentified (§7022(e))';
      return { ...base, kind: 'staff_complete', deletionMethod: action.reason, ...note };
    case 'hold':
      return { ...base, kind: 'staff_hold', ...note };
    case 'resume':
      return { ...base, kind: 'staff_resume' };
    case 'withdraw':
      return { ...base, kind: 'consumer_withdraws' };
    case 'note':
      return 'note';
  }
}

/**
 * A staff command on one request, in one transaction, through the same state machine, audit log
 * and templates as any other event; the mail it causes is threaded into the conversation.
 */
export async function runStaffAction(db: Db, deps: WorkflowDeps, action: StaffAction, now: Date): Promise<StaffActionResult> {
  return db.transaction(async (trx) => {
    const row = await trx('requests').where({ reference: action.reference }).first('id');
    if (!row) return { ok: false, error: 'not_found', message: `no request ${action.reference}` } as const;
    const [request] = await loadWorkflowRequests(trx, [Number(row.id)]);
    if (!request) return { ok: false, error: 'not_in_workflow', message: `${action.reference} has no request type the workflow handles (a question, a HIPAA matter, or an unspecified request): staff answer it directly` } as const;
    const event = staffEvent(action, now);
    if (event === 'note') {
      if (!action.message) return { ok: false, error: 'bad_arguments', message: 'note needs --message' } as const;
      await appendAudit(trx, { event: 'staff_note', actor: `staff:${action.staff}`, requestId: request.id, inboundMessageId: null, detail: { note: action.message } }, now);
      return { ok: true, mails: [], status: request.state.status } as const;
    }
    if (typeof event === 'string') return { ok: false, error: 'bad_arguments', message: event } as const;
    const applied = await applyWorkflowEvent({ trx, inboundId: null, now }, request, event);
    if (!applied.ok) return { ok: false, error: 'rejected', rejection: applied.rejection, message: `${event.kind} does not apply: ${applied.rejection.code} (status ${applied.rejection.status})` } as const;
    // Verification is over once staff decide (approved by other means, denied, withdrawn): its data goes (§7060(d)).
    if (request.challengeId !== null && request.state.status !== 'awaiting_verification') await deleteChallenge(trx, request.challengeId);
    const mails = await queueWorkflowMails(trx, deps, applied.mails, now);
    return { ok: true, mails, status: request.state.status } as const;
  });
}
