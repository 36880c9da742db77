import type { PlannedReply } from './decide-inbound.js';
import type { TemplateKind } from './template-kinds.js';

/**
 * Workflow mails that confirm receipt by themselves: each names the reference, the receipt date,
 * the deadline and the next step, which is what the acknowledgement says (§7021(a)).
 */
const CONFIRMS_RECEIPT: ReadonlySet<TemplateKind> = new Set<TemplateKind>([
  'verification-challenge',
  'opt-out-confirmed',
  'limit-reached',
  'agent-permission-request',
  'parent-proof-request',
]);

/** A mail the workflow planned for a new message, as the first-reply rule needs to see it. */
export interface FirstWorkflowMail {
  requestId: number;
  to: 'requester' | 'consumer';
  template: TemplateKind;
}

/**
 * Whether the workflow answers a new message's requests at all: only where decideInbound planned
 * the acknowledgement. A message the bot is unsure of, or over the reply limit, gets no planned
 * reply: its requests get their state and clock, and staff answer (email-rules §2).
 */
export function workflowAnswers(planned: PlannedReply | null): boolean {
  return planned?.kind === 'acknowledgement';
}

/**
 * The first reply to a new message: the one place that says whether it is decideInbound's planned
 * reply or nothing, because the workflow's own first mails already confirm receipt of every record
 * the message opened (a verification challenge, an opt-out confirmation...) and a separate
 * acknowledgement would be a near-duplicate. A record the workflow does not take (an unspecified
 * request, a question) keeps the acknowledgement.
 */
export function firstReply(planned: PlannedReply | null, openedIds: readonly number[], workflowMails: readonly FirstWorkflowMail[]): PlannedReply | null {
  if (planned === null) return null;
  const confirmed = new Set(workflowMails.filter((m) => m.to === 'requester' && CONFIRMS_RECEIPT.has(m.template)).map((m) => m.requestId));
  const replaced = openedIds.length > 0 && openedIds.every((id) => confirmed.has(id));
  return replaced ? null : planned;
}
