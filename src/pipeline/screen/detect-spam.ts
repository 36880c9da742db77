import type { InboundMail, ScreenContext, ScreenVerdict } from '../types.js';
import { headerValues } from './header-values.js';

/**
 * Recognises spam (email-rules §1): the verdict of a spam filter on the way in
 * (SpamAssassin's X-Spam-Flag/X-Spam-Status, Exchange's spam confidence level), and a display
 * name that impersonates one of our own addresses while the real address is someone else's.
 */
export function detectSpam(mail: InboundMail, ctx: ScreenContext): ScreenVerdict | null {
  if (headerValues(mail, 'x-spam-flag').some((v) => /^yes\b/i.test(v))) return { kind: 'spam', reason: 'header:x-spam-flag=yes' };
  if (headerValues(mail, 'x-spam-status').some((v) => /^yes\b/i.test(v))) return { kind: 'spam', reason: 'header:x-spam-status=yes' };
  // Exchange Online: SCL 5 and above is junk, 9 high-confidence spam.
  const scl = headerValues(mail, 'x-ms-exchange-organization-scl').map(Number).find((n) => n >= 5 && n <= 9);
  if (scl !== undefined) return { kind: 'spam', reason: `header:x-ms-exchange-organization-scl=${scl}` };
  if (impersonatesUs(mail, ctx)) return { kind: 'spam', reason: 'phishing:display-name-impersonates-own-address' };
  return null;
}

function impersonatesUs(mail: InboundMail, ctx: ScreenContext): boolean {
  if (mail.from === null) return false;
  const name = mail.from.name.toLowerCase();
  return ctx.ownAddresses.some((own) => own !== '' && name.includes(own.toLowerCase()) && mail.from?.address !== own.toLowerCase());
}
