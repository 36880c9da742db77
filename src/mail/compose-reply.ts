import MailComposer from 'nodemailer/lib/mail-composer';
import type { RenderedMessage } from './render-template.js';

/** Header that marks every message we send, so our own mail coming back is recognised (email-rules §3). */
export const LOOP_HEADER = 'X-CCPA-Bot';

export interface ReplyAddressing {
  /** Our address, used as From and as the SMTP envelope sender. */
  from: { name: string; address: string };
  /** The inbound From address: never Reply-To (email-rules §2). */
  to: string;
  /** Our Message-ID for this reply, without angle brackets; stored before sending. */
  messageId: string;
  inReplyTo: string | null;
  /** The inbound References header, without angle brackets. */
  references: string[];
  /** Request reference for the subject tag, e.g. `CCPA-2026-000123`. */
  reference: string | null;
  /** RFC 3834: `auto-replied` for answers to a message, `auto-generated` for digests and reminders. */
  autoSubmitted: 'auto-replied' | 'auto-generated';
  instanceId: string;
  date: Date;
}

/** Builds our Message-ID in our own domain, the format the loop screen recognises. */
export function ourMessageId(uniquePart: string, domain: string): string {
  return `ccpa-mailbot.${uniquePart}@${domain}`;
}

/**
 * The References list for a reply: the thread's references plus the message answered, capped
 * like Request Tracker does (first 4 and last 6) so long threads do not grow the header forever.
 */
export function replyReferences(references: string[], inReplyTo: string | null): string[] {
  const all = [...references];
  if (inReplyTo && !all.includes(inReplyTo)) all.push(inReplyTo);
  return all.length <= 10 ? all : [...all.slice(0, 4), ...all.slice(-6)];
}

/** Adds the `[REFERENCE]` tag unless the subject carries it already. */
export function tagSubject(subject: string, reference: string | null): string {
  if (!reference || subject.includes(`[${reference}]`)) return subject;
  return `${subject} [${reference}]`;
}

/** Renders the full RFC 5322 source of a reply, ready to be stored in the outbox. */
export async function composeReply(message: RenderedMessage, addressing: ReplyAddressing): Promise<{ raw: Buffer; subject: string }> {
  const subject = tagSubject(message.subject, addressing.reference);
  const references = replyReferences(addressing.references, addressing.inReplyTo);
  const composer = new MailComposer({
    from: addressing.from,
    to: addressing.to,
    subject,
    text: message.text,
    html: message.html,
    date: addressing.date,
    messageId: `<${addressing.messageId}>`,
    ...(addressing.inReplyTo ? { inReplyTo: `<${addressing.inReplyTo}>` } : {}),
    ...(references.length > 0 ? { references: references.map((id) => `<${id}>`) } : {}),
    headers: {
      'Auto-Submitted': addressing.autoSubmitted,
      'X-Auto-Response-Suppress': 'All',
      [LOOP_HEADER]: addressing.instanceId,
    },
  });
  const raw = await new Promise<Buffer>((resolve, reject) => {
    composer.compile().build((err, output) => (err ? reject(err) : resolve(output)));
  });
  return { raw, subject };
}
