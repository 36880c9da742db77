import type { IsoDate } from '../shared/local-date.js';

/** One request as the digest sees it, loaded from the store. */
export interface DigestRequestRow {
  reference: string;
  /** A record type: access, deletion, ..., question, hipaa_matter, unspecified. */
  type: string;
  requester: string;
  status: string;
  /** What the request waits for while on hold: `agent_permission`, `parent_proof`, `staff`; else null. */
  holdReason: string | null;
  receivedAt: Date;
  /** The deadline in force: the extended date once the one extension is used. */
  dueDate: IsoDate;
  /** When the record last changed (a closure's time for a closed request). */
  updatedAt: Date;
  /** Reasons of staff flags still open on this request. */
  openFlags: string[];
  /** The confirm-by date (§7021(a)) while no mail has confirmed receipt; else null. */
  unconfirmedBy?: IsoDate | null;
  /** The staff member the request is assigned to (`assign ADDRESS`); else null. */
  assignee?: string | null;
}

export type DigestProblemKind = 'bounce' | 'stuck_outbox' | 'failed_outbox' | 'possible_forgery' | 'refused_staff_reply' | 'quarantined' | 'spam' | 'other' | 'empty_directory';

/** Something that went wrong and that staff should know about (issue 6 item 5, "problems"). */
export interface DigestProblemRow {
  kind: DigestProblemKind;
  reference: string | null;
  summary: string;
  at: Date;
}

export interface DigestInput {
  requests: DigestRequestRow[];
  problems: DigestProblemRow[];
  /** When the previous digest was made; null for the first one (then: the last 24 hours). */
  lastDigestAt: Date | null;
  /** Messages read this calendar month (UTC) and how many of them staff corrected (issue 16 item 5). */
  corrections?: { messages: number; corrected: number };
}

/** One line of a digest section: reference, type, requester, days left, action, assignee (issue 14 item 9). */
export interface DigestLine {
  reference: string;
  typeLabel: string;
  requester: string;
  status: string;
  /** Null for a record with no CCPA clock (a question, a HIPAA matter). */
  dueDate: IsoDate | null;
  daysLeft: number | null;
  daysLeftText: string;
  /** What staff must do now, in a few words ("none" on a closed line). */
  action: string;
  assignee: string | null;
}

export interface ChartBar {
  label: string;
  count: number;
  /** Bar width in percent of the chart's bar column, 0 for an empty bucket. */
  widthPct: number;
  color: string;
}

export interface DigestSectionKeyed {
  key: 'overdue' | 'dueSoon' | 'waitingForStaff' | 'waitingForConsumer' | 'newSinceLast' | 'closedSinceLast';
  title: string;
  lines: DigestLine[];
}

export interface Digest {
  /** Local date of the digest in the configured zone. */
  date: IsoDate;
  since: Date;
  openCount: number;
  sections: DigestSectionKeyed[];
  problems: Array<DigestProblemRow & { kindLabel: string }>;
  chart: ChartBar[];
  /** "Staff corrected 3 of 120 messages read this month (2.5%)", or null before any message. */
  correctedText: string | null;
}
