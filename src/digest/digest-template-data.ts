import { formatLongDate } from '../mail/labels.js';
import type { DigestData } from '../mail/template-data.js';
import type { Digest } from './digest-types.js';

/** Template data for `templates/digest`: dates written out, empty sections marked. Pure. */
export function digestTemplateData(digest: Digest, context: { businessName: string; timeZone: string }): DigestData {
  const formatInstant = (at: Date) =>
    new Intl.DateTimeFormat('en-US', { timeZone: context.timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(at);
  return {
    businessName: context.businessName,
    date: formatLongDate(digest.date, 'en'),
    since: formatInstant(digest.since),
    timeZone: context.timeZone,
    openCount: digest.openCount,
    overdueCount: digest.sections.find((s) => s.key === 'overdue')?.lines.length ?? 0,
    sections: digest.sections.map((section) => ({
      ...section,
      count: section.lines.length,
      empty: section.lines.length === 0,
      lines: section.lines.map((line) => ({
        ...line,
        dueDateText: line.dueDate === null ? '' : formatLongDate(line.dueDate, 'en'),
        overdue: line.daysLeft !== null && line.daysLeft < 0,
        assigneeText: line.assignee ?? 'unassigned',
        requesterParts: addressParts(line.requester),
      })),
    })),
    problems: digest.problems.map((p) => ({ ...p, atText: formatInstant(p.at), reference: p.reference ?? '' })),
    problemCount: digest.problems.length,
    chart: digest.chart,
    correctedText: digest.correctedText ?? '',
  };
}

/**
 * An address cut where a phone may wrap it: before the `@` and before each dot. The template
 * keeps each part on one line, so no word of an address breaks mid-way (issue 14 item 9).
 */
export function addressParts(address: string): string[] {
  return address.split(/(?=[@.])/);
}
