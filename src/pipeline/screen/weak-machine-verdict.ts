import type { InboundMail, ScreenVerdict } from '../types.js';
import { MTA_PHRASES } from './bounce-patterns.js';
import { OWN_DOMAIN_ROBOT } from './detect-loop.js';

/** Only the start of the text is read, as detect-bounce.ts does. */
const HEAD_CHARS = 4000;

/**
 * Whether a machine-mail verdict rests only on a cue a scam copies: a From of our own domain's
 * no-reply robot (spoofed), a "this is an automated message, do not reply" footer, a bounce-like
 * subject ("Failed delivery attempt") with no delivery-status part, no returned message, no MTA
 * wording and no failed recipient or status. Everything structural (RFC 3834 and vendor headers,
 * DSN parts, our loop header or Message-ID, list headers) is strong and never weak. Pure.
 */
export function isWeakMachineVerdict(verdict: ScreenVerdict, mail: InboundMail): boolean {
  switch (verdict.kind) {
    case 'loop':
      return verdict.reason === OWN_DOMAIN_ROBOT;
    case 'auto_reply':
      return verdict.reason === 'content:unmonitored-mailbox';
    case 'bounce': {
      if (!verdict.reason.startsWith('subject:') || mail.reportParts.length > 0) return false;
      if (verdict.bounce?.finalRecipient || verdict.bounce?.status) return false;
      const head = mail.text.slice(0, HEAD_CHARS);
      return !MTA_PHRASES.some((phrase) => phrase.test(head));
    }
    default:
      return false;
  }
}
