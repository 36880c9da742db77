import type { InboundMail, ScreenVerdictKind } from '../pipeline/types.js';
import type { TemplateSet } from '../mail/render-template.js';
import { appendAudit } from '../store/audit-log.js';
import type { Db } from '../store/db.js';
import { findRequestByReference } from '../store/requests.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import { applyStaffAction, type StaffActionOutcome } from './apply-staff-action.js';
import { addressedTo, checkStaffReply, type StaffReplySettings } from './check-staff-reply.js';
import { parseStaffCommand } from './parse-staff-command.js';
import { planStaffCommand } from './plan-staff-command.js';
import type { StaffConfirmationData } from '../mail/template-data.js';
import { queueStaffMail, type StaffKeyedMessage, type StaffMailSettings } from './queue-staff-mail.js';
import { confirmationMailData, helpMailData } from './staff-mail-data.js';
import { findAppliedStaffCommand, isRecordedStaffReply, recordStaffReply, type StaffReplyOutcome } from '../store/staff-replies.js';
import { findReplyKey } from './reply-key.js';
import { filesAttachedTo } from './attached-files.js';
import { staffCommandKey } from './staff-command-key.js';
import type { StaffCommandKind } from './staff-command.js';

export type StaffLoopSettings = StaffReplySettings & StaffMailSettings;

export interface StaffReplyContext {
  trx: Db;
  deps: WorkflowDeps & { templates: TemplateSet };
  /** Row id of the stored staff message (stored like any inbound message, before this runs). */
  inboundId: number | null;
  /** The key the message was stored under (a reused Message-ID gets its own); default the parsed one. */
  messageKey?: string;
  now: Date;
  /** The screening verdict: an out-of-office or a bounce sent to a reply-key address is no command. */
  verdict?: ScreenVerdictKind | null;
}

export interface HandledStaffReply {
  outcome: StaffReplyOutcome | 'duplicate';
  reference: string | null;
  command: string | null;
  /** The check that refused the reply, or the reason a command was not applied. */
  why: string | null;
}

/**
 * The staff path of the inbound pipeline, for mail sent to a reply-key address (issue 6):
 * same-message check, the three checks of email-rules §4, the command, the replay check, its
 * action, the audit entry, and a confirmation or help reply to the staff member. Inside the
 * caller's transaction. A refused reply changes nothing and gets no answer (no help to a forger);
 * it is audited and goes to the digest through `staff_replies`.
 */
export async function handleStaffReply(ctx: StaffReplyContext, mail: InboundMail, raw: Buffer, settings: StaffLoopSettings): Promise<HandledStaffReply> {
  const messageKey = ctx.messageKey ?? mail.messageKey;
  if (await isRecordedStaffReply(ctx.trx, messageKey)) return { outcome: 'duplicate', reference: null, command: null, why: null };
  const check = await checkStaffReply(mail, raw, settings, ctx.now);
  const base = { messageKey, inboundMessageId: ctx.inboundId, fromAddress: mail.from?.address ?? null };
  if (ctx.verdict && ctx.verdict !== 'human') {
    // Never answer machine mail (email-rules §1): a help reply to an auto-reply would start a loop.
    await recordStaffReply(ctx.trx, { ...base, reference: null, command: null, outcome: 'refused', failedCheck: 'machine_mail', detail: ctx.verdict }, ctx.now);
    return { outcome: 'refused', reference: null, command: null, why: `machine_mail: ${ctx.verdict}` };
  }
  if (!check.ok) {
    const why = `${check.check}: ${check.reason}`;
    await recordStaffReply(ctx.trx, { ...base, reference: check.reference, command: null, outcome: 'refused', failedCheck: check.check, detail: check.reason }, ctx.now);
    await appendAudit(ctx.trx, { event: 'staff_reply_refused', actor: 'bot', requestId: null, inboundMessageId: ctx.inboundId, detail: { from: base.fromAddress, check: check.check, reason: check.reason } }, ctx.now);
    if (check.reason === 'other_staff' && check.authenticated && check.reference && check.fromAddress) await answerColleague(ctx, settings, check.reference, check.fromAddress, mail.text);
    if (check.reason === 'no_reference' && check.authenticated && check.fromAddress) await answerWithoutReference(ctx, settings, check.fromAddress, mail);
    return { outcome: 'refused', reference: check.reference, command: null, why };
  }
  const request = await findRequestByReference(ctx.trx, check.reference);
  const parsed = parseStaffCommand(mail.text);
  const reply = (message: Extract<StaffKeyedMessage, { kind: 'staff-confirmation' | 'staff-help' }>) =>
    queueStaffMail(ctx.trx, ctx.deps.templates, settings, { ...message, to: [check.staffAddress], reference: check.reference, requestId: request?.id ?? null, inboundMessageId: ctx.inboundId }, ctx.now);
  if (!request || !parsed.ok) {
    const problem = parsed.ok ? 'unknown_command' : parsed.reason;
    await recordStaffReply(ctx.trx, { ...base, reference: check.reference, command: null, outcome: 'not_understood', failedCheck: request ? problem : 'unknown_request', detail: parsed.ok ? null : parsed.firstLine }, ctx.now);
    await reply({ kind: 'staff-help', data: helpMailData({ reference: check.reference, problem, firstLine: parsed.ok ? '' : parsed.firstLine, businessName: settings.sender.businessName }) });
    return { outcome: 'not_understood', reference: check.reference, command: null, why: problem };
  }
  const kind = parsed.command.kind;
  const { commandKey, replay } = await checkReplay(ctx, mail, settings, { ...base, staffAddress: check.staffAddress, reference: check.reference, requestId: request.id, kind });
  if (replay) return replay;
  // A copy's files come attached to `complete` (issue 15 item 5): read from the message as stored.
  const command = kind === 'complete' ? { ...parsed.command, files: await filesAttachedTo(raw) } : parsed.command;
  const action = planStaffCommand(command, { staffAddress: check.staffAddress, messageId: mail.messageId, at: ctx.now, reference: check.reference, staffAddresses: settings.staffAddresses });
  const result = await applyStaffAction({ ...ctx, staffAddress: check.staffAddress, requestId: request.id }, action);
  const outcome: StaffReplyOutcome = result.applied ? 'applied' : 'rejected';
  // Only an applied command takes its key: one the state machine refused may be sent again once it can apply.
  const record = { ...base, reference: check.reference, command: kind, outcome, failedCheck: result.code, detail: result.applied ? null : result.outcomeText, commandKey: result.applied ? commandKey : null };
  await recordStaffReply(ctx.trx, record, ctx.now);
  if (action.kind === 'help') await reply({ kind: 'staff-help', data: helpMailData({ reference: check.reference, problem: null, firstLine: '', businessName: settings.sender.businessName }) });
  else await reply({ kind: 'staff-confirmation', data: confirmation(check.reference, kind, result, settings.sender.businessName) });
  return { outcome, reference: check.reference, command: kind, why: result.code };
}

