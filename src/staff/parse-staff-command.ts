import { commandLines } from './command-lines.js';
import type { ParsedStaffCommand, StaffCommandKind } from './staff-command.js';
import { STAFF_COMMAND_KINDS, STAFF_COMMANDS, staffCommandSpec } from './staff-commands.js';

/** Each word staff may start with, for its command: the names and aliases of the one table. */
const COMMAND_WORDS: ReadonlyMap<string, StaffCommandKind> = new Map(
  STAFF_COMMAND_KINDS.flatMap((kind) => [kind, ...STAFF_COMMANDS[kind].aliases].map((word) => [word, kind] as const)),
);

/**
 * Reads the command a staff member wrote on the first non-empty line above the quoted flag mail
 * (issue 6). The rest of that line, and the lines below it up to the quote, are the command's
 * arguments and text, read by the command's entry in the table (staff-commands.ts).
 * Pure; anything not understood is a typed result (the caller answers with the help message),
 * never a guess: a misread `deny` would close a consumer's request.
 */
export function parseStaffCommand(text: string): ParsedStaffCommand {
  const lines = commandLines(text);
  const firstLine = (lines[0] ?? '').trim();
  if (firstLine === '') return { ok: false, reason: 'empty', firstLine };
  const [word = '', ...restOfLine] = firstLine.split(/\s+/);
  const kind = COMMAND_WORDS.get(word.toLowerCase().replace(/[:.,!]+$/, ''));
  if (!kind) return { ok: false, reason: 'unknown_command', firstLine };
  const args = restOfLine.join(' ').trim();
  const below = lines.slice(1).join('\n').trim();
  const result = staffCommandSpec(kind).fromMail(args, below);
  return typeof result === 'string' ? { ok: false, reason: result, firstLine } : { ok: true, command: result };
}
