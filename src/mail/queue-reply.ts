import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import type { Language } from '../pipeline/types.js';
import { composeReply, ourMessageId } from './compose-reply.js';
import type { RenderedMessage } from './render-template.js';

/** Who we are on outgoing mail. */
export interface ReplySettings {
  botAddress: string;
  /** Display name on our From line. */
  botName: string;
  businessName: string;
  instanceId: string;
}

export interface ReplyToQueue {
  kind: string;
  lang: Language;
  /** Always a From address we read, never a Reply-To (email-rules §2). */
  to: string;
  rendered: RenderedMessage;
  inReplyTo: string | null;
  references: string[];
  /** Request reference for the subject tag. */
  reference: string;
  requestId: number | null;
  inboundMessageId: number | null;
  autoSubmitted: 'auto-replied' | 'auto-generated';
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
export async function queueReply(trx: Db, settings: ReplySettings, reply: ReplyToQueue, now: Date): Promise<QueuedReply> {
  const messageId = ourMessageId(randomUUID(), settings.botAddress.split('@')[1] ?? 'localhost');
  const { raw, subject } = await composeReply(reply.rendered, {
    from: { name: settings.botName, address: settings.botAddress },
    to: reply.to,
    messageId,
    inReplyTo: reply.inReplyTo,
    references: reply.references,
    reference: reply.reference,
    autoSubmitted: reply.autoSubmitted,
    instanceId: settings.instanceId,
    date: now,
  });
  await enqueueOutbox(
    trx,
    { messageId, kind: reply.kind, lang: reply.lang, requestId: reply.requestId, inboundMessageId: reply.inboundMessageId, envelopeFrom: settings.botAddress, recipient: reply.to, subject, raw },
    now,
  );
  return { kind: reply.kind, to: reply.to, subject, messageId, raw };
}

/** The subject a reply answers, without `Re:`/`Fwd:` prefixes (several languages) or our reference tags. */
export function bareSubject(subject: string): string {
  return subject.replace(/^\s*((re|aw|sv|fw|fwd|rv)\s*:\s*)+/i, '').replace(/\s*\[CCPA-\d{4}-\d{6}\]/g, '').trim();
}
