import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { markUndeliverable } from '../store/reply-history.js';
import { allocateReference, insertRequest } from '../store/requests.js';
import { raiseOrJoinStaffFlag, raiseStaffFlag } from '../store/staff-flags.js';
import type { Decision, PlannedReply, PlannedRequest, Understanding } from '../pipeline/decide/decide-inbound.js';
import { firstReply, workflowAnswers } from '../pipeline/decide/first-reply.js';
import { REJECTION_HANDLING } from '../pipeline/decide/rejections.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';
import { bareSubject, type QueuedReply } from '../mail/queue-reply.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { PlannedMail } from '../workflow/apply-workflow-event.js';
import { consumerMailData } from '../workflow/consumer-mail-data.js';
import { startWorkflow, type StartInput } from '../workflow/start-workflow.js';
import { continueWorkflow } from '../workflow/continue-workflow.js';
import { queueWorkflowMails, type FirstReplySection } from '../workflow/queue-workflow-mails.js';
import type { WorkflowSettings } from '../workflow/workflow-settings.js';

export type CommittedReply = QueuedReply;

export interface CommittedOutcome {
  requests: Array<{ reference: string; type: string; dueDate: string }>;
  replies: CommittedReply[];
  staffFlags: StaffFlagReason[];
}

interface CommitContext {
  trx: Db;
  deps: { templates: TemplateSet; sender: SenderIdentity; workflow: WorkflowSettings };
  understanding: Understanding;
  inboundId: number;
  now: Date;
}

type OpenedRequest = PlannedRequest & { id: number; reference: string };

/**
 * Writes a decision: requests, audit events, staff flags and outgoing mail. Runs inside the
 * caller's transaction (the same one that stored the message), never on its own. The flags raised
 * here are about the message (decideInbound's, and a reply the workflow could not read); the
 * flags of request events come out of the state machine (workflow/apply-workflow-event.ts).
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
  const reason = bounced?.permanent ? 'reply_bounced' : REJECTION_HANDLING[decision.reason].staffFlag;
  if (!decision.flagStaff || reason === null) return { requests: [], replies: [], staffFlags: [] };
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
  const staffFlags: StaffFlagReason[] = [];
  if (decision.staffFlag && decision.staffFlagGroup) {
    // A flood joins the day's one flag of its sender (issue 13 item 8): one flag mail, a count.
    const requestIds = opened.map((r) => r.id);
    await raiseOrJoinStaffFlag(trx, { requestId: requestIds[0] ?? null, inboundMessageId: inboundId, reason: decision.staffFlag, groupKey: decision.staffFlagGroup, requestIds }, now);
    staffFlags.push(decision.staffFlag);
  } else if (decision.staffFlag) {
    for (const request of opened) {
      await raiseStaffFlag(trx, { requestId: request.id, inboundMessageId: inboundId, reason: decision.staffFlag }, now);
    }
    staffFlags.push(decision.staffFlag);
  }
  const replies: CommittedReply[] = [];
  const workflowMails = await startWorkflowFor(ctx, opened, workflowAnswers(decision.reply) ? 'all' : decision.confirmOptOuts ? 'opt_out_only' : 'none');
  const workflowFirst = workflowMails.map((m) => ({ requestId: m.request.id, to: m.action.to, template: m.action.template }));
  const reply = firstReply(decision.reply, opened.map((r) => r.id), workflowFirst);
  // One reply per message (issue 15 item 1): the first reply opens the mail to its sender, and the
  // workflow's mails to the same person are sections of it.
  replies.push(...(await queueWorkflowMails(trx, ctx.deps, workflowMails, now, reply ? firstReplySection(ctx, reply, opened) : null)));
  return { requests: opened.map((r) => ({ reference: r.reference, type: r.type, dueDate: r.dueDate })), replies, staffFlags };
}

async function startWorkflowFor(ctx: CommitContext, opened: OpenedRequest[], answer: StartInput['answer']): Promise<PlannedMail[]> {
  const mail = ctx.understanding.mail;
  if (!mail) return [];
  const records = opened.map((r) => ({ id: r.id, reference: r.reference, type: r.type, requesterRole: r.requesterRole }));
  const input = { opened: records, mail, classification: ctx.understanding.classification, body: ctx.understanding.text?.body ?? mail.text, answer };
  return startWorkflow({ trx: ctx.trx, inboundId: ctx.inboundId, now: ctx.now }, ctx.deps, input);
}

/**
 * A message in an existing conversation: recorded on each request, then read by the workflow
 * (codes, permission, proof). What the workflow could not read goes to staff as `consumer_reply`:
 * a flag on the message rather than a request event, since it also covers records the state
 * machine does not hold (questions, HIPAA matters) and requests already closed.
 */
async function commitJoinedThread(ctx: CommitContext, requestIds: number[]): Promise<CommittedOutcome> {
  const { trx, inboundId, now, understanding } = ctx;
  for (const requestId of requestIds) {
    await appendAudit(trx, { event: 'consumer_message_received', actor: 'consumer', requestId, inboundMessageId: inboundId }, now);
  }
  const mail = understanding.mail;
  if (!mail) return { requests: [], replies: [], staffFlags: [] };
  const input = { requestIds, mail, extraction: understanding.extraction, body: understanding.text?.body ?? mail.text };
  const outcome = await continueWorkflow({ trx, inboundId, now }, ctx.deps, input);
  for (const requestId of outcome.unread) await raiseStaffFlag(trx, { requestId, inboundMessageId: inboundId, reason: 'consumer_reply' }, now);
  const replies = await queueWorkflowMails(trx, ctx.deps, outcome.mails, now);
  return { requests: [], replies, staffFlags: [...outcome.flags, ...(outcome.unread.length > 0 ? ['consumer_reply' as const] : [])] };
}

/** decideInbound's reply to a new message, as the opening section of the mail to its sender. */
function firstReplySection(ctx: CommitContext, planned: PlannedReply, opened: OpenedRequest[]): FirstReplySection {
  const { deps, inboundId } = ctx;
  const { lang, to, kind } = planned;
  const mail = ctx.understanding.mail;
  const first = opened[0];
  if (!first || !mail) throw new Error('a first reply needs a record and a parsed message');
  const data = consumerMailData({
    lang,
    about: opened.map((r) => ({ reference: r.reference, type: r.type, dueDate: r.dueDate })),
    dates: { receivedDate: first.receivedOn },
    // An agent or a parent is greeted by their own name; the consumer (or child) is named in the text.
    ...(first.requesterRole === 'self'
      ? { consumerName: first.consumerName ?? mail.from?.name ?? '' }
      : { consumerName: first.consumerName ?? '', recipient: { role: first.requesterRole, name: mail.from?.name ?? '' } }),
    originalSubject: bareSubject(mail.subject),
    sender: deps.sender,
  });
  return {
    kind,
    lang,
    to,
    data: data as FirstReplySection['data'],
    requestIds: opened.map((r) => r.id),
    references: opened.map((r) => r.reference),
    inboundId,
    thread: { inReplyTo: mail.messageId, references: mail.references },
  };
}
