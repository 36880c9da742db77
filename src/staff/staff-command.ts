import type { DenialReason } from '../pipeline/decide/denial-reasons.js';
import type { RequestEvent } from '../pipeline/decide/request-state.js';
import type { RequestType } from '../shared/request-types.js';
import type { Correction } from '../workflow/apply-correction.js';
import type { VerificationMethod } from '../pipeline/decide/verification-methods.js';

/**
 * What staff can ask for on one request, by replying to a flag mail (issue 6) or on the command
 * line (`ccpa-mailbot requests ...`): both surfaces read into this one type, from the one table
 * of commands (staff-commands.ts). Each command either becomes a request event for the state
 * machine (approve, deny, extend, complete, hold, resume, withdraw) or acts on the thread around
 * it (reply, note, assign, merge, help).
 */
export type StaffCommand =
  | { kind: 'approve'; reason?: string }
  | { kind: 'confirm'; reason?: string }
  | { kind: 'verify'; method: VerificationMethod; reason?: string }
  | { kind: 'deny'; reason: DenialReason; note: string | null }
  | { kind: 'extend'; reason: string }
  | { kind: 'complete'; deletionMethod: DeletionMethod | null; note: string | null; files?: ReadonlyArray<{ filename: string; content: Buffer }> }
  | { kind: 'hold'; note: string | null }
  | { kind: 'resume'; reason?: string }
  | { kind: 'withdraw'; reason?: string }
  | { kind: 'reply'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'assign'; address: string }
  | { kind: 'merge'; reference: string }
  | { kind: 'help' }
  // Corrections of the reading (issue 16 item 5): kept as labeled examples.
  | { kind: 'retype'; types: RequestType[] }
  | { kind: 'not-a-request' }
  | { kind: 'junk' }
  | { kind: 'close'; note: string | null }
  | { kind: 'forward' };

export type StaffCommandKind = StaffCommand['kind'];

/** How a deletion was carried out, told to the consumer (§7022(e)). */
export type DeletionMethod = 'deleted' | 'deidentified';

/** Why a staff reply could not be read as a command; the staff member gets the help reply. */
export type NotUnderstoodReason =
  | 'empty'
  | 'unknown_command'
  | 'missing_argument'
  | 'unknown_denial_reason'
  | 'invalid_address'
  | 'invalid_reference'
  | 'unknown_request_type'
  | 'unknown_verification_method'
  /** A command sent through another staff member's flag mail (email-rules §4: per-staff keys). */
  | 'other_staff_key'
  /** Fresh mail from a staff member whose subject names no request. */
  | 'no_reference';

export type ParsedStaffCommand =
  | { ok: true; command: StaffCommand }
  | { ok: false; reason: NotUnderstoodReason; firstLine: string };

/**
 * What one staff command does. Decisions on the request become request events for the one state
 * machine, so the legal checks and the audit entry are the same whichever way staff act
 * (issue 6); the rest act on the thread.
 */
export type StaffAction =
  | { kind: 'event'; event: RequestEvent }
  /** The bot's reading is right: start the workflow as for a message it was sure of (confirmation, challenge, clocks). */
  | { kind: 'confirm_reading'; reason?: string }
  | { kind: 'relay_to_consumer'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'assign'; address: string }
  | { kind: 'merge'; into: string }
  /** Finish a record that is not a CCPA request (a question, a HIPAA matter); the note is the audit's reason. */
  | { kind: 'close'; note: string | null }
  /** Pass a HIPAA matter to the patient-records team, tell the person, close it. */
  | { kind: 'forward_hipaa' }
  | { kind: 'help' }
  | { kind: 'correct'; correction: Correction }
  | { kind: 'refuse'; reason: 'assignee_not_staff' | 'merge_into_itself' };

export interface StaffCommandContext {
  /** Who acts: the authenticated staff address of a reply, or the name given on the command line (§7101). */
  staffAddress: string;
  /** Message-ID of the staff reply, recorded on the audit entry as the causing message; null on the command line. */
  messageId: string | null;
  at: Date;
  /** The request the command is about. */
  reference: string;
  staffAddresses: readonly string[];
}
