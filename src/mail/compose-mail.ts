import MailComposer from 'nodemailer/lib/mail-composer';
import { flowText } from './flow-text.js';
import type { RenderedMessage } from './render-template.js';
import type { SenderIdentity } from './sender-identity.js';

/** Header that marks every message we send, so our own mail coming back is recognised (email-rules §3). */
export const LOOP_HEADER = 'X-CCPA-Bot';

/** What differs between the kinds of mail we send; everything else is the same for all of them. */
export interface MailEnvelope {
  /** One recipient: a consumer's From address (never their Reply-To, email-rules §2), or one staff member. */
  to: string;
  /** Our Message-ID for this message, without angle brackets; stored before sending. */
  messageId: string;
  date: Date;
  /**
   * Request reference (or staff thread) for the subject tag, e.g. `CCPA-2026-000123`; several for
   * a mail about several requests, each tagged (a reply may come under any of them); null: no tag.
   */
  subjectTag: string | readonly string[] | null;
  /** The message this one answers or the thread root it hangs under (RFC 5322 §3.6.4), without brackets. */
  inReplyTo: string | null;
  /** The References list as it goes out, without angle brackets (see replyReferences for replies). */
  references: readonly string[];
  /** RFC 3834 §5: `auto-replied` for answers to a message, `auto-generated` for digests, reminders and staff mail. */
  autoSubmitted: 'auto-replied' | 'auto-generated';
  /** Staff mail only: the reply-key address (email-rules §4), or the staff member themself for a notice. */
  replyTo?: string;
  /** Staff mail only: the message a flag is about, attached as message/rfc822 (RFC 2046 §5.2.1). */
  original?: Buffer;
  /** Consumer mail only: the files of a copy (attachments, RFC 2183). */
  files?: ReadonlyArray<{ filename: string; contentType: string; content: Buffer }>;
}

/** Builds our Message-ID in our own domain, the format the loop screen recognises. */
export function ourMessageId(uniquePart: string, domain: string): string {
  return `ccpa-mailbot.${uniquePart}@${domain}`;
}

/**
 * The References list for a reply: the thread's references plus the message answered, capped
 * like Request Tracker does (first 4 and last 6) so long threads do not grow the header forever.
 */
export function replyReferences(references: readonly string[], inReplyTo: string | null): string[] {
  const all = [...references];
  if (inReplyTo && !all.includes(inReplyTo)) all.push(inReplyTo);
  return all.length <= 10 ? all : [...all.slice(0, 4), ...all.slice(-6)];
}

/** Adds the `[REFERENCE]` tag of each reference the subject does not carry already. */
export function tagSubject(subject: string, reference: string | readonly string[] | null): string {
  const references = reference === null ? [] : typeof reference === 'string' ? [reference] : reference;
  return references.reduce((tagged, ref) => (!ref || tagged.includes(`[${ref}]`) ? tagged : `${tagged} [${ref}]`), subject);
}

/**
 * The one MIME composer: renders the full RFC 5322 source of any message we send, ready to be
 * stored in the outbox byte for byte. Every message carries our identity on the From line,
 * `Auto-Submitted` (RFC 3834), `X-Auto-Response-Suppress: All` (Exchange) and our loop header.
 */
export async function composeMail(message: RenderedMessage, sender: SenderIdentity, envelope: MailEnvelope): Promise<{ raw: Buffer; subject: string }> {
  const subject = tagSubject(message.subject, envelope.subjectTag);
  const composer = new MailComposer({
    from: { name: sender.name, address: sender.address },
    to: envelope.to,
    ...(envelope.replyTo ? { replyTo: envelope.replyTo } : {}),
    subject,
    // The text part as format=flowed (RFC 3676, see flow-text.ts), first of the alternatives as
    // RFC 2046 §5.1.4 wants the plainest first; nodemailer's `text` option would fix its type
    // without the format parameter.
    alternatives: [
      { contentType: 'text/plain; charset=utf-8; format=flowed', content: flowText(message.text) },
      { contentType: 'text/html; charset=utf-8', content: message.html },
    ],
    date: envelope.date,
    messageId: `<${envelope.messageId}>`,
    ...(envelope.inReplyTo ? { inReplyTo: `<${envelope.inReplyTo}>` } : {}),
    ...(envelope.references.length > 0 ? { references: envelope.references.map((id) => `<${id}>`) } : {}),
    headers: {
      'Auto-Submitted': envelope.autoSubmitted,
      'X-Auto-Response-Suppress': 'All',
      [LOOP_HEADER]: sender.instanceId,
    },
    attachments: [
      ...(envelope.original ? [{ filename: 'original-message.eml', content: envelope.original, contentType: 'message/rfc822', contentDisposition: 'attachment' as const }] : []),
      ...(envelope.files ?? []).map((f) => ({ filename: f.filename, content: f.content, contentType: f.contentType, contentDisposition: 'attachment' as const })),
    ],
  });
  const raw = await new Promise<Buffer>((resolve, reject) => {
    composer.compile().build((err, output) => (err ? reject(err) : resolve(output)));
  });
  return { raw, subject };
}
