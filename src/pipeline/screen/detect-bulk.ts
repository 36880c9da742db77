import type { InboundMail, ScreenVerdict } from '../types.js';
import { headerValues } from './header-values.js';
import { OWN_DATA_REQUEST } from './auto-reply-patterns.js';
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
  return listMembershipNotice(mail) ? { kind: 'bulk', reason: 'content:list-membership-notice' } : null;
}

/** The mailbox names list software writes from whatever the list (Sympa, LISTSERV, ...), and Majordomo's "owner-LIST". */
export const LIST_SOFTWARE_MAILBOX = 'owner-.+|sympa|mailman|listserv|majordomo|mlmmj|ezmlm|ecartis|lyris';

/**
 * A list manager's own addresses: Mailman's "-owner", "-request", "-bounces", "-confirm+TOKEN",
 * mlmmj's "+owner", Sympa, LISTSERV, Majordomo, ezmlm. Wider than the robot addresses of
 * detect-auto-reply.ts (LIST_ROBOT), which leave "-request" out for an agent writing from
 * "privacy-request@": here the text must also be a membership notice in the manager's words.
 */
const LIST_MANAGER_ADDRESS = new RegExp(String.raw`^(?:${LIST_SOFTWARE_MAILBOX}|.+[-+](?:owner|request|bounces|confirm(?:\+[\w-]+)?|join|leave|subscribe|unsubscribe))$`, 'i');
/** The list software naming itself: "this is the Mlmmj program managing", "this is the GNU Mailman server". */
const LIST_SOFTWARE_VOICE = /\bthis is the (?:mlmmj program|gnu mailman server|mailman server|sympa|listserv|ezmlm program|majordomo)\b/i;
/**
 * A notice about membership of a list, in the list manager's words: welcome, goodbye, a
 * subscription to confirm or awaiting approval, a member removed for bounces, a subscription
 * disabled. People ask to be taken off lists too ("please unsubscribe me"), so the notice must also
 * come from the list manager's address or name its software.
 */
const MEMBERSHIP_NOTICE = [
  /\bwelcome to the\b[^\n]{0,60}\b(?:mailing )?list\b/i,
  /\b(?:has|have) (?:now )?been (?:successfully )?(?:un)?subscribed (?:to|from)\b/i,
  /\byou have (?:now )?been (?:added to|removed from) the\b[\s\S]{0,40}?\blist\b|\bconfirm(?:ing)? your unsubscribe\b/i,
  /\b(?:confirm(?:ing)? (?:your )?(?:un)?subscription|registration (?:request|confirmation)|request to join the list|(?:permission|approval) to join)\b/i,
  /\bdue to (?:excessive )?bounces\b|\bbouncing messages from\b|\bsome messages to you could not be delivered\b/i,
  /\byour (?:subscription|membership) (?:to|in|of) the\b[^\n]{0,60}\blist\b/i,
  /\bunable to be unsubscribed\b|\bare not subscribed\b/i,
  /\bha sido (?:suscrit[oa]|dad[oa] de (?:alta|baja)|borrad[oa]) (?:satisfactoriamente )?(?:a|de|en)\b|\bse ha cancelado la suscripci[oó]n de\b|\bbienvenid[oa](?:\/a)? a la lista\b|\bsu suscripci[oó]n a la lista\b|\bconfirmaci[oó]n de (?:registro|(?:des)?suscripci[oó]n)\b/i,
];

/** Whether `mail` is a list manager's notice about membership (bulk, not an auto-reply: it answers no post). */
export function listMembershipNotice(mail: InboundMail): boolean {
  const text = `${mail.subject}\n${mail.text.slice(0, 3000)}`;
  const local = mail.from?.address.split('@')[0] ?? '';
  if (!LIST_MANAGER_ADDRESS.test(local) && !LIST_SOFTWARE_VOICE.test(text)) return false;
  if (PRIVACY_REQUEST_WORDING.test(text) || OWN_DATA_REQUEST.test(text)) return false;
  return MEMBERSHIP_NOTICE.some((re) => re.test(text));
}

function isOnlyListUnsubscribe(mail: InboundMail): boolean {
  const precedence = [...headerValues(mail, 'precedence'), ...headerValues(mail, 'x-precedence')];
  return precedence.length === 0 && LIST_HEADERS.filter((name) => mail.headers.has(name)).length === 1;
}

/** Whether the message carries any mailing-list header. */
export function hasListHeaders(mail: InboundMail): boolean {
  return LIST_HEADERS.some((name) => mail.headers.has(name));
}
