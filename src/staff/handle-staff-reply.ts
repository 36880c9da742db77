import type { InboundMail, ScreenVerdictKind } from '../pipeline/types.js';
import type { TemplateSet } from '../mail/render-template.js';
import { appendAudit } from '../store/audit-log.js';
import type { Db } from '../store/db.js';
import { findRequestByReference } from '../store/requests.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import { applyStaffAction, type StaffActionOutcome } from './apply-staff-action.js';
import { checkStaffReply, type StaffReplySettings } from './check-staff-reply.js';
import { parseStaffCommand } from './parse-staff-command.js';
import { planStaffCommand } from './plan-staff-command.js';
import { queueStaffMail, type StaffMailSettings } from './queue-staff-mail.js';
import { confirmationMailData, helpMailData } from './staff-mail-data.js';
import { isRecordedStaffReply, recordStaffReply, type StaffReplyOutcome } from './staff-replies.js';

export type StaffLoopSettings = StaffReplySettings & StaffMailSettings;

export interface StaffReplyContext {
  trx: Db;
  deps: WorkflowDeps & { templates: TemplateSet };
  /** Row id of the stored staff message (stored like any inbound message, before this runs). */
  inboundId: number | null;
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
 * replay check, the three checks of email-rules §4, the command, its action, the audit entry, and
 * a confirmation or help reply to the staff member. Inside the caller's transaction. A refused
 * reply changes nothing and gets no answer (no help to a forger); it is audited and goes to the
 * digest through `staff_replies`.
 */
export async function handleStaffReply(ctx: StaffReplyContext, mail: InboundMail, raw: Buffer, settings: StaffLoopSettings): Promise<HandledStaffReply> {
  if (await isRecordedStaffReply(ctx.trx, mail.messageKey)) return { outcome: 'duplicate', reference: null, command: null, why: null };
  const check = await checkStaffReply(mail, raw, settings, ctx.now);
  const base = { messageKey: mail.messageKey, inboundMessageId: ctx.inboundId, fromAddress: mail.from?.address ?? null };
  if (ctx.verdict && ctx.verdict !== 'human') {
    // Never answer machine mail (email-rules §1): a help reply to an auto-reply would start a loop.
    await recordStaffReply(ctx.trx, { ...base, reference: null, command: null, outcome: 'refused', failedCheck: 'machine_mail', detail: ctx.verdict }, ctx.now);
    return { outcome: 'refused', reference: null, command: null, why: `machine_mail: ${ctx.verdict}` };
  }
  if (!check.ok) {
    const why = `${check.check}: ${check.reason}`;
    await recordStaffReply(ctx.trx, { ...base, reference: check.reference, command: null, outcome: 'refused', failedCheck: check.check, detail: check.reason }, ctx.now);
    await appendAudit(ctx.trx, { event: 'staff_reply_refused', actor: 'bot', requestId: null, inboundMessageId: ctx.inboundId, detail: { from: base.fromAddress, check: check.check, reason: check.reason } }, ctx.now);
    return { outcome: 'refused', reference: check.reference, command: null, why };
  }
  const request = await findRequestByReference(ctx.trx, check.reference);
  const parsed = parseStaffCommand(mail.text);
  const reply = (kind: 'staff-confirmation' | 'staff-help', data: Record<string, unknown>) =>
    queueStaffMail(ctx.trx, ctx.deps.templates, settings, { kind, data, to: [check.staffAddress], reference: check.reference, requestId: request?.id ?? null, inboundMessageId: ctx.inboundId }, ctx.now);
  if (!request || !parsed.ok) {
    const problem = parsed.ok ? 'unknown_command' : parsed.reason;
    await recordStaffReply(ctx.trx, { ...base, reference: check.reference, command: null, outcome: 'not_understood', failedCheck: request ? problem : 'unknown_request', detail: parsed.ok ? null : parsed.firstLine }, ctx.now);
    await reply('staff-help', helpMailData({ reference: check.reference, problem, firstLine: parsed.ok ? '' : parsed.firstLine, businessName: settings.businessName }));
    return { outcome: 'not_understood', reference: check.reference, command: null, why: problem };
  }
  const action = planStaffCommand(parsed.command, { staffAddress: check.staffAddress, messageId: mail.messageId, at: ctx.now, reference: check.reference, staffAddresses: settings.staffAddresses });
  const result = await applyStaffAction({ ...ctx, staffAddress: check.staffAddress, requestId: request.id }, action);
  const outcome: StaffReplyOutcome = result.applied ? 'applied' : 'rejected';
  await recordStaffReply(ctx.trx, { ...base, reference: check.reference, command: parsed.command.kind, outcome, failedCheck: result.code, detail: result.applied ? null : result.outcomeText }, ctx.now);
  if (action.kind === 'help') await reply('staff-help', helpMailData({ reference: check.reference, problem: null, firstLine: '', businessName: settings.businessName }));
  else await reply('staff-confirmation', confirmation(check.reference, parsed.command.kind, result, settings.businessName));
  return { outcome, reference: check.reference, command: parsed.command.kind, why: result.code };
}

function confirmation(reference: string, command: string, result: StaffActionOutcome, businessName: string): Record<string, unknown> {
  return confirmationMailData({
    reference,
    commandText: command,
    applied: result.applied,
    outcomeText: result.outcomeText,
    status: result.applied && result.status ? result.status.replace(/_/g, ' ') : null,
    consumerMail: result.consumerMail.length > 0 ? result.consumerMail.join(', ') : null,
    businessName,
  });
}
