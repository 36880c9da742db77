import type { Db } from '../store/db.js';
import { fromDb } from '../store/time.js';
import { requestTimeline, type TimelineEntry } from '../store/request-timeline.js';
import { findRequestByReference, listRequests, type StoredRequestRow } from '../store/requests.js';
import { parseState } from '../store/workflow-requests.js';

/** The §7101 record of one request, as `requests list` and `requests show` print it. */
export interface RequestSummary {
  reference: string;
  type: string;
  status: string;
  channel: string;
  requester: string;
  requesterRole: string;
  lang: string;
  receivedAt: string;
  dueDate: string;
  /** Confirm receipt by (§7021(a)); null for a record with no such clock (opt-out, a question, a HIPAA matter). */
  confirmBy: string | null;
  /** Whether a mail has confirmed receipt; null where there is no such clock. */
  receiptConfirmed: boolean | null;
  respondedAt: string | null;
  denialReason: string | null;
}

function summary(row: StoredRequestRow): RequestSummary {
  const state = row.workflow_state ? parseState(row.workflow_state) : null;
  const confirmBy = state?.due.confirmBy ?? null;
  return {
    reference: String(row.reference),
    type: String(row.type),
    status: String(row.status),
    channel: String(row.channel ?? 'email'),
    requester: String(row.requester_address),
    requesterRole: String(row.requester_role),
    lang: String(row.lang),
    receivedAt: fromDb(row.received_at).toISOString(),
    dueDate: String(row.due_date),
    confirmBy,
    receiptConfirmed: state && confirmBy ? (state.receiptConfirmed ?? state.acknowledged) : null,
    respondedAt: row.responded_at == null ? null : fromDb(row.responded_at).toISOString(),
    denialReason: row.denial_reason == null ? null : String(row.denial_reason),
  };
}

export async function listRequestSummaries(db: Db, status?: string): Promise<RequestSummary[]> {
  return (await listRequests(db, { status })).map(summary);
}

export async function showRequest(db: Db, reference: string): Promise<(RequestSummary & { timeline: TimelineEntry[] }) | null> {
  const row = await findRequestByReference(db, reference);
  if (!row) return null;
  return { ...summary(row), timeline: await requestTimeline(db, Number(row.id)) };
}

/** One line per request, columns aligned for a terminal. */
export function formatRequestTable(rows: readonly RequestSummary[]): string {
  if (rows.length === 0) return 'no requests\n';
  const lines = rows.map((r) => [r.reference, r.type, r.status, r.dueDate, r.requester, r.denialReason ?? '']);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return `${lines.map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')}\n`;
}

/** The record and its timeline, for a person reading it. */
export function formatRequestDetail(request: RequestSummary & { timeline: TimelineEntry[] }): string {
  const head = [
    `${request.reference}  ${request.type}  ${request.status}`,
    `  requester:  ${request.requester} (${request.requesterRole}, ${request.lang}, by ${request.channel})`,
    `  received:   ${request.receivedAt}`,
    `  due:        ${request.dueDate}`,
    ...(request.confirmBy ? [`  confirm by: ${request.confirmBy} (${request.receiptConfirmed ? 'receipt confirmed' : 'receipt not confirmed yet'}, §7021(a))`] : []),
    ...(request.respondedAt ? [`  responded:  ${request.respondedAt}`] : []),
    ...(request.denialReason ? [`  denial:     ${request.denialReason}`] : []),
    '  timeline:',
  ];
  const events = request.timeline.map((e) => {
    const detail = e.detail ? ` ${JSON.stringify(e.detail)}` : '';
    return `    ${e.at}  ${e.kind === 'mail_out' ? 'sent' : 'event'}  ${e.what}${e.actor ? ` (${e.actor})` : ''}${detail}`;
  });
  return `${[...head, ...events].join('\n')}\n`;
}
