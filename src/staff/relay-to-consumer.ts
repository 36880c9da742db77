import { addresseeData } from '../mail/addressee.js';
import { bareSubject, queueReply } from '../mail/queue-reply.js';
import { formatLongDate } from '../mail/labels.js';
import { toLocalDate } from '../shared/local-date.js';
import { fromDb } from '../store/time.js';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../shared/languages.js';
import { appendAudit } from '../store/audit-log.js';
import type { Db } from '../store/db.js';
import { findInboundSummary } from '../store/inbound-messages.js';
import { requestThread } from '../store/request-timeline.js';
import { findRequestById } from '../store/requests.js';
import { isUndeliverable } from '../store/reply-history.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';

/**
 * Staff's `reply TEXT` (issue 6 item 2): the text reaches the requester inside the
 * `staff-message` template, in the requester's language, threaded into the request's
 * conversation, from the bot's address, so the record of the conversation stays complete. Works
 * for every record, questions and HIPAA matters included (those are answered this way).
 */
export async function relayToConsumer(
  ctx: { trx: Db; deps: WorkflowDeps; inboundId: number | null; now: Date; staffAddress: string },
  requestId: number,
  text: string,
): Promise<{ ok: true; kind: string; to: string } | { ok: false; why: string }> {
  const { trx, deps, now } = ctx;
  const request = await findRequestById(trx, requestId);
  if (!request) return { ok: false, why: 'unknown_request' };
  const to = String(request.requester_address);
  if (await isUndeliverable(trx, to)) return { ok: false, why: 'recipient_undeliverable' };
  // A language no longer offered (or never stored) falls back to the business's own.
  const storedLang = String(request.lang);
  const lang: Language = isLanguage(storedLang) ? storedLang : DEFAULT_LANGUAGE;
  const subjectRow = await findInboundSummary(trx, request.inbound_message_id);
  const rendered = deps.templates.render('staff-message', lang, {
    reference: request.reference,
    references: [],
    staffNote: text.trim(),
    receivedDate: formatLongDate(toLocalDate(fromDb(request.received_at), deps.workflow.clocks.timeZone), lang),
    // Only a CCPA request has a legal deadline: a question or a HIPAA matter is never told one (issue 14 item 3).
    dueDate: request.workflow_state ? formatLongDate(String(request.due_date), lang) : '',
    consumerName: request.consumer_name ?? '',
    // The requester reads it: an agent or a parent is not greeted with the consumer's name (issue 15 item 2).
    ...addresseeData({ role: request.requester_role === 'agent' || request.requester_role === 'parent' ? request.requester_role : 'consumer', consumerName: request.consumer_name ?? '', lang }),
    botAddress: deps.sender.address,
    businessName: deps.sender.businessName,
    originalSubject: bareSubject(String(subjectRow?.subject ?? '')),
  });
  const thread = await requestThread(trx, requestId, to);
  const { messageId } = await queueReply(
    trx,
    deps.sender,
    {
      kind: 'staff-message',
      lang,
      to,
      rendered,
      inReplyTo: thread.latestInbound,
      references: thread.messageIds.filter((id) => id !== thread.latestInbound),
      reference: String(request.reference),
      requestId,
      inboundMessageId: ctx.inboundId,
      // Written by a person but sent by the bot: marked like every bot message, so the requester's
      // auto-responders do not answer into the thread (RFC 3834 §2).
      autoSubmitted: 'auto-replied',
    },
    now,
  );
  await appendAudit(trx, { event: 'staff_message_relayed', actor: `staff:${ctx.staffAddress}`, requestId, inboundMessageId: ctx.inboundId, detail: { messageId, text: text.trim() } }, now);
  return { ok: true, kind: 'staff-message', to };
}
