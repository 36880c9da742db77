import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { enqueueOutbox } from '../store/outbox.js';
import { allocateReference, insertRequest } from '../store/requests.js';
import type { Decision, PlannedRequest, Understanding } from './decide/decide-inbound.js';
import { composeReply, ourMessageId } from './reply/compose-reply.js';
import { formatLongDate, requestTypeLabel } from './reply/labels.js';
import type { TemplateSet } from './reply/render-template.js';

export interface ReplySettings {
  botAddress: string;
  /** Display name on our From line. */
  botName: string;
  businessName: string;
  instanceId: string;
}

export interface CommittedReply {
  kind: string;
  to: string;
  subject: string;
  messageId: string;
  raw: Buffer;
}

interface CommitInput {
  decision: Decision;
  understanding: Understanding;
  inboundId: number;
  now: Date;
}

/**
 * Writes a decision: requests, audit events and outgoing mail. Runs inside the caller's
 * transaction (the same one that stored the message), never on its own.
 */
export async function commitDecision(
  trx: Db,
  deps: { templates: TemplateSet; reply: ReplySettings },
  { decision, understanding, inboundId, now }: CommitInput,
): Promise<{ requests: Array<{ reference: string; type: string; dueDate: string }>; replies: CommittedReply[] }> {
  const audit = (event: string, requestId: number | null, detail: Record<string, unknown>) =>
    appendAudit(trx, { event, actor: 'bot', requestId, inboundMessageId: inboundId, detail }, now);
  switch (decision.outcome) {
    case 'rejected':
      await audit(decision.reason.startsWith('quarantined:') ? 'message_quarantined' : 'message_screened_out', null, {
        reason: decision.reason,
        detail: decision.detail,
        flagStaff: decision.flagStaff,
      });
      return { requests: [], replies: [] };
    case 'joined_thread':
      for (const requestId of decision.requestIds) {
        await appendAudit(trx, { event: 'consumer_message_received', actor: 'consumer', requestId, inboundMessageId: inboundId }, now);
      }
      return { requests: [], replies: [] };
    case 'new_requests':
      return openRequests(trx, deps, decision, understanding, inboundId, now, audit);
  }
}

async function openRequests(
  trx: Db,
  deps: { templates: TemplateSet; reply: ReplySettings },
  decision: Extract<Decision, { outcome: 'new_requests' }>,
  understanding: Understanding,
  inboundId: number,
  now: Date,
  audit: (event: string, requestId: number | null, detail: Record<string, unknown>) => Promise<void>,
) {
  const opened: Array<PlannedRequest & { id: number; reference: string }> = [];
  for (const planned of decision.requests) {
    const reference = await allocateReference(trx, Number(planned.receivedOn.slice(0, 4)));
    const id = await insertRequest(
      trx,
      { ...planned, reference, status: 'received', requesterAddress: decision.reply.to, inboundMessageId: inboundId },
      now,
    );
    await audit('request_received', id, { type: planned.type, requesterRole: planned.requesterRole, dueDate: planned.dueDate, lang: planned.lang });
    opened.push({ ...planned, id, reference });
  }
  const reply = await queueAcknowledgement(trx, deps, decision, understanding, opened, inboundId, now);
  for (const request of opened) await audit('reply_queued', request.id, { kind: reply.kind, messageId: reply.messageId });
  return { requests: opened.map((r) => ({ reference: r.reference, type: r.type, dueDate: r.dueDate })), replies: [reply] };
}

async function queueAcknowledgement(
  trx: Db,
  deps: { templates: TemplateSet; reply: ReplySettings },
  decision: Extract<Decision, { outcome: 'new_requests' }>,
  understanding: Understanding,
  opened: Array<PlannedRequest & { id: number; reference: string }>,
  inboundId: number,
  now: Date,
): Promise<CommittedReply> {
  const { lang, to, kind } = decision.reply;
  const mail = understanding.mail;
  const first = opened[0];
  if (!first || !mail) throw new Error('an acknowledgement needs a request and a parsed message');
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
    originalSubject: mail.subject.replace(/^\s*((re|aw|sv|fw|fwd|rv)\s*:\s*)+/i, ''),
  });
  const messageId = ourMessageId(randomUUID(), deps.reply.botAddress.split('@')[1] ?? 'localhost');
  const { raw, subject } = await composeReply(rendered, {
    from: { name: deps.reply.botName, address: deps.reply.botAddress },
    to,
    messageId,
    inReplyTo: mail.messageId,
    references: mail.references,
    reference: first.reference,
    autoSubmitted: 'auto-replied',
    instanceId: deps.reply.instanceId,
    date: now,
  });
  await enqueueOutbox(
    trx,
    { messageId, kind, lang, requestId: first.id, inboundMessageId: inboundId, envelopeFrom: deps.reply.botAddress, recipient: to, subject, raw },
    now,
  );
  return { kind, to, subject, messageId, raw };
}
