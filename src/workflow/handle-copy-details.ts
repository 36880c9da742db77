import { loadDirectoryCandidates } from '../store/consumer-directory.js';
import type { WorkflowRequest } from '../store/workflow-requests.js';
import { judgeCopyDetails } from '../pipeline/decide/judge-verification.js';
import { awaitsCopyDetails } from '../pipeline/decide/partial-verification.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import type { VerificationReplyInput } from './handle-verification-reply.js';

/**
 * A reply in the thread of a copy request verified only to the reasonable degree (§7024(a)): read
 * for the missing details and the signed declaration (§7062(c)) when it comes from the address
 * that answered the challenge (the consumer's, for an agent's request, §7063(a)(2)); the pure
 * judge reads it and the state machine decides. A reply with neither is left for staff to read.
 * Whatever it completes, the copy still goes only to the verified requester (staff `complete`).
 */
export async function handleCopyDetails(ctx: EventContext, requests: readonly WorkflowRequest[], input: VerificationReplyInput, sender: string): Promise<{ mails: PlannedMail[]; flags: StaffFlagReason[]; handled: number[] }> {
  const steps = [];
  for (const request of requests) {
    const verifier = request.state.requester === 'agent' ? request.consumerAddress : request.requesterAddress;
    if (!awaitsCopyDetails(request.state) || verifier === null || sender.toLowerCase() !== verifier.toLowerCase()) continue;
    const directory = await loadDirectoryCandidates(ctx.trx, verifier);
    const event = judgeCopyDetails({ extraction: input.extraction, directory, lang: request.state.lang, cause: { at: ctx.now, messageId: input.mail.messageId } });
    if (event !== null) steps.push({ request, event });
  }
  const applied = await applyWorkflowEvents(ctx, steps);
  return { mails: applied.mails, flags: applied.flags, handled: steps.map((s) => s.request.id) };
}
