import { createHash } from 'node:crypto';
import { commandLines } from './command-lines.js';
import type { StaffCommandKind } from './staff-command.js';

/** Quotation marks a mail client or a person may add or drop around an argument. */
const QUOTE_MARKS = /["'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/g;

export interface StaffCommandIdentity {
  /** The authenticated staff member, as checked against STAFF_ADDRESSES. */
  staffAddress: string;
  /** The request the reply key names. */
  reference: string;
  /** The reply key the command was sent to: one per flag, confirmation or help mail (reply-key.ts). */
  replyKey: string;
  kind: StaffCommandKind;
  /** The staff message's text, quoted history included: only the command lines count. */
  text: string;
}

/**
 * The text of a command as the key compares it: the lines above the quoted mail (command-lines.ts),
 * without the command word (the parsed kind stands for it, so `Resume.` and `resume` are one
 * command), with quotation marks dropped and every run of whitespace, line breaks included, made
 * one space. Case is kept: a note in other words is another note.
 */
export function normaliseCommandText(text: string): string {
  const lines = commandLines(text).join('\n').normalize('NFC');
  const withoutWord = lines.trimStart().replace(/^\S+/, '');
  return withoutWord.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim();
}

/**
 * The idempotency key of a staff command (email-rules §4: "the same staff member, thread and
 * command text"): SHA-256 over staff address, request, the reply key answered (the thread: each
 * mail the bot sends staff carries its own key) and the normalised command. Stored under a unique
 * constraint once the command is applied, so a copy re-sent with a new Message-ID, or the same
 * message taken by a second instance, changes nothing. A deliberate repeat is possible: the same
 * command in reply to another mail of the bot's, or in other words. Pure.
 */
export function staffCommandKey(command: StaffCommandIdentity): string {
  const parts = ['v1', command.staffAddress.trim().toLowerCase(), command.reference.toUpperCase(), command.replyKey.toLowerCase(), command.kind, normaliseCommandText(command.text)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}
