import type { DenialReason } from '../pipeline/decide/denial-reasons.js';

/**
 * What a staff member can ask for by replying to a flag mail (issue 6). Each command either
 * becomes a request event for the state machine (approve, deny, extend, complete) or acts on the
 * thread around it (reply, note, assign, merge, help).
 */
export type StaffCommand =
  | { kind: 'approve' }
  | { kind: 'deny'; reason: DenialReason; note: string | null }
  | { kind: 'extend'; reason: string }
  | { kind: 'complete'; deletionMethod: 'deleted' | 'deidentified' | null; note: string | null }
  | { kind: 'reply'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'assign'; address: string }
  | { kind: 'merge'; reference: string }
  | { kind: 'help' };

export type StaffCommandKind = StaffCommand['kind'];

/** Why a staff reply could not be read as a command; the staff member gets the help reply. */
export type NotUnderstoodReason =
  | 'empty'
  | 'unknown_command'
  | 'missing_argument'
  | 'unknown_denial_reason'
  | 'invalid_address'
  | 'invalid_reference';

export type ParsedStaffCommand =
  | { ok: true; command: StaffCommand }
  | { ok: false; reason: NotUnderstoodReason; firstLine: string };
