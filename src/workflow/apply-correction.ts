import { appendAudit } from '../store/audit-log.js';
import { closeRecordAsMisread, insertCorrection, listRecordsOfMessage, markMessageJunk, type CorrectedRecord } from '../store/classification-corrections.js';
import type { Db } from '../store/db.js';
import { readRawMessage } from '../store/inbound-messages.js';
import { allocateReference, insertRequest } from '../store/requests.js';
import { fromDb } from '../store/time.js';
import { dueDates } from '../pipeline/decide/clocks.js';
import { FINAL_STATUSES, type RequestStatus } from '../pipeline/decide/request-state.js';
import { parseMail } from '../pipeline/parse/parse-mail.js';
import { readText } from '../pipeline/parse/read-text.js';
import type { Classification, Language, RequesterRole } from '../pipeline/types.js';
import { isRequestType, type RequestType } from '../shared/request-types.js';
import { applyStaffEvent } from './apply-staff-event.js';
import { queueWorkflowMails, type QueuedMail } from './queue-workflow-mails.js';
import { startWorkflow } from './start-workflow.js';
import type { WorkflowDeps } from './workflow-settings.js';

/** What staff say the message asked (issue 16 item 5). */
export type Correction = { kind: 'retype'; types: RequestType[] } | { kind: 'not_a_request' } | { kind: 'junk' };

export interface AppliedCorrection {
  opened: Array<{ reference: string; type: string; dueDate: string }>;
  closed: string[];
  mails: QueuedMail[];
}

interface CorrectionContext {
  trx: Db;
  deps: WorkflowDeps;
  inboundId: number | null;
  now: Date;
  staff: string;
}

/**
 * Makes the records of one message what staff say it asked: records of types it never asked are
 * closed as misread (no denial, no mail: nothing was asked, so nothing is refused); types it asked
 * and the bot missed are opened with the clock of the message's receipt (§1798.130(a)(2)) and put
 * on the workflow, which writes to the requester; junk is closed and listed with `other` mail,
 * and nobody is written to. The correction is stored as a labeled example.
 */
export async function applyCorrection(ctx: CorrectionContext, record: CorrectedRecord, correction: Correction): Promise<AppliedCorrection> {
  const records = await listRecordsOfMessage(ctx.trx, record.inboundMessageId);
  const wanted = correction.kind === 'retype' ? correction.types : [];
  const open = records.filter((r) => !FINAL_STATUSES.includes(r.status as RequestStatus));
  const closed: string[] = [];
  for (const r of open.filter((r) => !wanted.includes(r.type as RequestType))) {
    await closeAsMisread(ctx, r, correction.kind);
    closed.push(r.reference);
  }
  const missing = wanted.filter((type) => !open.some((r) => r.type === type));
  const { opened, mails } = missing.length > 0 ? await openMissing(ctx, record, missing) : { opened: [], mails: [] };
  if (correction.kind === 'junk') await markMessageJunk(ctx.trx, record.inboundMessageId, ctx.staff);
  const category = correction.kind === 'retype' ? 'privacy_request' : correction.kind === 'junk' ? 'other' : 'question';
  await insertCorrection(
    ctx.trx,
    { inboundMessageId: record.inboundMessageId, requestId: record.id, staff: ctx.staff, correction: correction.kind, category, requestTypes: wanted, requester: category === 'privacy_request' ? record.requesterRole : 'none', lang: record.lang },
    ctx.now,
  );
  await appendAudit(ctx.trx, { event: 'classification_corrected', actor: `staff:${ctx.staff}`, requestId: record.id, inboundMessageId: record.inboundMessageId, detail: { correction: correction.kind, types: wanted, closed, opened: opened.map((o) => o.reference) } }, ctx.now);
  return { opened, closed, mails };
}

async function closeAsMisread(ctx: CorrectionContext, r: CorrectedRecord, correction: Correction['kind']): Promise<void> {
  const event = { kind: 'staff_misread' as const, correction, at: ctx.now, actor: `staff:${ctx.staff}` as const, messageId: null };
  const applied = await applyStaffEvent({ ...ctx }, r.id, event);
  if (applied.ok) return;
  if (applied.error === 'rejected') throw new Error(`${r.reference}: the state machine refused the correction (${applied.rejection.code})`);
  if (applied.error !== 'not_in_workflow') throw new Error(`${r.reference}: the correction was refused (${applied.error})`);
  // A question, a HIPAA matter or an unspecified request is not on the state machine.
  await closeRecordAsMisread(ctx.trx, r.id, ctx.now);
  await appendAudit(ctx.trx, { event: 'staff_misread', actor: `staff:${ctx.staff}`, requestId: r.id, inboundMessageId: null, detail: { correction, from: r.status, to: 'misread' } }, ctx.now);
}

async function openMissing(ctx: CorrectionContext, record: CorrectedRecord, types: RequestType[]): Promise<Omit<AppliedCorrection, 'closed'>> {
  const raw = await readRawMessage(ctx.trx, record.inboundMessageId);
  if (!raw) throw new Error(`message ${record.inboundMessageId}: its raw text is no longer stored; open the request by hand`);
  const receivedAt = fromDb(record.receivedAt);
  const mail = await parseMail(raw, receivedAt);
  const role = record.requesterRole as RequesterRole;
  const lang = record.lang as Language;
  const opened: Array<{ id: number; reference: string; type: string; requesterRole: RequesterRole; dueDate: string }> = [];
  for (const type of types.filter(isRequestType)) {
    const due = dueDates(receivedAt, type, ctx.deps.workflow.clocks);
    const reference = await allocateReference(ctx.trx, Number(due.receivedOn.slice(0, 4)));
    const id = await insertRequest(ctx.trx, { reference, type, status: 'received', requesterAddress: record.requesterAddress, requesterRole: role, consumerName: record.consumerName, lang, receivedAt, dueDate: due.respondBy, inboundMessageId: record.inboundMessageId }, ctx.now);
    await appendAudit(ctx.trx, { event: 'request_received', actor: `staff:${ctx.staff}`, requestId: id, inboundMessageId: record.inboundMessageId, detail: { type, requesterRole: role, dueDate: due.respondBy, lang, correctedFrom: record.reference } }, ctx.now);
    opened.push({ id, reference, type, requesterRole: role, dueDate: due.respondBy });
  }
  const classification = { lang, accessScope: types.includes('access') ? 'categories' : null } as Classification;
  const planned = await startWorkflow({ trx: ctx.trx, inboundId: ctx.inboundId, now: ctx.now }, ctx.deps, { opened, mail, classification, body: readText(mail).body, answer: 'all' });
  const mails = await queueWorkflowMails(ctx.trx, ctx.deps, planned, ctx.now);
  return { opened: opened.map(({ reference, type, dueDate }) => ({ reference, type, dueDate })), mails };
}
