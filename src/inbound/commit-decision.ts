import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { markUndeliverable } from '../store/reply-history.js';
import { allocateReference, insertRequest } from '../store/requests.js';
import { raiseStaffFlag } from '../store/staff-flags.js';
import type { Decision, PlannedRequest, Understanding } from '../pipeline/decide/decide-inbound.js';
import { bareSubject, queueReply, type QueuedReply, type ReplySettings } from '../mail/queue-reply.js';
import { formatLongDate, requestTypeLabel } from '../mail/labels.js';
import type { TemplateSet } from '../mail/render-template.js';
import { startWorkflow } from '../workflow/start-workflow.js';
import { continueWorkflow } from '../workflow/continue-workflow.js';
import { queueWorkflowMails } from '../workflow/queue-workflow-mails.js';
import type { WorkflowSettings } from '../workflow/workflow-settings.js';

export type CommittedReply = QueuedReply;

export interface CommittedOutcome {
  requests: Array<{ reference: string; type: string; dueDate: string }>;
  replies: CommittedReply[];
  staffFlags: string[];
}

interface CommitContext {
  trx: Db;
  deps: { templates: TemplateSet; reply: ReplySettings; workflow: WorkflowSettings };
  understanding: Understanding;
  inboundId: number;
  now: Date;
}

type OpenedRequest = PlannedRequest & { id: number; reference: string };

/**
 * Writes a decision: requests, audit events, staff flags and outgoing mail. Runs inside the
 * caller's transaction (the same one that stored the message), never on its own.
 */
export async function commitDecision(ctx: CommitContext, decision: Decision): Promise<CommittedOutcome> {
  switch (decision.outcome) {
    case 'rejected':
      return commitRejection(ctx, decision);
    case 'joined_thread':
      return commitJoinedThread(ctx, decision.requestIds);
    case 'new_requests':
      return commitNewRequests(ctx, decision);
  }
}

async function commitRejection(ctx: CommitContext, decision: Extract<Decision, { outcome: 'rejected' }>): Promise<CommittedOutcome> {
  const { trx, inboundId, now } = ctx;
  const quarantined = decision.reason.startsWith('quarantined:');
  await appendAudit(trx, { event: quarantined ? 'message_quarantined' : 'message_screened_out', actor: 'bot', requestId: null, inboundMessageId: inboundId, detail: { reason: decision.reason, detail: decision.detail } }, now);
  const bounced = decision.bounced;
  if (bounced) {
    await appendAudit(trx, { event: bounced.permanent ? 'reply_bounced' : 'reply_delayed', actor: 'bot', requestId: bounced.requestId, inboundMessageId: inboundId, detail: { recipient: bounced.recipient, status: bounced.status } }, now);
    if (bounced.permanent) {
      await markUndeliverable(trx, { address: bounced.recipient, status: bounced.status, diagnostic: decision.detail, bounceMessageId: inboundId }, now);
    }
  }
  if (!decision.flagStaff) return { requests: [], replies: [], staffFlags: [] };
  const reason = bounced?.permanent ? 'reply_bounced' : decision.reason;
  await raiseStaffFlag(trx, { requestId: bounced?.requestId ?? null, inboundMessageId: inboundId, reason, detail: { detail: decision.detail } }, now);
  return { requests: [], replies: [], staffFlags: [reason] };
}

