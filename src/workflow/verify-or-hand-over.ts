import { countDirectory } from '../store/consumer-directory.js';
import type { WorkflowRequest } from '../store/workflow-requests.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { issueChallenge } from './issue-challenge.js';
import type { WorkflowDeps } from './workflow-settings.js';

/**
 * Requests that now wait for verification get one challenge per address that must answer it (the
 * consumer's, for an agent's request, §7063(a)(2)). When no challenge can go out, the state
 * machine's `verification_unavailable` hands the request to staff: without a consumer directory
 * there is nothing to match data points against (§7060(c)(1)), and an agent's consumer may have
 * no known address.
 */
export async function verifyOrHandOver(ctx: EventContext, deps: WorkflowDeps, requests: WorkflowRequest[], messageId: string | null): Promise<PlannedMail[]> {
  if (requests.length === 0) return [];
  const cause = { at: ctx.now, actor: 'bot' as const, messageId };
  if ((await countDirectory(ctx.trx)) === 0) {
    await applyWorkflowEvents(ctx, requests.map((request) => ({ request, event: { ...cause, kind: 'verification_unavailable' as const, reason: 'directory_empty' as const } })));
    return [];
  }
  const byAnswerFrom = new Map<string, WorkflowRequest[]>();
  for (const r of requests) {
    const answerFrom = r.state.requester === 'agent' ? r.consumerAddress : r.requesterAddress;
    if (answerFrom === null) {
      await applyWorkflowEvents(ctx, [{ request: r, event: { ...cause, kind: 'verification_unavailable', reason: 'consumer_address_unknown' } }]);
      continue;
    }
    byAnswerFrom.set(answerFrom, [...(byAnswerFrom.get(answerFrom) ?? []), r]);
  }
  const mails: PlannedMail[] = [];
  for (const [answerFrom, group] of byAnswerFrom) {
    mails.push(...(await issueChallenge(ctx, deps.workflow, group, { actor: 'bot', messageId, answerFrom })));
  }
  return mails;
}
