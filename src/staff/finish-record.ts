import { appendAudit } from '../store/audit-log.js';
import { findRequestById, findRequestByReference, markMergedInto, setRecordStatus } from '../store/requests.js';
import { resolveRequestFlags, resolveSettledGroupFlags } from '../store/staff-flags.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';
import { applyStaffEvent } from '../workflow/apply-staff-event.js';
import { done, notDone, type ActionContext, type StaffActionOutcome } from './staff-action-outcome.js';

/** Statuses after which a record takes no `close` or `merge`: the workflow's final ones and `closed`. */
const FINISHED = new Set<string>([...FINAL_STATUSES, 'closed']);

const auditOf = (ctx: ActionContext, requestId: number, event: string, detail: Record<string, unknown>) =>
  appendAudit(ctx.trx, { event, actor: `staff:${ctx.staffAddress}`, requestId, inboundMessageId: ctx.inboundId, detail }, ctx.now);

/**
 * `close` (issue 14 item 3): finishes a record that is not a CCPA request (a question, a HIPAA
 * matter, an unspecified message) once staff handled it, after a `reply` or alone; the text under
 * the command is the audit's reason. A CCPA request is refused: it closes only through a decision
 * the law describes (complete, deny REASON, withdraw) or as a duplicate (merge).
 */
export async function closeRecord(ctx: ActionContext, note: string | null): Promise<StaffActionOutcome> {
  const row = await findRequestById(ctx.trx, ctx.requestId);
  if (!row) return notDone('unknown_request', 'There is no such request.');
  if (FINISHED.has(String(row.status))) return notDone('already_finished', `${row.reference} is already ${String(row.status).replace(/_/g, ' ')}: nothing was changed.`);
  if (row.workflow_state) {
    return notDone('ccpa_request', `${row.reference} is a CCPA request: finish it with complete, deny REASON, withdraw, or merge REF if it duplicates another; each tells the requester what the law requires.`);
  }
  await setRecordStatus(ctx.trx, ctx.requestId, 'closed', ctx.now);
  await resolveRequestFlags(ctx.trx, ctx.requestId, ctx.now);
  await resolveSettledGroupFlags(ctx.trx, ctx.requestId, [...FINISHED], ctx.now);
  await auditOf(ctx, ctx.requestId, 'staff_closed', { from: String(row.status), to: 'closed', ...(note ? { reason: note } : {}) });
  return done(`${row.reference} is closed${note ? ', with your text kept as the reason' : ''}. Nothing was sent to the requester.`, 'closed');
}

/**
 * `merge REF` (issue 14 item 4): this record duplicates REF. It is closed as merged (the state
 * machine's `staff_merge`: no mail, no denial, not counted in the §7102 metrics), and linked to REF
 * so that its messages and timeline show under REF and a reply in its thread reaches REF.
 */
export async function mergeRecord(ctx: ActionContext, into: string): Promise<StaffActionOutcome> {
  const [row, target] = [await findRequestById(ctx.trx, ctx.requestId), await findRequestByReference(ctx.trx, into)];
  if (!row) return notDone('unknown_request', 'There is no such request.');
  if (!target) return notDone('merge_target_unknown', `There is no request ${into}.`);
  if (target.merged_into_id != null) return notDone('merge_target_merged', `${into} was itself merged into another request: merge into that one.`);
  if (FINISHED.has(String(row.status))) return notDone('already_finished', `${row.reference} is already ${String(row.status).replace(/_/g, ' ')}: nothing was changed.`);
  if (row.workflow_state) {
    const applied = await applyStaffEvent(ctx, ctx.requestId, { kind: 'staff_merge', into, at: ctx.now, actor: `staff:${ctx.staffAddress}`, messageId: null });
    if (!applied.ok) return notDone('not_merged', `${row.reference} could not be merged: nothing was changed.`, applied.error === 'rejected' ? applied.rejection : null);
  } else {
    await setRecordStatus(ctx.trx, ctx.requestId, 'merged', ctx.now);
    await auditOf(ctx, ctx.requestId, 'staff_merge', { from: String(row.status), to: 'merged', into });
  }
  await markMergedInto(ctx.trx, ctx.requestId, Number(target.id), ctx.now);
  await resolveRequestFlags(ctx.trx, ctx.requestId, ctx.now);
  await auditOf(ctx, Number(target.id), 'request_merged_in', { duplicate: String(row.reference) });
  return done(`${row.reference} is merged into ${into}: its messages and timeline now show under ${into}, and it is closed as merged (no mail to the requester, not counted in the metrics).`, 'merged');
}