async function commitNewRequests(ctx: CommitContext, decision: Extract<Decision, { outcome: 'new_requests' }>): Promise<CommittedOutcome> {
  const { trx, inboundId, now } = ctx;
  const requester = ctx.understanding.mail?.from?.address ?? '';
  const opened: OpenedRequest[] = [];
  for (const planned of decision.requests) {
    const reference = await allocateReference(trx, Number(planned.receivedOn.slice(0, 4)));
    const id = await insertRequest(trx, { ...planned, reference, requesterAddress: requester, inboundMessageId: inboundId }, now);
    await appendAudit(trx, { event: 'request_received', actor: 'consumer', requestId: id, inboundMessageId: inboundId, detail: { type: planned.type, requesterRole: planned.requesterRole, dueDate: planned.dueDate, lang: planned.lang, classification: ctx.understanding.classification?.reasons ?? [] } }, now);
    opened.push({ ...planned, id, reference });
  }
  const staffFlags: string[] = [];
  if (decision.staffFlag) {
    for (const request of opened) {
      await raiseStaffFlag(trx, { requestId: request.id, inboundMessageId: inboundId, reason: decision.staffFlag }, now);
    }
    staffFlags.push(decision.staffFlag);
  }
  const replies: CommittedReply[] = [];
  // The workflow plans mail only where the bot answers: a withheld reply (unsure, rate-limited) is for staff.
  const workflow = await startWorkflowFor(ctx, opened, decision.reply?.kind === 'acknowledgement');
  if (decision.reply && !workflow?.replacesAcknowledgement) {
    const reply = await queueFirstReply(ctx, decision.reply, opened);
    for (const request of opened) await appendAudit(trx, { event: 'reply_queued', actor: 'bot', requestId: request.id, inboundMessageId: inboundId, detail: { kind: reply.kind, messageId: reply.messageId } }, now);
    replies.push(reply);
  }
  if (workflow) replies.push(...(await queueWorkflowMails(trx, ctx.deps, workflow.mails, now)));
  return { requests: opened.map((r) => ({ reference: r.reference, type: r.type, dueDate: r.dueDate })), replies, staffFlags };
}

async function startWorkflowFor(ctx: CommitContext, opened: OpenedRequest[], answer: boolean): Promise<Awaited<ReturnType<typeof startWorkflow>> | null> {
  const mail = ctx.understanding.mail;
  if (!mail) return null;
  const records = opened.map((r) => ({ id: r.id, reference: r.reference, type: r.type, requesterRole: r.requesterRole }));
  const input = { opened: records, mail, classification: ctx.understanding.classification, body: ctx.understanding.text?.body ?? mail.text, answer };
  return startWorkflow({ trx: ctx.trx, inboundId: ctx.inboundId, now: ctx.now }, ctx.deps, input);
}

/** A message in an existing conversation: recorded on each request, then read by the workflow (codes, permission, proof). */
async function commitJoinedThread(ctx: CommitContext, requestIds: number[]): Promise<CommittedOutcome> {
  const { trx, inboundId, now, understanding } = ctx;
  for (const requestId of requestIds) {
    await appendAudit(trx, { event: 'consumer_message_received', actor: 'consumer', requestId, inboundMessageId: inboundId }, now);
  }
  const mail = understanding.mail;
  if (!mail) return { requests: [], replies: [], staffFlags: [] };
  const input = { requestIds, mail, extraction: understanding.extraction, body: understanding.text?.body ?? mail.text };
  const outcome = await continueWorkflow({ trx, inboundId, now }, ctx.deps, input);
  const replies = await queueWorkflowMails(trx, ctx.deps, outcome.mails, now);
  return { requests: [], replies, staffFlags: outcome.flags };
}

async function queueFirstReply(ctx: CommitContext, planned: NonNullable<Extract<Decision, { outcome: 'new_requests' }>['reply']>, opened: OpenedRequest[]): Promise<CommittedReply> {
  const { deps, trx, now, inboundId } = ctx;
  const { lang, to, kind } = planned;
  const mail = ctx.understanding.mail;
  const first = opened[0];
  if (!first || !mail) throw new Error('a first reply needs a record and a parsed message');
  const latestDue = opened.map((r) => r.dueDate).sort().at(-1) ?? first.dueDate;
  const rendered = deps.templates.render(kind, lang, {
    reference: first.reference,
    references: opened.length > 1 ? opened.map((r) => r.reference) : [],
    items: opened.map((r) => ({ reference: r.reference, label: requestTypeLabel(r.type, lang), dueDate: formatLongDate(r.dueDate, lang) })),
    requestTypeLabels: opened.map((r) => requestTypeLabel(r.type, lang)),
    receivedDate: formatLongDate(first.receivedOn, lang),
    dueDate: formatLongDate(latestDue, lang),
    consumerName: first.consumerName ?? mail.from?.name ?? '',
    botAddress: deps.reply.botAddress,
    businessName: deps.reply.businessName,
    originalSubject: bareSubject(mail.subject),
  });
  return queueReply(
    trx,
    deps.reply,
    { kind, lang, to, rendered, inReplyTo: mail.messageId, references: mail.references, reference: first.reference, requestId: first.id, inboundMessageId: inboundId, autoSubmitted: 'auto-replied' },
    now,
  );
}
