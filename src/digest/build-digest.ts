import { calendarDaysBetween, toLocalDate } from '../shared/local-date.js';
import { flagReasonText } from '../pipeline/decide/staff-flag-reasons.js';
import { daysLeftText } from '../staff/staff-mail-data.js';
import { staffTypeLabel } from '../staff/staff-type-labels.js';
import type { Digest, DigestInput, DigestLine, DigestProblemKind, DigestRequestRow, DigestSectionKeyed } from './digest-types.js';
import { workloadChart } from './workload-chart.js';

// `closed`: a question or HIPAA matter staff finished; `merged`: a duplicate (issue 14); `misread`: a reading staff corrected (issue 16).
const FINAL = new Set(['completed', 'denied', 'withdrawn', 'merged', 'closed', 'misread']);
const WAITING_FOR_CONSUMER_HOLDS = new Set(['agent_permission', 'parent_proof']);
const DUE_SOON_DAYS = 7;

const PROBLEM_LABELS: Record<DigestProblemKind, string> = {
  bounce: 'Bounced reply',
  stuck_outbox: 'Outgoing mail stuck',
  failed_outbox: 'Outgoing mail failed',
  possible_forgery: 'Possible forgery',
  refused_staff_reply: 'Staff reply refused',
  quarantined: 'Quarantined message',
  spam: 'Spam held',
  other: 'Not a privacy matter (not answered)',
  empty_directory: 'Consumer directory empty',
};
/** Problems that are a present state, not an event: reported in every digest while they last. */
const ONGOING = new Set<DigestProblemKind>(['stuck_outbox', 'failed_outbox', 'empty_directory']);

/** Records with no CCPA clock (§1798.146(a)(1) for HIPAA): no due date, no days left, not in the chart. */
const NO_CCPA_CLOCK = new Set(['question', 'hipaa_matter']);
const CONSUMER_WAIT: Record<string, string> = { awaiting_verification: 'identity verification', agent_permission: "the agent's signed permission", parent_proof: 'proof of parental authority' };

/**
 * The daily digest for staff (issue 6 item 5, issue 14 item 9): "what do I do today". Each
 * request is listed once, in the most urgent section it belongs to (overdue, due within 7 days,
 * waiting for staff, waiting for the consumer, new; closed apart), most urgent first, with the
 * action needed and the assignee. Then problems and the workload chart of open CCPA requests by
 * days left. Days are counted on the calendar of `timeZone`, the zone the legal clocks use. Pure.
 */
export function buildDigest(input: DigestInput, now: Date, timeZone: string): Digest {
  const today = toLocalDate(now, timeZone);
  const since = input.lastDigestAt ?? new Date(now.getTime() - 24 * 3600_000);
  const lines = input.requests.map((row) => ({ row, line: toLine(row, today) }));
  const open = lines.filter(({ row }) => !FINAL.has(row.status));
  const days = (line: DigestLine) => line.daysLeft ?? Number.POSITIVE_INFINITY;
  // Most urgent first: a request that fits several sections is listed in the first only.
  const rules: Array<[DigestSectionKeyed['key'], string, (row: DigestRequestRow, line: DigestLine) => boolean]> = [
    ['overdue', 'Overdue', (_row, line) => days(line) < 0],
    ['dueSoon', `Due within ${DUE_SOON_DAYS} days`, (_row, line) => days(line) >= 0 && days(line) <= DUE_SOON_DAYS],
    ['waitingForStaff', 'Waiting for staff', (row) => isWaitingForStaff(row)],
    ['waitingForConsumer', 'Waiting for the consumer', (row) => isWaitingForConsumer(row)],
    ['newSinceLast', 'New since the last digest', (row) => row.receivedAt >= since],
  ];
  const section = (row: DigestRequestRow, line: DigestLine) => rules.find(([, , keep]) => keep(row, line))?.[0];
  const sections: DigestSectionKeyed[] = rules.map(([key, title]) => ({ key, title, lines: open.filter(({ row, line }) => section(row, line) === key).map(({ line }) => line).sort(byUrgency) }));
  const closed = lines.filter(({ row }) => FINAL.has(row.status) && row.updatedAt >= since).map(({ line }) => line);
  sections.push({ key: 'closedSinceLast', title: 'Closed since the last digest', lines: closed.sort(byUrgency) });
  const problems = input.problems
    .filter((p) => p.at >= since || ONGOING.has(p.kind))
    // Possible forgeries first, apart from the rest (issue 14 item 7).
    .sort((a, b) => Number(b.kind === 'possible_forgery') - Number(a.kind === 'possible_forgery') || a.at.getTime() - b.at.getTime())
    .map((p) => ({ ...p, kindLabel: PROBLEM_LABELS[p.kind] }));
  const chart = workloadChart(open.flatMap(({ line }) => (line.daysLeft === null ? [] : [line.daysLeft])));
  return { date: today, since, openCount: open.length, sections, problems, chart, correctedText: correctedText(input.corrections) };
}

