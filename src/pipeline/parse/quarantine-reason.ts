import { detectBounce } from '../screen/detect-bounce.js';
import type { InboundMail } from '../types.js';

/** Stable codes for mail that is stored and held for staff instead of processed (issue item 5). */
export type QuarantineReasonCode = 'unparseable' | 'too_many_recipients' | 'nesting_too_deep' | 'no_sender';

/** More recipients than any person writes to; Discourse rejects such mail the same way. */
export const MAX_RECIPIENTS = 1000;
/** Embedded messages deeper than this are a parser bomb, not a forwarded request. */
export const MAX_NESTING_DEPTH = 5;

/**
 * Says why a message must be quarantined, or null when it can go on to screening.
 * `mail` is null when `parseMail` threw `UnparseableMailError`. Pure: `raw` is only measured.
 */
export function quarantineReason(raw: Buffer, mail: InboundMail | null): QuarantineReasonCode | null {
  if (mail === null || raw.length === 0) return 'unparseable';
  if (mail.to.length + mail.cc.length > MAX_RECIPIENTS) return 'too_many_recipients';
  if ((mail.nestingDepth ?? 0) > MAX_NESTING_DEPTH) return 'nesting_too_deep';
  // With no From there is nobody to answer (email-rules §2: replies go to From only), so a
  // person must look. Bounces often come from a null sender (`From: MAILER-DAEMON <>`, or a
  // null Return-Path); screening recognises and handles those.
  if (mail.from === null && detectBounce(mail) === null) return 'no_sender';
  return null;
}
