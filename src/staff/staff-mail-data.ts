import { DENIAL_REASONS } from '../pipeline/decide/denial-reasons.js';
import { flagReasonText } from '../pipeline/decide/staff-flag-reasons.js';
import type { NotUnderstoodReason } from './staff-command.js';

/** What a flag mail tells staff about a thread (issue 6 item 1). Dates are already formatted. */
export interface FlagMailFacts {
  reference: string;
  reasonCode: string;
  typeLabel: string;
  requester: string;
  requesterRole: string | null;
  receivedDate: string;
  dueDate: string;
  daysLeft: number | null;
  status: string;
  botAction: string;
  staffAddress: string;
  keyExpires: string;
  original: { from: string | null; date: string | null; subject: string; text: string };
  businessName: string;
  botAddress: string;
}

/** Template data for `templates/staff-flag`. Pure. */
export function flagMailData(facts: FlagMailFacts): Record<string, unknown> {
  return {
    ...facts,
    reasonTitle: facts.reasonCode.replace(/[_:]/g, ' '),
    reasonText: flagReasonText(facts.reasonCode),
    daysLeftText: facts.daysLeft === null ? '' : daysLeftText(facts.daysLeft),
    denialReasons: DENIAL_REASONS.join(', '),
    originalFrom: facts.original.from ?? '',
    originalDate: facts.original.date ?? '',
    originalSubject: facts.original.subject,
    originalText: facts.original.text.trim() || '(no text)',
  };
}

/** "12 days left", "due today", "3 days overdue". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft < 0) return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}

const NOT_UNDERSTOOD_TEXT: Record<NotUnderstoodReason, string> = {
  empty: 'the reply had no text above the quoted message.',
  unknown_command: 'the first line does not start with a command.',
  missing_argument: 'the command needs more after it (a reason, a text, an address or a reference).',
  unknown_denial_reason: `the denial reason is not one of the fixed list (${DENIAL_REASONS.join(', ')}).`,
  invalid_address: 'the address to assign to is not an email address.',
  invalid_reference: 'the reference to merge into should look like CCPA-2026-000123.',
};

/** Template data for `templates/staff-help`: `problem` is empty when staff asked for help themselves. */
export function helpMailData(input: { reference: string; problem: NotUnderstoodReason | null; firstLine: string; businessName: string }): Record<string, unknown> {
  return {
    reference: input.reference,
    problem: input.problem ? NOT_UNDERSTOOD_TEXT[input.problem] : '',
    firstLine: input.problem ? input.firstLine : '',
    denialReasons: DENIAL_REASONS.join(', '),
    businessName: input.businessName,
  };
}

/** Template data for `templates/staff-confirmation`. */
export function confirmationMailData(input: {
  reference: string;
  commandText: string;
  applied: boolean;
  outcomeText: string;
  status: string | null;
  consumerMail: string | null;
  businessName: string;
}): Record<string, unknown> {
  return { ...input, status: input.status ?? '', consumerMail: input.consumerMail ?? '' };
}
