import type { InboundMail, ScreenContext, ScreenVerdict } from '../types.js';

/**
 * Robot mailboxes (RFC 2142 role names, no-reply and bounce addresses). At our own domain they
 * are our own systems writing: answering one would start a loop between two of our robots.
 */
const ROBOT_LOCAL_PART = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|post[-_.]?master|bounces?)$/i;

/**
 * Recognises our own mail coming back (email-rules §1): our loop header, a Message-ID in the
 * format `ourMessageId` (reply/compose-reply.ts) generates, From one of our own addresses (also
 * plus-addressed), or From a robot address of our own domain. Mail our own systems send is
 * judged a loop rather than an auto-reply because it is ours: it is never answered and never
 * flagged (rejections.ts), so a runaway robot of ours costs no reply and no staff mail.
 */
export function detectLoop(mail: InboundMail, ctx: ScreenContext): ScreenVerdict | null {
  const loopHeader = ctx.loopHeader.toLowerCase();
  if (loopHeader !== '' && mail.headers.has(loopHeader)) return { kind: 'loop', reason: `header:${loopHeader}` };
  if (mail.messageId !== null && isOurMessageId(mail.messageId, ctx.messageIdDomain)) {
    return { kind: 'loop', reason: 'message-id:own-domain' };
  }
  const reason = mail.from === null ? null : ownSenderReason(mail.from.address, ctx.ownAddresses);
  return reason === null ? null : { kind: 'loop', reason };
}

/** Mirrors `ourMessageId`: `ccpa-mailbot.<unique>@<domain>`. Staff mail from our domain differs. */
function isOurMessageId(messageId: string, domain: string): boolean {
  const id = messageId.toLowerCase();
  return domain !== '' && id.startsWith('ccpa-mailbot.') && id.endsWith(`@${domain.toLowerCase()}`);
}

/**
 * The loop reason of a From of our own domain's robot (no-reply@...): a cue a scam can copy, and
 * the address a web form on our own site may relay a person's request from (process-message.ts).
 */
export const OWN_DOMAIN_ROBOT = 'from:own-domain-robot';

/**
 * Why `address` is one of ours, or null. Staff at our domain are people and stay human; only
 * the bot's own mailbox and robot role names count. Our domains are those of `ownAddresses`.
 */
function ownSenderReason(address: string, ownAddresses: readonly string[]): string | null {
  const sender = splitAddress(address);
  const own = ownAddresses.map(splitAddress).filter((a) => a.domain !== '');
  // RFC 5233: "compliance+anything@" is delivered to the "compliance@" mailbox, so it is ours.
  if (own.some((a) => a.domain === sender.domain && a.mailbox === sender.mailbox)) return 'from:own-address';
  const ourDomain = own.some((a) => sender.domain === a.domain || sender.domain.endsWith(`.${a.domain}`));
  if (ourDomain && ROBOT_LOCAL_PART.test(sender.mailbox)) return OWN_DOMAIN_ROBOT;
  return null;
}

/** Lower-cased domain and mailbox (local part without its `+detail`) of an address. */
function splitAddress(address: string): { mailbox: string; domain: string } {
  const at = address.lastIndexOf('@');
  if (at < 0) return { mailbox: address.toLowerCase(), domain: '' };
  const local = address.slice(0, at).toLowerCase();
  return { mailbox: local.split('+')[0] ?? local, domain: address.slice(at + 1).toLowerCase() };
}
