import { appendAudit } from '../store/audit-log.js';
import { loadWorkflowRequests, updateRequestFields, withSiblingRequests, type WorkflowRequest } from '../store/workflow-requests.js';
import { FINAL_STATUSES, type RequestEvent } from '../pipeline/decide/request-state.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { detectDisowning, detectWithdrawal } from './detect-withdrawal.js';
import { findConsumerAddress } from './find-consumer-address.js';
import { handleCopyDetails } from './handle-copy-details.js';
import { handleVerificationReply, type VerificationReplyInput } from './handle-verification-reply.js';
import { verifyOrHandOver } from './verify-or-hand-over.js';
import { permissionEvent, type WorkflowDeps } from './workflow-settings.js';

export interface ContinueInput extends VerificationReplyInput {
  requestIds: readonly number[];
}

export interface ContinueOutcome {
  mails: PlannedMail[];
  /** The flags the message's events raised, each reason once. */
  flags: StaffFlagReason[];
  /** Records of the thread the workflow did not read the message for: staff read it (commit-decision raises `consumer_reply`). */
  unread: number[];
}

/**
 * A message in the conversation of open requests: a withdrawal, a verification reply, the rest of
 * a partial verification (§7062(c)), an agent's signed permission (§7063(a)(1)) or a parent's proof (§7070). What the workflow cannot read is
 * returned as `unread`, for staff: never dropped.
 */
export async function continueWorkflow(ctx: EventContext, deps: WorkflowDeps, input: ContinueInput): Promise<ContinueOutcome> {
  const sender = input.mail.from?.address ?? '';
  const group = await withSiblingRequests(ctx.trx, input.requestIds);
  const requests = (await loadWorkflowRequests(ctx.trx, group)).filter((r) => !FINAL_STATUSES.includes(r.state.status));
  const cause = { at: ctx.now, actor: 'consumer' as const, messageId: input.mail.messageId };
  const fromParty = (r: WorkflowRequest) => sender === r.requesterAddress || sender === r.consumerAddress;
  const mails: PlannedMail[] = [];
  const flags: StaffFlagReason[] = [];
  const handled = new Set<number>();

  if (detectWithdrawal(input.body)) {
    // The consumer answering our direct confirmation of an agent's request with "I did not
    // authorize this" is no withdrawal: the agent never had permission (§7063(a)).
    const disowns = (r: WorkflowRequest) => r.state.requester === 'agent' && r.consumerAddress !== null && sender === r.consumerAddress && sender !== r.requesterAddress && detectDisowning(input.body);
    const steps = requests.filter(fromParty).map((request) => ({ request, event: { ...cause, kind: disowns(request) ? ('consumer_disowns_agent' as const) : ('consumer_withdraws' as const) } }));
    const applied = await applyWorkflowEvents(ctx, steps);
    mails.push(...applied.mails);
    steps.forEach((s) => handled.add(s.request.id));
  }
  const open = requests.filter((r) => !handled.has(r.id) && !FINAL_STATUSES.includes(r.state.status));

  const verifying = open.filter((r) => r.state.status === 'awaiting_verification');
  const verification = await handleVerificationReply(ctx, deps, verifying, input, sender);
  mails.push(...verification.mails);
  flags.push(...verification.flags);
  verification.handled.forEach((id) => handled.add(id));

  // A copy request answered as categories until a reply brings what the higher degree lacks (§7024(a), §7062(c)).
  const details = await handleCopyDetails(ctx, open.filter((r) => !handled.has(r.id)), input, sender);
  mails.push(...details.mails);
  flags.push(...details.flags);
  details.handled.forEach((id) => handled.add(id));

  const held = await handleHeldRequests(ctx, deps, open.filter((r) => r.state.status === 'on_hold' && sender === r.requesterAddress), input, cause);
  mails.push(...held.mails);
  held.handled.forEach((id) => handled.add(id));

  return { mails, flags: [...new Set(flags)], unread: [...input.requestIds].filter((id) => !handled.has(id)) };
}

/** Signed permission from an agent (an attachment), or a parent's answer to the proof request. */
async function handleHeldRequests(
  ctx: EventContext,
  deps: WorkflowDeps,
  held: WorkflowRequest[],
  input: ContinueInput,
  cause: Pick<RequestEvent, 'at' | 'actor' | 'messageId'>,
): Promise<{ mails: PlannedMail[]; handled: number[] }> {
  const steps: Array<{ request: WorkflowRequest; event: RequestEvent }> = [];
  for (const request of held) {
    if (request.state.hold?.reason === 'parent_proof') steps.push({ request, event: { ...cause, kind: 'parent_proof_received' } });
    if (request.state.hold?.reason === 'agent_permission' && input.mail.attachments.length > 0) {
      // Staff check the document unless the operator turned automatic acceptance on (§7063(a)(1)).
      steps.push({ request, event: { ...cause, kind: permissionEvent(deps) } });
      if (request.consumerAddress === null) {
        const found = findConsumerAddress(input.body, [request.requesterAddress, deps.sender.address]);
        if (found) {
          await updateRequestFields(ctx.trx, request.id, { consumerAddress: found });
          request.consumerAddress = found;
        }
      }
    }
  }
  const applied = await applyWorkflowEvents(ctx, steps);
  const next = await verifyOrHandOver(ctx, deps, steps.map((s) => s.request).filter((r) => r.state.status === 'received'), input.mail.messageId);
  for (const step of steps) {
    await appendAudit(ctx.trx, { event: 'attachments_received', actor: 'consumer', requestId: step.request.id, inboundMessageId: ctx.inboundId, detail: { count: input.mail.attachments.length } }, ctx.now);
  }
  return { mails: [...applied.mails, ...next], handled: steps.map((s) => s.request.id) };
}
