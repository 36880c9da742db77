import type { ScreenVerdictKind } from '../types.js';
import type { QuarantineReasonCode } from '../parse/quarantine-reason.js';
import type { StaffFlagReason } from './staff-flag-reasons.js';

/**
 * Why a message gets no automatic answer. One reason per kind of mail that must not be answered;
 * the table below says what happens for each, and the compiler checks it is complete.
 */
export type RejectionReason = Exclude<ScreenVerdictKind, 'human'> | 'other' | 'relayed_by_our_robot' | `quarantined:${QuarantineReasonCode}`;

export interface RejectionHandling {
  /** Never an automatic reply to machine mail (email-rules §1): answering can start a loop. */
  reply: 'silence';
  /** Why a human should look at it (listed for staff), or null: nobody needs to. */
  staffFlag: StaffFlagReason | null;
}

export const REJECTION_HANDLING: Record<RejectionReason, RejectionHandling> = {
  bounce: { reply: 'silence', staffFlag: null },
  auto_reply: { reply: 'silence', staffFlag: null },
  feedback_report: { reply: 'silence', staffFlag: 'feedback_report' },
  bulk: { reply: 'silence', staffFlag: null },
  loop: { reply: 'silence', staffFlag: null },
  spam: { reply: 'silence', staffFlag: null },
  // No privacy matter (issue 16): answering junk confirms the address to spammers and phishers;
  // staff see each one in the digest (sender, subject, why), not one flag mail each.
  other: { reply: 'silence', staffFlag: null },
  // Our own no-reply address relaying a person's request (a web form on our site): nothing may go
  // to our robot, and the person's address is only in the text, so a person answers (issue 16).
  relayed_by_our_robot: { reply: 'silence', staffFlag: 'relayed_by_our_robot' },
  'quarantined:unparseable': { reply: 'silence', staffFlag: 'quarantined:unparseable' },
  'quarantined:too_many_recipients': { reply: 'silence', staffFlag: 'quarantined:too_many_recipients' },
  'quarantined:nesting_too_deep': { reply: 'silence', staffFlag: 'quarantined:nesting_too_deep' },
  'quarantined:no_sender': { reply: 'silence', staffFlag: 'quarantined:no_sender' },
};
