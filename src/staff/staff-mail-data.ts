import { DENIAL_REASONS } from '../pipeline/decide/denial-reasons.js';
import { flagNextStep } from '../pipeline/decide/staff-flag-next-steps.js';
import { flagReasonText } from '../pipeline/decide/staff-flag-reasons.js';
import type { StaffCommandMenuLine, StaffConfirmationData, StaffFlagData, StaffHelpData } from '../mail/template-data.js';
import type { NotUnderstoodReason, StaffCommandKind } from './staff-command.js';
import { NAMED_VERIFICATION_METHODS } from '../pipeline/decide/verification-methods.js';
import { STAFF_COMMAND_KINDS, STAFF_COMMANDS } from './staff-commands.js';

/** What a flag mail tells staff about a thread (issue 6 item 1). Dates are already formatted. */
export interface FlagMailFacts {
  reference: string;
  reasonCode: string;
  typeLabel: string;
  requester: string;
  requesterRole: string | null;
  receivedDate: string;
  dueDate: string;
  /** Confirm receipt by (§7021(a)), with whether it is done; empty where there is no such clock. */
  confirmBy?: string;
  /** The name of the person the request is about, as the bot read it (issue 14 item 8); empty when unknown. */
  consumerName?: string;
  daysLeft: number | null;
  status: string;
  /** What the record is, for the menu: commands that cannot apply are not offered (issue 14 item 8). */
  record?: FlagRecordFacts;
  /** The classifier's reasons for the message that opened the request, as stored. */
  classifierReasons?: readonly string[];
  /** The latest messages of the request's conversation, oldest first. */
  thread?: readonly FlagThreadMessage[];
  botAction: string;
  staffAddress: string;
  keyExpires: string;
  original: { from: string | null; date: string | null; subject: string; text: string };
  businessName: string;
  botAddress: string;
}

/** What decides whether a command can apply to the flagged record. */
export interface FlagRecordFacts {
  /** A CCPA request on the workflow; false for a question, a HIPAA matter or an unspecified message. */
  ccpa: boolean;
  /** Whether `complete` would be accepted now: verified, or a type that needs no verification. */
  completable: boolean;
}

/** One message of the thread as the flag mail shows it; `lines` are its first lines of new text. */
export interface FlagThreadMessage {
  date: string;
  direction: 'in' | 'out';
  who: string;
  lines: string;
}

/** Template data for `templates/staff-flag`. Pure. */
export function flagMailData(facts: FlagMailFacts): StaffFlagData {
  return {
    ...facts,
    confirmBy: facts.confirmBy ?? '',
    consumerName: facts.consumerName ?? '',
    reasonTitle: facts.reasonCode.replace(/[_:]/g, ' '),
    reasonText: flagReasonText(facts.reasonCode),
    nextStep: flagNextStep(facts.reasonCode),
    classifierReasons: facts.classifierReasons ?? [],
    thread: (facts.thread ?? []).map((m) => ({ ...m, label: `${m.date} ${m.direction === 'in' ? 'from' : 'to'} ${m.who}` })),
    daysLeftText: facts.daysLeft === null ? '' : daysLeftText(facts.daysLeft),
    denialReasons: DENIAL_REASONS.join(', '),
    commands: commandMenu(offeredCommands(facts.reasonCode, facts.record ?? null)),
    originalFrom: facts.original.from ?? '',
    originalDate: facts.original.date ?? '',
    originalSubject: facts.original.subject,
    originalText: facts.original.text.trim() || '(no text)',
  };
}

/** The command menu of the flag and help mails, line by line from the command table. */
export function commandMenu(kinds: readonly StaffCommandKind[]): StaffCommandMenuLine[] {
  const lines = kinds.map((kind) => {
    const { mailArguments, aliases, help } = STAFF_COMMANDS[kind];
    return { usage: mailArguments ? `${kind} ${mailArguments}` : kind, help: aliases.length > 0 ? `${help} (also: ${aliases.join(', ')})` : help };
  });
  // The text part aligns the help lines two spaces after the longest usage.
  const width = Math.max(0, ...lines.map((l) => l.usage.length)) + 2;
  return lines.map((l) => ({ ...l, line: `${l.usage.padEnd(width)}${l.help}` }));
}

/**
 * The commands a flag's menu offers: those the command table offers for the reason, less those the
 * record refuses anyway. `complete` needs a verified request (§7060, staff-transitions.ts refuses
 * it otherwise); `close` and `forward` finish records that are not CCPA requests, which close with
 * complete, deny, withdraw or merge. With no record facts (a test of the table alone) the table decides.
 */
export function offeredCommands(reasonCode: string, record: FlagRecordFacts | null): StaffCommandKind[] {
  return STAFF_COMMAND_KINDS.filter((kind) => {
    const offeredFor = STAFF_COMMANDS[kind].offeredFor;
    if (offeredFor !== 'every_flag' && !(offeredFor as readonly string[]).includes(reasonCode)) return false;
    if (record === null) return true;
    if (kind === 'complete') return record.ccpa && record.completable;
    if (kind === 'close' || kind === 'forward') return !record.ccpa;
    return true;
  });
}

/** The first `count` non-empty lines of a message's text, for the thread summary. */
export function firstLines(text: string, count = 3): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('>'));
  const shown = lines.slice(0, count).join('\n');
  return lines.length > count ? `${shown}\n...` : shown || '(no text)';
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
  unknown_request_type: 'retype takes request types: access, portability, deletion, correction, opt_out, limit_sensitive.',
  other_staff_key: 'you replied through a flag mail sent to a colleague, and a command counts only through your own (email-rules §4). Nothing was changed: reply to this message, which carries your own key, with the same command.',
  unknown_verification_method: `the verification method is not one of the list (${NAMED_VERIFICATION_METHODS.join(', ')}).`,
  no_reference: 'your message names no request. Write its reference (like CCPA-2026-000123) in the subject and the command on the first line, or reply to the request’s flag mail.',
};

/** Template data for `templates/staff-help`: `problem` is empty when staff asked for help themselves. */
export function helpMailData(input: { reference: string; problem: NotUnderstoodReason | null; firstLine: string; businessName: string }): StaffHelpData {
  return {
    reference: input.reference,
    problem: input.problem ? NOT_UNDERSTOOD_TEXT[input.problem] : '',
    firstLine: input.problem ? input.firstLine : '',
    denialReasons: DENIAL_REASONS.join(', '),
    commands: commandMenu(STAFF_COMMAND_KINDS),
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
}): StaffConfirmationData {
  return { ...input, status: input.status ?? '', consumerMail: input.consumerMail ?? '' };
}
