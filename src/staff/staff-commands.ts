import { DENIAL_REASONS } from '../pipeline/decide/denial-reasons.js';
import { NAMED_VERIFICATION_METHODS, readVerificationMethod } from '../pipeline/decide/verification-methods.js';
import { joinText, readAddress, readDeletionMethod, readDenialReason, readReference, readRequestTypes } from './command-arguments.js';
import type { StaffCommandContext, StaffCommandKind } from './staff-command.js';
import type { StaffCommandSpec } from './staff-command-spec.js';

const event = (ctx: StaffCommandContext) => ({ at: ctx.at, actor: `staff:${ctx.staffAddress}` as const, messageId: ctx.messageId });
const firstWord = (args: string): [string, string] => {
  const [first = '', ...rest] = args.split(/\s+/);
  return [first, rest.join(' ').trim()];
};
const noArguments = { mailArguments: '', options: {} } as const;
/** The text under a command (issue 14 item 7): kept as the audit entry's reason, only when there is some. */
const withReason = <C extends object>(command: C, ...text: Array<string | undefined>): C & { reason?: string } => {
  const reason = joinText(...text);
  return reason ? { ...command, reason } : command;
};
const reasonOf = (command: { reason?: string }) => (command.reason ? { staffReason: command.reason } : {});

/**
 * The staff commands, in the order the menus list them. Adding one is a compile error until it
 * has every part: its words, its help line, its arguments on both surfaces, and what it does.
 */
