import type { InboundMail, ScreenVerdict } from '../types.js';
import { bounceDetails } from './bounce-details.js';
import { BOUNCE_SUBJECTS, MAIL_SYSTEM_SENDER, MTA_PHRASES, ROBOT_LOCAL_PART } from './bounce-patterns.js';
import { autoReplyHeaderReason } from './detect-auto-reply.js';
import { headerValues, reportType } from './header-values.js';
import { readSesNotification } from './read-ses-notification.js';

const DSN_PARTS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_PARTS = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers']);
/** Only the start of the text is read: the returned original follows and may quote anything. */
const HEAD_CHARS = 4000;

/**
 * Recognises a bounce or delay notice (email-rules §1, RFC 3464), structured or old-style,
 * and reads its details. Returns null for anything else.
 */
export function detectBounce(mail: InboundMail): ScreenVerdict | null {
  const reason = bounceReason(mail);
  return reason === null ? null : { kind: 'bounce', reason, bounce: bounceDetails(mail) };
}

function bounceReason(mail: InboundMail): string | null {
  const type = reportType(mail);
  if (type === 'delivery-status' || type === 'global-delivery-status') {
    return `content-type:multipart/report;report-type=${type}`;
  }
  const dsn = mail.reportParts.find((part) => DSN_PARTS.has(part.contentType));
  if (dsn) return `part:${dsn.contentType}`;
  if (headerValues(mail, 'x-failed-recipients').length > 0) return 'header:x-failed-recipients';
  const system = MAIL_SYSTEM_SENDER.exec(headerValues(mail, 'from')[0] ?? '');
  if (system) return `from:${system[1]?.toLowerCase()}`;
  const subject = BOUNCE_SUBJECTS.find((pattern) => pattern.test(mail.subject.trim()));
  if (subject) return `subject:${subject.exec(mail.subject.trim())?.[0].trim().toLowerCase()}`;
  return weakBounceReason(mail);
}

/** Cues that are not enough alone for a person's mail to be judged a bounce, only together. */
function weakBounceReason(mail: InboundMail): string | null {
  const ses = readSesNotification(mail.text.slice(0, HEAD_CHARS * 4));
  if (ses && headerValues(mail, 'x-amz-sns-message-id').length > 0) return `body:amazon-ses-${ses.type.toLowerCase()}`;
  const robot = mail.from === null || ROBOT_LOCAL_PART.test(mail.from.address.split('@')[0] ?? '');
  if (robot) {
    const head = mail.text.slice(0, HEAD_CHARS);
    if (MTA_PHRASES.some((phrase) => phrase.test(head))) return 'body:mta-phrase+robot-sender';
    if (mail.reportParts.some((part) => RETURNED_PARTS.has(part.contentType))) return 'part:returned-message+robot-sender';
  }
  // RFC 3834 §3.3 asks auto-responders for a null return path too, so `<>` with auto-reply
  // headers is left to the auto-reply check.
  const nullPath = headerValues(mail, 'return-path').some((value) => /^<\s*>$/.test(value));
  if (nullPath && autoReplyHeaderReason(mail) === null) return 'header:return-path=<>';
  return null;
}
