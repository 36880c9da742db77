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
  if (jmrp) return { kind: 'feedback_report', reason: 'part:jmrp' };
  return isDmarcAggregateReport(mail) ? { kind: 'feedback_report', reason: 'dmarc-aggregate-report' } : null;
}

/** RFC 7489 §7.2.1.1 names the report file `receiver!policy-domain!begin!end.ext`. */
const DMARC_REPORT_FILE = /^[^!\s]+![^!\s]+!\d+!\d+(![^.]+)?\.(xml|zip|gz|xml\.gz)$/i;

/**
 * DMARC aggregate reports (RFC 7489 §7.2.1.1): the subject `Report Domain: <domain> Submitter:
 * <receiver>`, or the report file's fixed name. Machine mail about our domain, never a request.
 */
function isDmarcAggregateReport(mail: InboundMail): boolean {
  if (/^\s*report\s+domain:\s*\S+\s+submitter:/i.test(mail.subject)) return true;
  return mail.attachments.some((a) => a.filename !== null && DMARC_REPORT_FILE.test(a.filename));
}

