import { loadWorkflowRequests } from '../store/workflow-requests.js';
import type { Actor, TransitionRejection } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvent, applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { queueWorkflowMails, type QueuedMail } from './queue-workflow-mails.js';
import { verifyOrHandOver } from './verify-or-hand-over.js';
import type { WorkflowDeps } from './workflow-settings.js';

export type ConfirmedReading =
  | { ok: true; mails: QueuedMail[]; status: string }
  | { ok: false; error: 'not_in_workflow' }
  | { ok: false; error: 'rejected'; rejection: TransitionRejection };

/**
 * Staff confirm the bot's reading of a request it was unsure of (`confirm`, or `approve` on such
 * a request): from here the request runs as if the bot had been sure (issue 14 item 1): the
 * `acknowledged` step (agent permission, parent proof, opt-out confirmation), one verification
 * challenge or the hand-over to staff, and a confirmation of receipt if none of those mails gives
 * one (§7021(a)). Nothing here marks the request verified (§7060-§7062).
 */
export async function confirmReading(ctx: EventContext & { deps: WorkflowDeps }, requestId: number, cause: { actor: Actor; messageId: string | null; staffReason?: string }): Promise<ConfirmedReading> {
  const [request] = await loadWorkflowRequests(ctx.trx, [requestId]);
  if (!request) return { ok: false, error: 'not_in_workflow' };
  const event = { at: ctx.now, ...cause };
  const acknowledged = await applyWorkflowEvent(ctx, request, { ...event, kind: 'acknowledged' });
  if (!acknowledged.ok) return { ok: false, error: 'rejected', rejection: acknowledged.rejection };
  const mails: PlannedMail[] = [...acknowledged.mails];
  if (request.state.status === 'received') mails.push(...(await verifyOrHandOver(ctx, ctx.deps, [request], cause.messageId)));
  if (request.state.receiptConfirmed !== true) {
    const confirmed = await applyWorkflowEvents(ctx, [{ request, event: { ...event, kind: 'receipt_confirmation_due' } }]);
    // The acknowledgement goes first: it opens the conversation the challenge continues.
    mails.unshift(...confirmed.mails);
  }
  const queued = await queueWorkflowMails(ctx.trx, ctx.deps, mails, ctx.now);
  return { ok: true, mails: queued, status: request.state.status };
}