export const STAFF_COMMANDS: { readonly [K in StaffCommandKind]: StaffCommandSpec<K> } = {
  approve: {
    ...noArguments,
    aliases: ['approved'],
    help: 'go ahead: on a flag about the reading, the same as confirm; on a flag that asked for an identity check, identity checked',
    offeredFor: 'every_flag',
    options: { message: 'why, kept in the record' },
    fromMail: (args, below) => withReason({ kind: 'approve' as const }, args, below),
    fromCommandLine: ({ message }) => withReason({ kind: 'approve' as const }, message),
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), ...reasonOf(command), kind: 'staff_approve' } }),
  },
  confirm: {
    ...noArguments,
    aliases: ['confirmed'],
    help: 'the bot read the message right: confirm receipt, ask for verification and run the clocks as usual (verifies nothing)',
    offeredFor: ['low_confidence', 'reply_rate_limited'],
    options: { message: 'why, kept in the record' },
    fromMail: (args, below) => withReason({ kind: 'confirm' as const }, args, below),
    fromCommandLine: ({ message }) => withReason({ kind: 'confirm' as const }, message),
    plan: (command) => withReason({ kind: 'confirm_reading' as const }, command.reason),
  },
  verify: {
    aliases: ['verified'],
    mailArguments: 'METHOD',
    help: `identity verified by other means (§7060-§7062); METHOD is one of: ${NAMED_VERIFICATION_METHODS.join(', ')}`,
    offeredFor: ['verify_manually', 'verification_attempts_exhausted', 'no_directory_record', 'data_point_mismatch', 'code_from_other_address', 'consumer_reply'],
    options: { reason: `METHOD: ${NAMED_VERIFICATION_METHODS.join(', ')}`, message: 'how, kept in the record' },
    fromMail(args, below) {
      const [first, rest] = firstWord(args);
      if (!first) return 'missing_argument';
      const method = readVerificationMethod(first);
      return method ? withReason({ kind: 'verify' as const, method }, rest, below) : 'unknown_verification_method';
    },
    fromCommandLine({ reason, message }) {
      const method = reason === undefined ? null : readVerificationMethod(reason);
      return method ? withReason({ kind: 'verify' as const, method }, message) : `verify needs --reason with how identity was checked: ${NAMED_VERIFICATION_METHODS.join(', ')}`;
    },
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), ...reasonOf(command), kind: 'staff_approve', method: command.method } }),
  },
  deny: {
    aliases: [],
    mailArguments: 'REASON [text]',
    help: `REASON is one of: ${DENIAL_REASONS.join(', ')}; text for the requester may follow`,
    offeredFor: 'every_flag',
    options: { reason: `REASON, one of: ${DENIAL_REASONS.join(', ')}`, message: 'text sent to the requester' },
    fromMail(args, below) {
      const [first, rest] = firstWord(args);
      if (!first) return 'missing_argument';
      const reason = readDenialReason(first);
      return reason ? { kind: 'deny', reason, note: joinText(rest, below) } : 'unknown_denial_reason';
    },
    fromCommandLine({ reason, message }) {
      const denialReason = reason === undefined ? null : readDenialReason(reason);
      if (!denialReason) return 'deny needs --reason with one of the fixed denial reasons (ccpa-rules, Denial reasons)';
      return { kind: 'deny', reason: denialReason, note: joinText(message) };
    },
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), kind: 'staff_deny', reason: command.reason, ...(command.note ? { note: command.note } : {}) } }),
  },
  extend: {
    aliases: [],
    mailArguments: 'REASON',
    help: 'use the one 45-day extension; REASON is sent to the requester (§1798.130(a)(2))',
    offeredFor: 'every_flag',
    options: { reason: 'REASON, sent to the requester' },
    fromMail: (args, below) => {
      const reason = joinText(args, below);
      return reason ? { kind: 'extend', reason } : 'missing_argument';
    },
    fromCommandLine: ({ reason }) => (reason ? { kind: 'extend', reason } : 'extend needs --reason: the notice must tell the consumer why (§1798.130(a)(2))'),
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), kind: 'staff_extend', reason: command.reason } }),
  },
  complete: {
    aliases: ['completed', 'done'],
    mailArguments: '[HOW] [text]',
    help: 'done; for a deletion, HOW is deleted or deidentified (§7022(e)); text for the requester may follow; for a copy, attach its files (CSV, JSON, PDF, ZIP) and they go to the requester',
    offeredFor: 'every_flag',
    options: { reason: 'HOW: deleted or deidentified, for a deletion', message: 'text sent to the requester', attach: 'files of the copy to send the requester (CSV, JSON, PDF or ZIP)' },
    fromMail(args, below) {
      const [first, rest] = firstWord(args);
      const deletionMethod = readDeletionMethod(first);
      return { kind: 'complete', deletionMethod, note: joinText(deletionMethod ? rest : args, below) };
    },
    fromCommandLine({ reason, message, files }) {
      const deletionMethod = reason === undefined ? null : readDeletionMethod(reason);
      if (reason !== undefined && !deletionMethod) return 'complete --reason must be deleted or deidentified (§7022(e))';
      return { kind: 'complete', deletionMethod, note: joinText(message), ...(files && files.length > 0 ? { files } : {}) };
    },
    plan: (command, ctx) => ({
      kind: 'event',
      event: {
        ...event(ctx),
        kind: 'staff_complete',
        ...(command.deletionMethod ? { deletionMethod: command.deletionMethod } : {}),
        ...(command.note ? { note: command.note } : {}),
        // The format is judged (and the type set) when the request is known: apply-staff-event.ts.
        ...(command.files && command.files.length > 0 ? { files: command.files.map((f) => ({ ...f, contentType: 'application/octet-stream' })) } : {}),
      },
    }),
  },
  reply: {
    aliases: [],
    mailArguments: 'TEXT',
    help: 'TEXT (in a mail: the lines below) goes to the requester, in this thread',
    offeredFor: 'every_flag',
    options: { text: 'TEXT for the requester', file: 'read TEXT from this file' },
    fromMail: (args, below) => {
      const text = joinText(args, below);
      return text ? { kind: 'reply', text } : 'missing_argument';
    },
    fromCommandLine: ({ text }) => (text?.trim() ? { kind: 'reply', text } : 'reply needs --text or --file: what the requester will read'),
    plan: (command) => ({ kind: 'relay_to_consumer', text: command.text }),
  },
  note: {
    aliases: [],
    mailArguments: 'TEXT',
    help: 'add a note to the record',
    offeredFor: 'every_flag',
    options: { message: 'TEXT, the note' },
    fromMail: (args, below) => {
      const text = joinText(args, below);
      return text ? { kind: 'note', text } : 'missing_argument';
    },
    fromCommandLine: ({ message }) => (message ? { kind: 'note', text: message } : 'note needs --message'),
    plan: (command) => ({ kind: 'note', text: command.text }),
  },
  assign: {
    aliases: [],
    mailArguments: 'ADDRESS',
    help: 'hand this request to another staff member',
    offeredFor: 'every_flag',
    options: { to: 'ADDRESS, a configured staff address' },
    fromMail(args) {
      if (!args) return 'missing_argument';
      const address = readAddress(args);
      return address ? { kind: 'assign', address } : 'invalid_address';
    },
    fromCommandLine({ to }) {
      const address = to === undefined ? null : readAddress(to);
      return address ? { kind: 'assign', address } : 'assign needs --to with a staff email address';
    },
    // Consumer replies are forwarded to the assignee: only a configured staff member may receive them.
    plan: (command, ctx) => (ctx.staffAddresses.includes(command.address) ? { kind: 'assign', address: command.address } : { kind: 'refuse', reason: 'assignee_not_staff' }),
  },
  merge: {
    aliases: [],
    mailArguments: 'REF',
    help: 'this duplicates request REF: its messages and timeline join REF and it is closed as merged (no mail to the requester, not in the metrics)',
    offeredFor: 'every_flag',
    options: { into: 'REF, the request this one duplicates' },
    fromMail(args) {
      if (!args) return 'missing_argument';
      const reference = readReference(args);
      return reference ? { kind: 'merge', reference } : 'invalid_reference';
    },
    fromCommandLine({ into }) {
      const reference = into === undefined ? null : readReference(into);
      return reference ? { kind: 'merge', reference } : 'merge needs --into with a reference such as CCPA-2026-000123';
    },
    plan: (command, ctx) => (command.reference === ctx.reference ? { kind: 'refuse', reason: 'merge_into_itself' } : { kind: 'merge', into: command.reference }),
  },
  close: {
    aliases: ['closed'],
    mailArguments: '[text]',
    help: 'finish a question, HIPAA matter or unspecified message once handled (after reply, or alone); the text is kept as the reason. A CCPA request closes with complete, deny, withdraw or merge',
    offeredFor: ['question', 'hipaa_matter', 'consumer_reply', 'low_confidence'],
    options: { message: 'why, kept in the record' },
    fromMail: (args, below) => ({ kind: 'close', note: joinText(args, below) }),
    fromCommandLine: ({ message }) => ({ kind: 'close', note: joinText(message) }),
    plan: (command) => ({ kind: 'close', note: command.note }),
  },
  forward: {
    ...noArguments,
    aliases: [],
    help: 'a HIPAA matter: send it to the patient-records team (HIPAA_FORWARD_ADDRESS), tell the requester where it went, and close it',
    offeredFor: ['hipaa_matter', 'hipaa_mentioned'],
    fromMail: () => ({ kind: 'forward' }),
    fromCommandLine: () => ({ kind: 'forward' }),
    plan: () => ({ kind: 'forward_hipaa' }),
  },
  hold: {
    aliases: [],
    mailArguments: '(alone on its line)',
    help: 'pause the request (the legal clock keeps running)',
    offeredFor: 'every_flag',
    // The state machine does not record a hold's note yet (staff-transitions.ts, staffHold).
    options: { message: 'why, kept in the record' },
    // Alone on its line, like withdraw: prose that opens with the word ("Hold on, ...") is no command.
    fromMail: (args, below) => (args ? 'unknown_command' : { kind: 'hold', note: joinText(below) }),
    fromCommandLine: ({ message }) => ({ kind: 'hold', note: joinText(message) }),
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), kind: 'staff_hold', ...(command.note ? { note: command.note, staffReason: command.note } : {}) } }),
  },
  resume: {
    ...noArguments,
    aliases: [],
    help: 'resume a request put on hold by staff',
    // Offered where a request may be on a staff hold: the requester writes in, or the deadline nears
    // (the overdue sweep lifts a staff hold itself).
    offeredFor: ['consumer_reply', 'due_soon'],
    options: { message: 'why, kept in the record' },
    fromMail: (args, below) => withReason({ kind: 'resume' as const }, args, below),
    fromCommandLine: ({ message }) => withReason({ kind: 'resume' as const }, message),
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), ...reasonOf(command), kind: 'staff_resume' } }),
  },
  withdraw: {
    aliases: [],
    mailArguments: '(alone on its line)',
    options: { message: 'how the requester withdrew, kept in the record' },
    help: 'the requester withdrew by phone or letter: close it as withdrawn',
    offeredFor: 'every_flag',
    // Alone on its line: it closes the request and writes to the requester, so nothing is guessed.
    fromMail: (args, below) => (args ? 'unknown_command' : withReason({ kind: 'withdraw' as const }, below)),
    fromCommandLine: ({ message }) => withReason({ kind: 'withdraw' as const }, message),
    // The state machine takes a withdrawal from the consumer or from staff who record it.
    plan: (command, ctx) => ({ kind: 'event', event: { ...event(ctx), ...reasonOf(command), kind: 'consumer_withdraws' } }),
  },
  // Corrections of the reading (issue 16 item 5): each is stored as a labeled example.
  retype: {
    aliases: [],
    mailArguments: 'TYPE...',
    help: 'the message asked exactly these (access, portability, deletion, correction, opt_out, limit_sensitive): others close with no mail, missing ones open with its clock',
    offeredFor: 'every_flag',
    options: { types: 'TYPES, comma-separated' },
    fromMail(args) {
      const types = args ? readRequestTypes(args) : null;
      return types ? { kind: 'retype', types } : args ? 'unknown_request_type' : 'missing_argument';
    },
    fromCommandLine({ types }) {
      const read = readRequestTypes(types ?? '');
      return read ? { kind: 'retype', types: read } : 'retype needs --types with request types (access, portability, deletion, correction, opt_out, limit_sensitive)';
    },
    plan: (command) => ({ kind: 'correct', correction: { kind: 'retype', types: command.types } }),
  },
  'not-a-request': {
    ...noArguments,
    aliases: [],
    help: 'no right was asked: its requests close with no denial and no mail; answer the person with reply',
    offeredFor: 'every_flag',
    fromMail: (args) => (args ? 'unknown_command' : { kind: 'not-a-request' }),
    fromCommandLine: () => ({ kind: 'not-a-request' }),
    plan: () => ({ kind: 'correct', correction: { kind: 'not_a_request' } }),
  },
  junk: {
    ...noArguments,
    aliases: ['spam'],
    help: 'spam or junk: its requests close, nothing is sent, it is listed with other mail',
    offeredFor: 'every_flag',
    fromMail: (args) => (args ? 'unknown_command' : { kind: 'junk' }),
    fromCommandLine: () => ({ kind: 'junk' }),
    plan: () => ({ kind: 'correct', correction: { kind: 'junk' } }),
  },
  help: {
    ...noArguments,
    aliases: ['?'],
    help: 'list these commands',
    offeredFor: 'every_flag',
    fromMail: () => ({ kind: 'help' }),
    fromCommandLine: () => ({ kind: 'help' }),
    plan: () => ({ kind: 'help' }),
  },
};

/** Every command name, in menu order. */
export const STAFF_COMMAND_KINDS = Object.keys(STAFF_COMMANDS) as StaffCommandKind[];

/**
 * One entry through the table's common type. Sound because `kind` picks the entry: each entry
 * only ever receives its own kind of command.
 */
export function staffCommandSpec(kind: StaffCommandKind): StaffCommandSpec<StaffCommandKind> {
  return STAFF_COMMANDS[kind] as StaffCommandSpec<StaffCommandKind>;
}
