import type { InboundMail, ScreenVerdict } from '../types.js';
import { headerBlock } from './header-block.js';
import { reportType } from './header-values.js';

/**
 * Recognises abuse feedback reports: ARF (RFC 5965, `multipart/report;
 * report-type=feedback-report` or a `message/feedback-report` part) and Microsoft's JMRP
 * reports, which wrap the complained-about message with an `X-HmXmrOriginalRecipient` header.
 * They are machine mail about our sending reputation and are never answered.
 */
export function detectFeedbackReport(mail: InboundMail): ScreenVerdict | null {
  if (reportType(mail) === 'feedback-report') {
    return { kind: 'feedback_report', reason: 'content-type:multipart/report;report-type=feedback-report' };
  }
  if (mail.reportParts.some((part) => part.contentType === 'message/feedback-report')) {
    return { kind: 'feedback_report', reason: 'part:message/feedback-report' };
  }
  const jmrp = mail.reportParts.some(
    (part) => part.contentType === 'message/rfc822' && /^X-HmXmrOriginalRecipient:/im.test(headerBlock(part.content)),
  );
  return jmrp ? { kind: 'feedback_report', reason: 'part:jmrp' } : null;
}

