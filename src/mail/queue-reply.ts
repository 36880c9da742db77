import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import type { Language } from '../pipeline/types.js';
import { composeMail, ourMessageId, replyReferences, type MailEnvelope } from './compose-mail.js';
import type { RenderedMessage } from './render-template.js';
import type { SenderIdentity } from './sender-identity.js';

export interface ReplyToQueue {
  kind: string;
  lang: Language;
  /** Always a From address we read, never a Reply-To (email-rules §2). */
  to: string;
  rendered: RenderedMessage;
  inReplyTo: string | null;
  references: string[];
  /** Request reference for the subject tag; every reference of a mail about several requests. */
  reference: string | readonly string[];
  requestId: number | null;
  inboundMessageId: number | null;
  autoSubmitted: 'auto-replied' | 'auto-generated';
  /** Files that go with it (a copy staff deliver). */
  files?: MailEnvelope['files'];
}

export interface QueuedReply {
  kind: string;
  to: string;
  subject: string;
  messageId: string;
  raw: Buffer;
}

/**
 * Gives a rendered reply our own Message-ID and its threading headers and queues it in the
 * outbox, inside the caller's transaction: every consumer-facing message leaves through here.
 */
export async function queueReply(trx: Db, sender: SenderIdentity, reply: ReplyToQueue, now: Date): Promise<QueuedReply> {
  const messageId = ourMessageId(randomUUID(), sender.messageIdDomain);
  const { raw, subject } = await composeMail(reply.rendered, sender, {
    to: reply.to,
    messageId,
    date: now,
    subjectTag: reply.reference,
    inReplyTo: reply.inReplyTo,
    references: replyReferences(reply.references, reply.inReplyTo),
    autoSubmitted: reply.autoSubmitted,
    ...(reply.files && reply.files.length > 0 ? { files: reply.files } : {}),
  });
  await enqueueOutbox(
    trx,
    { messageId, kind: reply.kind, lang: reply.lang, requestId: reply.requestId, inboundMessageId: reply.inboundMessageId, envelopeFrom: sender.address, recipient: reply.to, subject, raw },
    now,
  );
  return { kind: reply.kind, to: reply.to, subject, messageId, raw };
}

/** The subject a reply answers, without `Re:`/`Fwd:` prefixes (several languages) or our reference tags. */
export function bareSubject(subject: string): string {
  return subject.replace(/^\s*((re|aw|sv|fw|fwd|rv)\s*:\s*)+/i, '').replace(/\s*\[CCPA-\d{4}-\d{6}\]/g, '').trim();
}