/**
 * A genuine staff member who replied through a colleague's flag mail gets the help reply that says
 * why nothing happened, with their own key in its Reply-To, so answering it applies the command.
 */
async function answerColleague(ctx: StaffReplyContext, settings: StaffLoopSettings, reference: string, staffAddress: string, text: string): Promise<void> {
  const request = await findRequestByReference(ctx.trx, reference);
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const data = helpMailData({ reference, problem: 'other_staff_key', firstLine, businessName: settings.sender.businessName });
  await queueStaffMail(ctx.trx, ctx.deps.templates, settings, { kind: 'staff-help', data, to: [staffAddress], reference, requestId: request?.id ?? null, inboundMessageId: ctx.inboundId }, ctx.now);
}

/**
 * Authenticated fresh mail from a staff member that names no request still gets an answer (issue
 * 14 item 7): what to write so the bot can act, in the staff member's own thread. No key: there is
 * no request a command could act on.
 */
async function answerWithoutReference(ctx: StaffReplyContext, settings: StaffLoopSettings, staffAddress: string, mail: InboundMail): Promise<void> {
  const firstLine = mail.text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const data = helpMailData({ reference: 'your message', problem: 'no_reference', firstLine, businessName: settings.sender.businessName });
  await queueStaffMail(ctx.trx, ctx.deps.templates, settings, { kind: 'staff-help', data, to: [staffAddress], reference: null, ...(mail.messageId ? { inReplyTo: mail.messageId } : {}), requestId: null, inboundMessageId: ctx.inboundId }, ctx.now);
}

/**
 * email-rules §4: "the same" staff message is the same staff member, thread and command text, not
 * the same Message-ID. Returns the command's idempotency key and, when a command with that key was
 * applied before, the refusal: recorded, audited (`staff_reply_replayed`), and nothing sent, not
 * even a confirmation, since the copy may be an attacker's.
 */
async function checkReplay(
  ctx: StaffReplyContext,
  mail: InboundMail,
  settings: StaffLoopSettings,
  reply: { messageKey: string; inboundMessageId: number | null; fromAddress: string | null; staffAddress: string; reference: string; requestId: number; kind: StaffCommandKind },
): Promise<{ commandKey: string; replay: HandledStaffReply | null }> {
  // The reply key is in To or the envelope here: checkStaffReply refused the message otherwise.
  const replyKey = findReplyKey(addressedTo(mail), settings.botAddress) ?? '';
  const commandKey = staffCommandKey({ staffAddress: reply.staffAddress, reference: reply.reference, replyKey, kind: reply.kind, text: mail.text });
  const earlier = await findAppliedStaffCommand(ctx.trx, commandKey);
  if (!earlier) return { commandKey, replay: null };
  const record = { messageKey: reply.messageKey, inboundMessageId: reply.inboundMessageId, fromAddress: reply.fromAddress, reference: reply.reference, command: reply.kind };
  await recordStaffReply(ctx.trx, { ...record, outcome: 'refused', failedCheck: 'replay', detail: 'already applied' }, ctx.now);
  const detail = { from: reply.staffAddress, command: reply.kind, firstInboundMessageId: earlier.inboundMessageId };
  await appendAudit(ctx.trx, { event: 'staff_reply_replayed', actor: 'bot', requestId: reply.requestId, inboundMessageId: ctx.inboundId, detail }, ctx.now);
  return { commandKey, replay: { outcome: 'refused', reference: reply.reference, command: reply.kind, why: 'replay: already applied' } };
}

function confirmation(reference: string, command: string, result: StaffActionOutcome, businessName: string): StaffConfirmationData {
  return confirmationMailData({
    reference,
    commandText: command,
    applied: result.applied,
    outcomeText: result.outcomeText,
    status: result.applied && result.status ? result.status.replace(/_/g, ' ') : null,
    consumerMail: result.mails.length > 0 ? result.mails.map((mail) => mail.kind).join(', ') : null,
    businessName,
  });
}