/** The month's share of messages staff corrected: how often the bot's reading is wrong where it counts. */
function correctedText(c: DigestInput['corrections']): string | null {
  if (!c || c.messages === 0) return null;
  return `Staff corrected ${c.corrected} of ${c.messages} messages read this month (${((100 * c.corrected) / c.messages).toFixed(1)}%).`;
}

function toLine(row: DigestRequestRow, today: string): DigestLine {
  const clock = !NO_CCPA_CLOCK.has(row.type);
  const daysLeft = clock ? calendarDaysBetween(today, row.dueDate) : null;
  const closed = FINAL.has(row.status);
  return {
    reference: row.reference,
    typeLabel: staffTypeLabel(row.type),
    requester: row.requester,
    status: row.status.replace(/_/g, ' '),
    dueDate: clock ? row.dueDate : null,
    daysLeft,
    daysLeftText: closed ? 'closed' : daysLeft === null ? 'no legal deadline' : daysLeftText(daysLeft),
    action: closed ? 'none' : actionFor(row, daysLeft),
    assignee: row.assignee ?? null,
  };
}

/** What staff must do now, in a few words; the §7021(a) confirm-by date while nobody confirmed receipt. */
function actionFor(row: DigestRequestRow, daysLeft: number | null): string {
  const confirm = row.unconfirmedBy ? `; confirm receipt by ${row.unconfirmedBy}` : '';
  return mainAction(row, daysLeft) + confirm;
}

function mainAction(row: DigestRequestRow, daysLeft: number | null): string {
  // A question or HIPAA matter waits for staff by nature: its action is how to finish it.
  if (row.type === 'question') return 'Reply, then close';
  if (row.type === 'hipaa_matter') return 'Forward to the patient-records team, then close';
  if (isWaitingForStaff(row)) return `Decide: ${flagNote(row)}`;
  if (isWaitingForConsumer(row)) return `None: waiting for ${CONSUMER_WAIT[row.status === 'on_hold' ? (row.holdReason ?? '') : row.status] ?? 'the consumer'}`;
  if (daysLeft !== null && daysLeft < 0) return 'Send the response now';
  if (daysLeft !== null && daysLeft <= DUE_SOON_DAYS) return 'Send the response';
  return 'None today: check it is under way';
}

function isWaitingForStaff(row: DigestRequestRow): boolean {
  return row.status === 'needs_staff' || (row.status === 'on_hold' && row.holdReason === 'staff') || row.openFlags.length > 0;
}

function isWaitingForConsumer(row: DigestRequestRow): boolean {
  return row.status === 'awaiting_verification' || (row.status === 'on_hold' && WAITING_FOR_CONSUMER_HOLDS.has(row.holdReason ?? ''));
}

function flagNote(row: DigestRequestRow): string {
  const first = row.openFlags[0];
  if (!first) return row.status === 'on_hold' ? 'on hold by staff' : 'needs a decision';
  const text = flagReasonText(first);
  const short = text.split(/[:.]/)[0] ?? text;
  return row.openFlags.length > 1 ? `${short} (+${row.openFlags.length - 1} more)` : short;
}

/** Fewest days left first; lines with no legal deadline after those with one. */
function byUrgency(a: DigestLine, b: DigestLine): number {
  const days = (line: DigestLine) => line.daysLeft ?? Number.POSITIVE_INFINITY;
  return days(a) - days(b) || a.reference.localeCompare(b.reference);
}
