import { randomUUID } from 'node:crypto';
import { composeMail, ourMessageId } from '../mail/compose-mail.js';
import { formatLongDate } from '../mail/labels.js';
import { toLocalDate } from '../shared/local-date.js';
import { appendAudit } from '../store/audit-log.js';
import { enqueueOutbox } from '../store/outbox.js';
import { findRequestById, setRecordStatus } from '../store/requests.js';
import { resolveRequestFlags } from '../store/staff-flags.js';
import { fromDb } from '../store/time.js';
import { loadOriginal, quotedOriginal } from './queue-flag-mails.js';
import { relayToConsumer } from './relay-to-consumer.js';
import { done, notDone, type ActionContext, type StaffActionOutcome } from './staff-action-outcome.js';

/** What the person is told, in the staff-message template (no deadline: not a CCPA request). */
const toldTheConsumer = (to: string) =>
  `We have passed your message to our team that handles patient records (${to}). They will contact you about it directly. Requests for medical or billing records follow HIPAA and California's medical privacy law rather than the California Consumer Privacy Act (Cal. Civ. Code §1798.146(a)(1)).`;

/**
 * `forward` (issue 14 item 3): a HIPAA matter goes to the team that handles patient records
 * (HIPAA_FORWARD_ADDRESS), with the original attached; the person is told the truth (where it
 * went) in the thread, and the record is closed. Refused on a CCPA request, when nothing is
 * configured, and when the person's mail bounces (nothing is sent or closed then).
 */
export async function forwardToHipaaTeam(ctx: ActionContext): Promise<StaffActionOutcome> {
  const to = ctx.deps.workflow.hipaaForwardAddress;
  const row = await findRequestById(ctx.trx, ctx.requestId);
  if (!row) return notDone('unknown_request', 'There is no such request.');
  if (row.workflow_state) return notDone('ccpa_request', `${row.reference} is a CCPA request, not a HIPAA matter: it cannot be forwarded.`);
  if (['closed', 'merged'].includes(String(row.status))) return notDone('already_finished', `${row.reference} is already ${String(row.status)}: nothing was changed.`);
  if (!to) return notDone('hipaa_forward_not_configured', 'HIPAA_FORWARD_ADDRESS is not set: forward the message by hand, reply to the requester, then close.');
  const told = await relayToConsumer(ctx, ctx.requestId, toldTheConsumer(to));
  if (!told.ok) return notDone(told.why, 'Mail to the requester bounced before: nothing was forwarded. Reach them another way.');
  const original = await loadOriginal(ctx.trx, row.inbound_message_id ?? null, ctx.now);
  const { sender } = ctx.deps;
  const rendered = ctx.deps.templates.render('hipaa-forward', 'en', {
    reference: String(row.reference),
    requester: String(row.requester_address),
    receivedDate: formatLongDate(toLocalDate(fromDb(row.received_at), ctx.deps.workflow.clocks.timeZone), 'en'),
    staffAddress: ctx.staffAddress,
    ...quotedOriginal(original, '(the original message is no longer kept)'),
    businessName: sender.businessName,
    botAddress: sender.address,
  });
  const messageId = ourMessageId(randomUUID(), sender.messageIdDomain);
  // The person's message goes whole (RFC 2046 §5.2.1 message/rfc822), so the team sees what they wrote.
  const { raw, subject } = await composeMail(rendered, sender, { to, messageId, date: ctx.now, subjectTag: String(row.reference), inReplyTo: null, references: [], autoSubmitted: 'auto-generated', ...(original?.raw ? { original: original.raw } : {}) });
  await enqueueOutbox(ctx.trx, { messageId, kind: 'hipaa-forward', lang: 'en', requestId: ctx.requestId, inboundMessageId: ctx.inboundId, envelopeFrom: sender.address, recipient: to, subject, raw }, ctx.now);
  await setRecordStatus(ctx.trx, ctx.requestId, 'closed', ctx.now);
  await resolveRequestFlags(ctx.trx, ctx.requestId, ctx.now);
  await appendAudit(ctx.trx, { event: 'hipaa_forwarded', actor: `staff:${ctx.staffAddress}`, requestId: ctx.requestId, inboundMessageId: ctx.inboundId, detail: { forwardedTo: to, messageId, from: String(row.status), to: 'closed' } }, ctx.now);
  return done(`${row.reference} was forwarded to ${to} with the original attached, the requester was told where it went, and it is closed.`, 'closed', [
    { kind: told.kind, to: told.to },
    { kind: 'hipaa-forward', to },
  ]);
}
