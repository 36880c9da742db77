import { listBouncesSince } from '../store/audit-log.js';
import { countDirectory } from '../store/consumer-directory.js';
import { countCorrectedSince } from '../store/classification-corrections.js';
import type { RequestState } from '../pipeline/decide/request-state.js';
import type { Db } from '../store/db.js';
import { listHeldMessagesSince } from '../store/inbound-messages.js';
import { listOutboxProblems } from '../store/outbox.js';
import { listRequests } from '../store/requests.js';
import { listOpenRequestFlagReasons } from '../store/staff-flags.js';
import { fromDb } from '../store/time.js';
import { parseState } from '../store/workflow-requests.js';
import { listUnappliedStaffReplies } from '../store/staff-replies.js';
import { listAssignments } from '../store/staff-assignments.js';
import type { DigestInput, DigestProblemRow, DigestRequestRow } from './digest-types.js';

/** Pending mail retried this many times is reported as stuck; `sending` longer than this too. */
const STUCK_ATTEMPTS = 3;
const STUCK_SENDING_MS = 3600_000;
/** Failed outgoing mail is reported for two weeks, then it is in the audit log only. */
const FAILED_REPORT_MS = 14 * 86_400_000;

/**
 * Reads what the digest needs from the store: every request with its open flags and assignee, and the
 * problems since `since` (bounces, stuck or failed outgoing mail, staff replies that changed
 * nothing, quarantined and spam messages), and an empty consumer directory while it is empty.
 */
