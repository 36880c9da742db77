import type { Db } from '../store/db.js';
import { fromDb } from '../store/time.js';
import { requestTimeline, type TimelineEntry } from '../store/request-timeline.js';
import { findRequestByReference, listRequests, type StoredRequestRow } from '../store/requests.js';
import { parseState } from '../store/workflow-requests.js';
import { stillMissing } from '../pipeline/decide/partial-verification.js';
import type { RequestStatus } from '../pipeline/decide/request-state.js';

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
  /** The degree a copy request reached (§7062(b), §7062(c)); null for any other request. */
  verifiedDegree: 'reasonable' | 'reasonably_high' | null;
  /** While a copy request is verified only to the reasonable degree: what it still lacks (§7024(a)). */
  copyStillNeeds: { dataPoints: number; declaration: boolean } | null;
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
    verifiedDegree: state?.verifiedDegree ?? null,
    copyStillNeeds: state?.partialVerification ? stillMissing(state.partialVerification) : null,
  };
}

/** Every status a record can have: the workflow's, and `closed` for a question or HIPAA matter staff finished. */
export const RECORD_STATUSES = ['received', 'awaiting_verification', 'verified', 'in_progress', 'on_hold', 'extended', 'needs_staff', 'completed', 'denied', 'withdrawn', 'merged', 'closed'] as const satisfies ReadonlyArray<RequestStatus | 'closed'>;

export function isRecordStatus(value: string): boolean {
  return (RECORD_STATUSES as readonly string[]).includes(value);
}

export async function listRequestSummaries(db: Db, filter: { status?: string; email?: string } = {}): Promise<RequestSummary[]> {
  return (await listRequests(db, filter)).map(summary);
}

export async function showRequest(db: Db, reference: string): Promise<(RequestSummary & { timeline: TimelineEntry[] }) | null> {
  const row = await findRequestByReference(db, reference);
  if (!row) return null;
  return { ...summary(row), timeline: await requestTimeline(db, Number(row.id)) };
}

/** One line per request under a header row, columns aligned for a terminal; times in `timeZone`. */
export function formatRequestTable(rows: readonly RequestSummary[], timeZone = 'UTC'): string {
  if (rows.length === 0) return 'no requests\n';
  const header = ['REFERENCE', 'TYPE', 'STATUS', 'RECEIVED', 'DUE', 'REQUESTER', 'DENIAL'];
  // Only a CCPA request has a due date (issue 14 item 3).
  const body = rows.map((r) => [r.reference, r.type, r.status, localTime(r.receivedAt, timeZone), r.confirmBy !== null || isCcpaType(r.type) ? r.dueDate : '-', r.requester, r.denialReason ?? '']);
  const lines = [header, ...body];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return `${lines.map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n')}\n`;
}

/** An instant as local wall time with the zone's abbreviation, e.g. `2026-11-23 09:30 PST`. */
export function localTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

function isCcpaType(type: string): boolean {
  return !['question', 'hipaa_matter', 'unspecified', 'other'].includes(type);
}

/** The degree a copy request reached, and what the copy still needs (§7062(c), §7024(a)). */
function describeDegree(request: RequestSummary): string {
  const needs = request.copyStillNeeds;
  if (request.verifiedDegree === 'reasonably_high' || needs === null) return 'reasonably high degree (§7062(c)): the copy may be sent';
  const parts = [...(needs.dataPoints > 0 ? [`${needs.dataPoints} more matching detail(s)`] : []), ...(needs.declaration ? ['the signed declaration'] : [])];
  return `reasonable degree only (§7062(b)): answered as categories (§7024(a)); a copy still needs ${parts.join(' and ')}`;
}

/** The record and its timeline, for a person reading it; times in `timeZone`. */
export function formatRequestDetail(request: RequestSummary & { timeline: TimelineEntry[] }, timeZone = 'UTC'): string {
  const head = [
    `${request.reference}  ${request.type}  ${request.status}`,
    `  requester:  ${request.requester} (${request.requesterRole}, ${request.lang}, by ${request.channel})`,
    `  received:   ${localTime(request.receivedAt, timeZone)}`,
    ...(isCcpaType(request.type) ? [`  due:        ${request.dueDate}`] : []),
    ...(request.confirmBy ? [`  confirm by: ${request.confirmBy} (${request.receiptConfirmed ? 'receipt confirmed' : 'receipt not confirmed yet'}, §7021(a))`] : []),
    ...(request.respondedAt ? [`  responded:  ${localTime(request.respondedAt, timeZone)}`] : []),
    ...(request.verifiedDegree ? [`  verified:   ${describeDegree(request)}`] : []),
    ...(request.denialReason ? [`  denial:     ${request.denialReason}`] : []),
    '  timeline:',
  ];
  const events = request.timeline.map((e) => {
    const detail = e.detail ? ` ${JSON.stringify(e.detail)}` : '';
    return `    ${localTime(e.at, timeZone)}  ${e.kind === 'mail_out' ? 'sent' : 'event'}  ${e.what}${e.actor ? ` (${e.actor})` : ''}${detail}`;
  });
  return `${[...head, ...events].join('\n')}\n`;
}
