import type { InboundMail, ScreenVerdict } from '../types.js';
import { headerValues } from './header-values.js';
import { PRIVACY_REQUEST_WORDING } from './privacy-request-wording.js';

/**
 * Headers that mailing-list software and bulk senders add (RFC 2369, RFC 2919, Mailman; ezmlm's
 * own Mailing-List, which its welcome, goodbye and bounce-warning notices carry).
 */
const LIST_HEADERS = ['list-id', 'list-unsubscribe', 'list-post', 'list-help', 'list-subscribe', 'list-owner', 'list-archive', 'mailing-list', 'x-mailman-version', 'x-beenthere'];

/**
 * Recognises mailing-list and bulk mail (email-rules §1). One exception: List-Unsubscribe as
 * the only cue, on a text that reads as a privacy request. Sending services add that header to
 * everything they send, including requests that authorized agents send on consumers' behalf,
 * and ignoring a request is worse than answering a newsletter once.
 */
export function detectBulk(mail: InboundMail): ScreenVerdict | null {
  const header = LIST_HEADERS.find((name) => mail.headers.has(name));
  if (header === 'list-unsubscribe' && isOnlyListUnsubscribe(mail) && PRIVACY_REQUEST_WORDING.test(mail.text.slice(0, 1500))) {
    return null;
  }
  if (header) return { kind: 'bulk', reason: `header:${header}` };
  const precedence = [...headerValues(mail, 'precedence'), ...headerValues(mail, 'x-precedence')][0]?.toLowerCase();
  if (precedence === 'bulk' || precedence === 'list') return { kind: 'bulk', reason: `header:precedence=${precedence}` };
  return null;
}

function isOnlyListUnsubscribe(mail: InboundMail): boolean {
  const precedence = [...headerValues(mail, 'precedence'), ...headerValues(mail, 'x-precedence')];
  return precedence.length === 0 && LIST_HEADERS.filter((name) => mail.headers.has(name)).length === 1;
}

/** Whether the message carries any mailing-list header. */
export function hasListHeaders(mail: InboundMail): boolean {
  return LIST_HEADERS.some((name) => mail.headers.has(name));
}