export async function loadDigestInput(db: Db, lastDigestAt: Date | null, now: Date): Promise<DigestInput> {
  const since = lastDigestAt ?? new Date(now.getTime() - 86_400_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return { requests: await loadRequests(db), problems: await loadProblems(db, since, now), lastDigestAt, corrections: await countCorrectedSince(db, month) };
}

async function loadRequests(db: Db): Promise<DigestRequestRow[]> {
  const flags = await listOpenRequestFlagReasons(db);
  const flagsByRequest = new Map<number, string[]>();
  for (const flag of flags) flagsByRequest.set(flag.request_id, [...(flagsByRequest.get(flag.request_id) ?? []), flag.reason]);
  const assignees = await listAssignments(db);
  const rows = await listRequests(db);
  return rows.map((row) => ({
    reference: String(row.reference),
    type: String(row.type),
    requester: String(row.requester_address),
    status: String(row.status),
    holdReason: stateOf(row.workflow_state)?.hold?.reason ?? null,
    unconfirmedBy: unconfirmedBy(stateOf(row.workflow_state)),
    receivedAt: fromDb(row.received_at),
    dueDate: String(row.due_date),
    updatedAt: fromDb(row.updated_at),
    openFlags: [...new Set(flagsByRequest.get(Number(row.id)) ?? [])],
    assignee: assignees.get(Number(row.id)) ?? null,
  }));
}

function stateOf(workflowState: unknown): RequestState | null {
  if (typeof workflowState !== 'string') return null;
  try {
    return parseState(workflowState);
  } catch {
    return null;
  }
}

function unconfirmedBy(state: RequestState | null): string | null {
  if (!state || state.due.confirmBy === null || (state.receiptConfirmed ?? state.acknowledged)) return null;
  return state.due.confirmBy;
}

async function loadProblems(db: Db, since: Date, now: Date): Promise<DigestProblemRow[]> {
  return [
    ...(await loadBounces(db, since)),
    ...(await loadOutboxProblems(db, now)),
    ...(await loadStaffReplyProblems(db, since)),
    ...(await loadHeldMessages(db, since)),
    ...(await loadDirectoryProblem(db, now)),
  ];
}

/** An empty consumer directory: nothing to verify against, so staff verify every request by hand. */
async function loadDirectoryProblem(db: Db, now: Date): Promise<DigestProblemRow[]> {
  if ((await countDirectory(db)) > 0) return [];
  const summary = 'no consumer records are loaded, so no identity can be verified automatically and every request that needs verification is flagged for staff; the operator loads them with `ccpa-mailbot directory import FILE.csv`';
  return [{ kind: 'empty_directory', reference: null, summary, at: now }];
}

async function loadBounces(db: Db, since: Date): Promise<DigestProblemRow[]> {
  const rows = await listBouncesSince(db, since);
  return rows.map((b) => {
    const detail = parseDetail(b.detail);
    return { kind: 'bounce', reference: b.reference ?? null, summary: `${detail.recipient ?? 'requester'}: ${detail.status ?? 'permanent failure'}`, at: fromDb(b.created_at) };
  });
}

/** Outgoing mail retried again and again, claimed and never finished, or given up on. */
async function loadOutboxProblems(db: Db, now: Date): Promise<DigestProblemRow[]> {
  const rows = await listOutboxProblems(db, {
    stuckAttempts: STUCK_ATTEMPTS,
    claimedBefore: new Date(now.getTime() - STUCK_SENDING_MS),
    failedSince: new Date(now.getTime() - FAILED_REPORT_MS),
  });
  return rows.map((o) => {
    const attempts = `${o.attempts} attempt${Number(o.attempts) === 1 ? '' : 's'}`;
    const summary = `${o.kind} to ${o.recipient}: ${attempts}${o.last_error ? `, last error: ${String(o.last_error).slice(0, 160)}` : ''}`;
    return { kind: o.status === 'failed' ? 'failed_outbox' : 'stuck_outbox', reference: o.reference ?? null, summary, at: fromDb(o.created_at) };
  });
}

/**
 * A refused message that claims to be staff and failed a check a genuine staff member's own mail
 * passes (authentication, From, a key that is not one we issued, a copy of an applied command) is a
 * possible forgery, listed apart from typos and early commands (issue 14 item 7). A colleague's or
 * an expired key, and machine mail, are not.
 */
function isPossibleForgery(r: { outcome: string; failedCheck: string | null; detail: string | null }): boolean {
  if (r.outcome !== 'refused') return false;
  if (r.failedCheck === 'authentication' || r.failedCheck === 'from' || r.failedCheck === 'replay') return true;
  return r.failedCheck === 'reply_key' && ['tampered', 'malformed', 'only_in_cc'].includes(r.detail ?? '');
}

async function loadStaffReplyProblems(db: Db, since: Date): Promise<DigestProblemRow[]> {
  return (await listUnappliedStaffReplies(db, since)).map((r) => {
    const why = r.outcome === 'refused' ? `refused (${r.failedCheck ?? 'check'})` : r.outcome === 'not_understood' ? 'not understood' : `rejected (${r.failedCheck ?? 'state'})`;
    return { kind: isPossibleForgery(r) ? 'possible_forgery' : 'refused_staff_reply', reference: r.reference, summary: `from ${r.fromAddress ?? 'unknown sender'}: ${why}${r.detail ? `: ${r.detail}` : ''}`, at: new Date(r.createdAt) };
  });
}

/**
 * Quarantined, spam and `other` messages (no privacy matter, issue 16): stored, never answered,
 * shown to staff here with sender, subject and why (email-rules §1).
 */
async function loadHeldMessages(db: Db, since: Date): Promise<DigestProblemRow[]> {
  const rows = await listHeldMessagesSince(db, since);
  return rows.map((m) => {
    const quarantined = m.status === 'quarantined';
    const what = quarantined ? String(m.quarantine_reason ?? 'unparseable') : String(m.verdict_reason ?? m.verdict ?? 'spam');
    return { kind: quarantined ? 'quarantined' : m.verdict === 'other' ? 'other' : 'spam', reference: null, summary: `${what}: from ${m.from_address ?? 'unknown'}, "${String(m.subject ?? '').slice(0, 80)}"`, at: fromDb(m.created_at) };
  });
}

function parseDetail(detail: unknown): Record<string, string | undefined> {
  if (typeof detail !== 'string') return {};
  try {
    return JSON.parse(detail) as Record<string, string | undefined>;
  } catch {
    return {};
  }
}
