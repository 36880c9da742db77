import type { ScreenVerdictKind } from '../types.js';
import type { QuarantineReasonCode } from '../parse/quarantine-reason.js';

/**
 * Why a message gets no automatic answer. One reason per kind of mail that must not be answered;
 * the table below says what happens for each, and the compiler checks it is complete.
 */
export type RejectionReason = Exclude<ScreenVerdictKind, 'human'> | `quarantined:${QuarantineReasonCode}`;

export interface RejectionHandling {
  /** Never an automatic reply to machine mail (email-rules §1): answering can start a loop. */
  reply: 'silence';
  /** A human should look at it (listed for staff). */
  flagStaff: boolean;
}

export const REJECTION_HANDLING: Record<RejectionReason, RejectionHandling> = {
  bounce: { reply: 'silence', flagStaff: false },
  auto_reply: { reply: 'silence', flagStaff: false },
  feedback_report: { reply: 'silence', flagStaff: true },
  bulk: { reply: 'silence', flagStaff: false },
  loop: { reply: 'silence', flagStaff: false },
  spam: { reply: 'silence', flagStaff: false },
  'quarantined:unparseable': { reply: 'silence', flagStaff: true },
  'quarantined:too_many_recipients': { reply: 'silence', flagStaff: true },
  'quarantined:nesting_too_deep': { reply: 'silence', flagStaff: true },
  'quarantined:no_sender': { reply: 'silence', flagStaff: true },
};
