import type { InboundMail, ScreenVerdict } from '../types.js';
import { headerValues } from './header-values.js';

/** Headers that mailing-list software and bulk senders add (RFC 2369, RFC 2919, Mailman). */
const LIST_HEADERS = ['list-id', 'list-unsubscribe', 'list-post', 'x-mailman-version', 'x-beenthere'];

/** Recognises mailing-list and bulk mail (email-rules §1). */
export function detectBulk(mail: InboundMail): ScreenVerdict | null {
  const header = LIST_HEADERS.find((name) => mail.headers.has(name));
  if (header) return { kind: 'bulk', reason: `header:${header}` };
  const precedence = [...headerValues(mail, 'precedence'), ...headerValues(mail, 'x-precedence')][0]?.toLowerCase();
  if (precedence === 'bulk' || precedence === 'list') return { kind: 'bulk', reason: `header:precedence=${precedence}` };
  return null;
}

/** Whether the message carries any mailing-list header. */
export function hasListHeaders(mail: InboundMail): boolean {
  return LIST_HEADERS.some((name) => mail.headers.has(name));
}
