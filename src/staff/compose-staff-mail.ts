import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { LOOP_HEADER, tagSubject } from '../mail/compose-reply.js';
import type { RenderedMessage } from '../mail/render-template.js';

export interface StaffMailAddressing {
  from: { name: string; address: string };
  /** One staff member: each gets their own message, with their own reply key. */
  to: string;
  /** The reply-key address (`compliance+staff-<key>@domain`): commands come back through it. */
  replyTo: string;
  messageId: string;
  reference: string;
  /** Our domain, for the thread's root Message-ID. */
  domain: string;
  date: Date;
  instanceId: string;
  /** The message the flag is about, attached as message/rfc822 (RFC 2046 §5.2.1) so staff see it whole. */
  original?: Buffer;
}

/**
 * The Message-ID every staff mail about one request refers to, so each staff member's mail
 * client shows one thread per request (issue 6: "one message per thread"). It is never sent
 * itself; clients thread on References (RFC 5322 §3.6.4) and the subject tag.
 */
export function staffThreadRoot(reference: string, staffAddress: string, domain: string): string {
  const who = createHash('sha256').update(staffAddress.toLowerCase()).digest('hex').slice(0, 12);
  return `ccpa-mailbot.staff.${reference.toLowerCase()}.${who}@${domain}`;
}

/**
 * Renders a staff-facing message (flag, confirmation, help, forwarded consumer reply) to full
 * MIME. `auto-generated` (RFC 3834 §5) so staff auto-replies do not answer it, and our loop
 * header so it is recognised if it comes back.
 */
export async function composeStaffMail(message: RenderedMessage, addressing: StaffMailAddressing): Promise<{ raw: Buffer; subject: string }> {
  const subject = tagSubject(message.subject, addressing.reference);
  const root = staffThreadRoot(addressing.reference, addressing.to, addressing.domain);
  const composer = new MailComposer({
    from: addressing.from,
    to: addressing.to,
    replyTo: addressing.replyTo,
    subject,
    text: message.text,
    html: message.html,
    date: addressing.date,
    messageId: `<${addressing.messageId}>`,
    inReplyTo: `<${root}>`,
    references: [`<${root}>`],
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', [LOOP_HEADER]: addressing.instanceId },
    ...(addressing.original ? { attachments: [{ filename: 'original-message.eml', content: addressing.original, contentType: 'message/rfc822', contentDisposition: 'attachment' as const }] } : {}),
  });
  const raw = await new Promise<Buffer>((resolve, reject) => {
    composer.compile().build((err, output) => (err ? reject(err) : resolve(output)));
  });
  return { raw, subject };
}
