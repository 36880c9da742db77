import type { BounceDetails, InboundMail } from '../types.js';
import { headerBlock } from './header-block.js';
import { headerValues } from './header-values.js';
import { readDeliveryStatus, statusCode } from './read-delivery-status.js';
import { readSesNotification } from './read-ses-notification.js';

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers']);
/** Our VERP return path: `<local>+bounce-<token>@domain` (email-rules §1). */
const VERP = /[^\s<>,"+@]+\+bounce-([^\s<>,"@]+)@[^\s<>,"@]+/i;
/** Words a delay warning uses: a transient failure, the message is still being retried. */
/** Phrases after which bounces name the failed recipient (Exim, Sendmail, qmail, Exchange, Gmail...). */
const RECIPIENT_INTROS: readonly RegExp[] = [
  /^\s*<[^\s<>]+@[^\s<>]+>\s*:/m,
  /^>>> /m,
  /^\s*[^\s<>@]+@[^\s<>]+\s*:\s*[245]\d\d\b/m,
  /following (e-?mail )?(address(es)?|recipients?)( \S+){0,4}:/i,
  /(delivering|deliver) (your )?(mail|message) to\b/i,
  /recipients?( address)?\s*:/i,
  /(could not be delivered|undeliverable|failed) to\b/i,
  /\bmessage to\b/i,
];
const ADDRESS = /<?([a-z0-9._%+=-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)>?/i;
const DELAY = /\b(delay(ed)?|will be retried|still being retried|warning: message|temporar(y|ily))\b/i;

/**
 * Reads who could not be reached, why (the enhanced status code) and which message bounced,
 * from the DSN part (RFC 3464) when there is one, else from the headers and text of an
 * old-style bounce. Fields that cannot be found are null.
 */
export function bounceDetails(mail: InboundMail): BounceDetails {
  const recipient = dsnRecipient(mail);
  const ses = readSesNotification(mail.text);
  const finalRecipient = recipient?.finalRecipient ?? ses?.recipient ?? textRecipient(mail);
  const status = recipient?.status ?? ses?.status ?? textStatus(mail.text);
  const permanent = ses ? ses.permanent : isPermanent(status, recipient?.action ?? null, mail);
  return {
    finalRecipient,
    status,
    permanent,
    originalMessageId: originalMessageId(mail) ?? ses?.messageId ?? null,
    verpToken: verpToken(mail),
  };
}

/** The first failed recipient of the DSN part, else its first recipient. */
function dsnRecipient(mail: InboundMail): ReturnType<typeof readDeliveryStatus>[number] | null {
  const recipients = mail.reportParts.filter((p) => DSN_TYPES.has(p.contentType)).flatMap((p) => readDeliveryStatus(p.content));
  return recipients.find((r) => r.action === 'failed') ?? recipients[0] ?? null;
}

function textRecipient(mail: InboundMail): string | null {
  const failed = headerValues(mail, 'x-failed-recipients')[0]?.split(',')[0]?.trim().toLowerCase();
  if (failed) return failed;
  const head = mail.text.slice(0, 4000);
  const inline = /^\s*final-recipient:\s*(?:[a-z0-9-]+\s*;\s*)?<?([^\s<>;]+@[^\s<>;]+)>?/im.exec(head);
  if (inline?.[1]) return inline[1].toLowerCase();
  for (const intro of RECIPIENT_INTROS) {
    const match = intro.exec(head);
    if (!match) continue;
    const after = head.slice(match.index, match.index + match[0].length + 300);
    const address = ADDRESS.exec(after)?.[1];
    if (address) return address.toLowerCase();
  }
  return null;
}

function textStatus(text: string): string | null {
  const labelled = /^\s*status:\s*([245]\.\d{1,3}\.\d{1,3})/im.exec(text);
  return labelled?.[1] ?? statusCode(text);
}

/** RFC 3463 §3.1: class 5 is permanent, 4 transient; without a code, a delay warning is transient. */
function isPermanent(status: string | null, action: string | null, mail: InboundMail): boolean {
  if (status !== null) return status.startsWith('5');
  if (action !== null) return action === 'failed';
  return !DELAY.test(mail.subject);
}

/** The Message-ID of the returned message, from its embedded headers or the bounce text. */
function originalMessageId(mail: InboundMail): string | null {
  for (const part of mail.reportParts) {
    if (!ORIGINAL_TYPES.has(part.contentType)) continue;
    const id = /^message-id:\s*<([^<>\s]+)>/im.exec(headerBlock(part.content))?.[1];
    if (id) return id;
  }
  return /^[ \t>]*message-id:\s*<([^<>\s]+)>/im.exec(mail.text)?.[1] ?? null;
}

/**
 * The token of a VERP address we sent from, found among the addresses the bounce came to.
 * Read from the raw header values: the token is case-sensitive, parsed addresses are not.
 */
function verpToken(mail: InboundMail): string | null {
  for (const name of ['to', 'cc', 'delivered-to', 'x-original-to', 'envelope-to']) {
    for (const value of headerValues(mail, name)) {
      const token = VERP.exec(value)?.[1];
      if (token) return token;
    }
  }
  return null;
}
