import { isDenialReason } from '../pipeline/decide/denial-reasons.js';
import { commandLines } from './command-lines.js';
import type { NotUnderstoodReason, ParsedStaffCommand, StaffCommand } from './staff-command.js';

const REFERENCE = /^\[?(CCPA-\d{4}-\d{6})\]?$/i;
const ADDRESS = /^<?([^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+)>?$/;

/** Words staff may start with; `verify` is the same as `approve`, `?` the same as `help`. */
const ALIASES: Record<string, StaffCommand['kind']> = {
  approve: 'approve',
  approved: 'approve',
  verify: 'approve',
  verified: 'approve',
  deny: 'deny',
  extend: 'extend',
  complete: 'complete',
  completed: 'complete',
  done: 'complete',
  reply: 'reply',
  note: 'note',
  assign: 'assign',
  merge: 'merge',
  help: 'help',
  '?': 'help',
};

/**
 * Reads the command a staff member wrote on the first non-empty line above the quoted flag mail
 * (issue 6). The rest of that line, and the lines below it up to the quote, are the command's
 * text: the reason of `deny`/`extend`, the note of `complete`/`note`, the message of `reply`.
 * Pure; anything not understood is a typed result (the caller answers with the help message),
 * never a guess: a misread `deny` would close a consumer's request.
 */
export function parseStaffCommand(text: string): ParsedStaffCommand {
  const lines = commandLines(text);
  const firstLine = (lines[0] ?? '').trim();
  if (firstLine === '') return { ok: false, reason: 'empty', firstLine };
  const [word = '', ...restOfLine] = firstLine.split(/\s+/);
  const kind = ALIASES[word.toLowerCase().replace(/[:.,!]+$/, '')];
  if (!kind) return { ok: false, reason: 'unknown_command', firstLine };
  const args = restOfLine.join(' ').trim();
  const below = lines.slice(1).join('\n').trim();
  const result = buildCommand(kind, args, below);
  return typeof result === 'string' ? { ok: false, reason: result, firstLine } : { ok: true, command: result };
}

function buildCommand(kind: StaffCommand['kind'], args: string, below: string): StaffCommand | NotUnderstoodReason {
  const fullText = [args, below].filter(Boolean).join('\n');
  switch (kind) {
    case 'approve':
    case 'help':
      return { kind };
    case 'deny':
      return denyCommand(args, below);
    case 'extend':
      return fullText ? { kind, reason: fullText } : 'missing_argument';
    case 'complete':
      return completeCommand(args, below);
    case 'reply':
    case 'note':
      return fullText ? { kind, text: fullText } : 'missing_argument';
    case 'assign': {
      const address = ADDRESS.exec(args)?.[1];
      if (!args) return 'missing_argument';
      return address ? { kind, address: address.toLowerCase() } : 'invalid_address';
    }
    case 'merge': {
      const reference = REFERENCE.exec(args)?.[1];
      if (!args) return 'missing_argument';
      return reference ? { kind, reference: reference.toUpperCase() } : 'invalid_reference';
    }
  }
}

/** `deny REASON [text]`: REASON from the fixed vocabulary (ccpa-rules, Denial reasons); `-` or `_` both accepted. */
function denyCommand(args: string, below: string): StaffCommand | NotUnderstoodReason {
  const [first = '', ...rest] = args.split(/\s+/);
  if (!first) return 'missing_argument';
  const reason = first.toLowerCase().replace(/-/g, '_').replace(/[:.,]+$/, '');
  if (!isDenialReason(reason)) return 'unknown_denial_reason';
  const note = [rest.join(' ').trim(), below].filter(Boolean).join('\n');
  return { kind: 'deny', reason, note: note || null };
}

/** `complete [deleted|deidentified] [note]`: how a deletion was done is told to the consumer (§7022(e)). */
function completeCommand(args: string, below: string): StaffCommand {
  const [first = '', ...rest] = args.split(/\s+/);
  const method = first.toLowerCase().replace(/-/g, '');
  const deletionMethod = method === 'deleted' || method === 'deidentified' ? method : null;
  const noteOnLine = deletionMethod ? rest.join(' ').trim() : args;
  const note = [noteOnLine, below].filter(Boolean).join('\n');
  return { kind: 'complete', deletionMethod, note: note || null };
}
