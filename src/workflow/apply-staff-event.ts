import { describeCopyFileProblem, isCopyRequest, judgeCopyFiles } from '../pipeline/decide/copy-files.js';
import { loadWorkflowRequests } from '../store/workflow-requests.js';
import { deleteChallenge } from '../store/verification-challenges.js';
import type { RequestEvent, TransitionRejection } from '../pipeline/decide/request-state.js';
import { awaitsAgentPermission } from '../pipeline/decide/verification-transitions.js';
import { verifyOrHandOver } from './verify-or-hand-over.js';
import { applyWorkflowEvent, type EventContext } from './apply-workflow-event.js';
import { queueWorkflowMails, type QueuedMail } from './queue-workflow-mails.js';
import type { WorkflowDeps } from './workflow-settings.js';

export type AppliedStaffEvent =
  | { ok: true; mails: QueuedMail[]; status: string }
  | { ok: false; error: 'not_in_workflow' }
  /** Files attached to a completion that cannot go; `why` says what to do instead. */
  | { ok: false; error: 'copy_refused'; why: string }
  | { ok: false; error: 'rejected'; rejection: TransitionRejection };

/**
 * One staff decision on one stored request, whichever way staff gave it (a staff mail or the
 * command line): the same state machine, audit log and templates as any other event, the mail
 * it causes queued in the caller's transaction.
 */
export async function applyStaffEvent(ctx: EventContext & { deps: WorkflowDeps }, requestId: number, event: RequestEvent): Promise<AppliedStaffEvent> {
  const [request] = await loadWorkflowRequests(ctx.trx, [requestId]);
  if (!request) return { ok: false, error: 'not_in_workflow' };
  if (event.kind === 'staff_complete' && event.files && event.files.length > 0) {
    const judged = judgeCopyFiles(event.files, { isCopy: isCopyRequest(request.state.type, request.state.accessScope), partiallyVerified: !!request.state.partialVerification, maxBytes: ctx.deps.workflow.copyMaxBytes });
    if (!judged.ok) return { ok: false, error: 'copy_refused', why: describeCopyFileProblem(judged.problem) };
    event = { ...event, files: judged.files };
  }
  const acceptsPermission = event.kind === 'staff_approve' && awaitsAgentPermission(request.state);
  const applied = await applyWorkflowEvent(ctx, request, event);
  if (!applied.ok) return { ok: false, error: 'rejected', rejection: applied.rejection };
  // Staff accepted an agent's permission: the workflow goes on as it does for an accepted permission,
  // with the consumer's direct confirmation (§7063(a)(2)).
  if (acceptsPermission && request.state.status === 'received') {
    const next = await verifyOrHandOver(ctx, ctx.deps, [request], event.messageId);
    const mails = await queueWorkflowMails(ctx.trx, ctx.deps, [...applied.mails, ...next], ctx.now);
    return { ok: true, mails, status: request.state.status };
  }
  // Verification is over once staff decide (approved by other means, denied, withdrawn): its data goes (§7060(d)).
  if (request.challengeId !== null && request.state.status !== 'awaiting_verification') await deleteChallenge(ctx.trx, request.challengeId);
  const mails = await queueWorkflowMails(ctx.trx, ctx.deps, applied.mails, ctx.now);
  return { ok: true, mails, status: request.state.status };
}
