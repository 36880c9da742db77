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

/**
 * The daily digest for staff (issue 6 item 5): overdue, due within 7 days, waiting for staff,
 * waiting for the consumer, new and closed since the last digest, problems, and the workload
 * chart of open requests by days left. Days are counted on the calendar of `timeZone`, the
 * zone the legal clocks use. Pure.
 */
export function buildDigest(input: DigestInput, now: Date, timeZone: string): Digest {
  const today = toLocalDate(now, timeZone);
  const since = input.lastDigestAt ?? new Date(now.getTime() - 24 * 3600_000);
  const lines = input.requests.map((row) => ({ row, line: toLine(row, today) }));
  const open = lines.filter(({ row }) => !FINAL.has(row.status));
  const pick = (key: DigestSectionKeyed['key'], title: string, keep: (row: DigestRequestRow, line: DigestLine) => boolean, list = open) => ({
    key,
    title,
    lines: list.filter(({ row, line }) => keep(row, line)).map(({ row, line }) => (key === 'waitingForStaff' ? { ...line, note: staffNote(row) } : line)).sort(byDaysLeft),
  });
  const sections: DigestSectionKeyed[] = [
    pick('overdue', 'Overdue', (_row, line) => line.daysLeft < 0),
    pick('dueSoon', `Due within ${DUE_SOON_DAYS} days`, (_row, line) => line.daysLeft >= 0 && line.daysLeft <= DUE_SOON_DAYS),
    pick('waitingForStaff', 'Waiting for staff', (row) => isWaitingForStaff(row)),
    pick('waitingForConsumer', 'Waiting for the consumer', (row) => isWaitingForConsumer(row)),
    pick('newSinceLast', 'New since the last digest', (row) => row.receivedAt >= since, lines),
    pick('closedSinceLast', 'Closed since the last digest', (row) => FINAL.has(row.status) && row.updatedAt >= since, lines),
  ];
  const problems = input.problems
    .filter((p) => p.at >= since || ONGOING.has(p.kind))
    // Possible forgeries first, apart from the rest (issue 14 item 7).
    .sort((a, b) => Number(b.kind === 'possible_forgery') - Number(a.kind === 'possible_forgery') || a.at.getTime() - b.at.getTime())
    .map((p) => ({ ...p, kindLabel: PROBLEM_LABELS[p.kind] }));
  return { date: today, since, openCount: open.length, sections, problems, chart: workloadChart(open.map(({ line }) => line.daysLeft)), correctedText: correctedText(input.corrections) };
}

/** The month's share of messages staff corrected: how often the bot's reading is wrong where it counts. */
function correctedText(c: DigestInput['corrections']): string | null {
  if (!c || c.messages === 0) return null;
  return `Staff corrected ${c.corrected} of ${c.messages} messages read this month (${((100 * c.corrected) / c.messages).toFixed(1)}%).`;
}

function toLine(row: DigestRequestRow, today: string): DigestLine {
  const daysLeft = calendarDaysBetween(today, row.dueDate);
  return {
    reference: row.reference,
    typeLabel: staffTypeLabel(row.type),
    requester: row.requester,
    status: row.status.replace(/_/g, ' '),
    dueDate: row.dueDate,
    daysLeft,
    daysLeftText: FINAL.has(row.status) ? 'closed' : daysLeftText(daysLeft),
    note: '',
  };
}

function isWaitingForStaff(row: DigestRequestRow): boolean {
  return row.status === 'needs_staff' || (row.status === 'on_hold' && row.holdReason === 'staff') || row.openFlags.length > 0;
}

function isWaitingForConsumer(row: DigestRequestRow): boolean {
  return row.status === 'awaiting_verification' || (row.status === 'on_hold' && WAITING_FOR_CONSUMER_HOLDS.has(row.holdReason ?? ''));
}

function staffNote(row: DigestRequestRow): string {
  // §7021(a): the date by which receipt must be confirmed, while nobody has.
  const confirm = row.unconfirmedBy ? `; confirm receipt by ${row.unconfirmedBy}` : '';
  return flagNote(row) + confirm;
}

function flagNote(row: DigestRequestRow): string {
  const first = row.openFlags[0];
  if (!first) return row.status === 'on_hold' ? 'on hold by staff' : 'needs a decision';
  const text = flagReasonText(first);
  const short = text.split(/[:.]/)[0] ?? text;
  return row.openFlags.length > 1 ? `${short} (+${row.openFlags.length - 1} more)` : short;
}

function byDaysLeft(a: DigestLine, b: DigestLine): number {
  return a.daysLeft - b.daysLeft || a.reference.localeCompare(b.reference);
}
