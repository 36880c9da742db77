import type { InboundMail, ScreenContext, ScreenVerdict } from '../types.js';
import { detectAutoReply } from './detect-auto-reply.js';
import { detectBounce } from './detect-bounce.js';
import { detectBulk } from './detect-bulk.js';
import { detectFeedbackReport } from './detect-feedback-report.js';
import { detectLoop } from './detect-loop.js';
import { detectSpam } from './detect-spam.js';

/**
 * Decides whether a message is machine mail that must never get an automatic reply, checking
 * in the order of email-rules §1 (bounce, auto-reply, list/bulk, loop, spam); the first hit
 * decides. Abuse feedback reports are checked with bounces, as both are `multipart/report`.
 * Pure: the same message and context always give the same verdict.
 */
export function screenMail(mail: InboundMail, ctx: ScreenContext): ScreenVerdict {
  return (
    detectFeedbackReport(mail) ??
    detectBounce(mail) ??
    detectAutoReply(mail) ??
    detectBulk(mail) ??
    detectLoop(mail, ctx) ??
    detectSpam(mail, ctx) ?? { kind: 'human', reason: 'none' }
  );
}
