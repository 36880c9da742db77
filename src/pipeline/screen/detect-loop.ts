import type { InboundMail, ScreenContext, ScreenVerdict } from '../types.js';

/**
 * Recognises our own mail coming back (email-rules §1): our loop header, a Message-ID in the
 * format `ourMessageId` (reply/compose-reply.ts) generates, or From one of our own addresses.
 */
export function detectLoop(mail: InboundMail, ctx: ScreenContext): ScreenVerdict | null {
  const loopHeader = ctx.loopHeader.toLowerCase();
  if (loopHeader !== '' && mail.headers.has(loopHeader)) return { kind: 'loop', reason: `header:${loopHeader}` };
  if (mail.messageId !== null && isOurMessageId(mail.messageId, ctx.messageIdDomain)) {
    return { kind: 'loop', reason: 'message-id:own-domain' };
  }
  const own = new Set(ctx.ownAddresses.map((address) => address.toLowerCase()));
  if (mail.from !== null && own.has(mail.from.address)) return { kind: 'loop', reason: 'from:own-address' };
  return null;
}

/** Mirrors `ourMessageId`: `ccpa-mailbot.<unique>@<domain>`. Staff mail from our domain differs. */
function isOurMessageId(messageId: string, domain: string): boolean {
  const id = messageId.toLowerCase();
  return domain !== '' && id.startsWith('ccpa-mailbot.') && id.endsWith(`@${domain.toLowerCase()}`);
}
