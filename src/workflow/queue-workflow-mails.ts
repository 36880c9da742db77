import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { findInboundSummary } from '../store/inbound-messages.js';
import { requestThread } from '../store/request-timeline.js';
import { isUndeliverable } from '../store/reply-history.js';
import { raiseStaffFlag } from '../store/staff-flags.js';
import { timeZoneLabel } from '../mail/labels.js';
import { bareSubject, queueReply } from '../mail/queue-reply.js';
import type { PlannedMail } from './apply-workflow-event.js';
import { declarationFields } from './business-declarations.js';
import { consumerMailData } from './consumer-mail-data.js';
import type { WorkflowDeps } from './workflow-settings.js';

export interface QueuedMail {
  kind: string;
  to: string;
  subject: string;
  messageId: string;
  raw: Buffer;
  requestIds: number[];
}

function recipientOf(mail: PlannedMail): string | null {
  return mail.action.to === 'consumer' ? mail.request.consumerAddress : mail.request.requesterAddress;
}

/**
 * Mails of one batch with the same template and recipient become one message listing every
 * reference: one email with three requests gets one verification challenge, not three.
 */
function groupMails(mails: readonly PlannedMail[]): Array<{ to: string | null; mails: PlannedMail[] }> {
  const groups = new Map<string, { to: string | null; mails: PlannedMail[] }>();
  for (const mail of mails) {
    const to = recipientOf(mail);
    const key = `${mail.action.template}\u0000${to ?? `unknown:${mail.request.id}`}`;
    const group = groups.get(key) ?? { to, mails: [] };
    group.mails.push(mail);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Renders the planned mails from the templates in the request's language and queues them in the
 * caller's transaction, threaded into the request's conversation (In-Reply-To the latest message
 * from that person, References accumulated, subject tag; email-rules §3). A recipient we do not
 * know (an agent's consumer) or whose mail bounces is handed to staff instead. These two flags are
 * raised here and not by the state machine because they are about delivery, known only when the
 * mail is queued: the same event's mail may reach one address and not another.
 */
export async function queueWorkflowMails(trx: Db, deps: WorkflowDeps, mails: readonly PlannedMail[], now: Date): Promise<QueuedMail[]> {
  const queued: QueuedMail[] = [];
  for (const group of groupMails(mails)) {
    const reason = group.to === null ? 'consumer_address_unknown' : (await isUndeliverable(trx, group.to)) ? 'recipient_undeliverable' : null;
    if (group.to === null || reason !== null) {
      for (const m of group.mails) {
        await raiseStaffFlag(trx, { requestId: m.request.id, inboundMessageId: m.inboundId, reason: reason ?? 'consumer_address_unknown', detail: { template: m.action.template } }, now);
      }
      continue;
    }
    queued.push(await queueOne(trx, deps, group.to, group.mails, now));
  }
  return queued;
}

async function originalSubject(trx: Db, inboundMessageId: number | null): Promise<string> {
  if (inboundMessageId === null) return '';
  const row = await findInboundSummary(trx, inboundMessageId);
  const subject = typeof row?.subject === 'string' ? row.subject : '';
  return bareSubject(subject);
}

async function queueOne(trx: Db, deps: WorkflowDeps, to: string, mails: PlannedMail[], now: Date): Promise<QueuedMail> {
  const first = mails[0]!;
  const { state } = first.request;
  const lang = state.lang;
  const template = first.action.template;
  const toConsumer = first.action.to === 'consumer';
  const data = consumerMailData({
    lang,
    about: mails.map((m) => ({ reference: m.request.state.reference, type: m.request.state.type, dueDate: m.action.dates.dueDate ?? m.request.state.due.respondBy })),
    dates: first.action.dates,
    consumerName: first.request.consumerName ?? '',
    // Read by the consumer, or by the agent or parent who asked for them (issue 15 item 2).
    recipient: { role: toConsumer || state.requester === 'self' ? 'consumer' : state.requester },
    agentName: toConsumer ? first.request.requesterAddress : '',
    originalSubject: toConsumer ? '' : await originalSubject(trx, first.request.inboundMessageId),
    sender: deps.sender,
    extras: { ...declarationFields(deps.workflow.business), timeZoneName: timeZoneLabel(deps.workflow.clocks.timeZone, lang), ...first.action.data },
  });
  const rendered = deps.templates.render(template, lang, data);
  const thread = await requestThread(trx, first.request.id, to);
  const queued = await queueReply(
    trx,
    deps.sender,
    {
      kind: template,
      lang,
      to,
      rendered,
      inReplyTo: thread.latestInbound,
      references: thread.messageIds.filter((id) => id !== thread.latestInbound),
      reference: state.reference,
      requestId: first.request.id,
      inboundMessageId: first.inboundId,
      autoSubmitted: first.inboundId === null ? 'auto-generated' : 'auto-replied',
      files: mails.flatMap((m) => m.action.attachments ?? []),
    },
    now,
  );
  const { messageId } = queued;
  for (const m of mails) {
    await appendAudit(trx, { event: 'reply_queued', actor: 'bot', requestId: m.request.id, inboundMessageId: m.inboundId, detail: { kind: template, messageId, to: m.action.to } }, now);
  }
  return { ...queued, requestIds: mails.map((m) => m.request.id) };
}
