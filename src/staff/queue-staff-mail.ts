import { randomUUID } from 'node:crypto';
import { composeMail, ourMessageId } from '../mail/compose-mail.js';
import type { RenderedMessage, TemplateSet } from '../mail/render-template.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import type { StaffConfirmationData, StaffFlagData, StaffHelpData } from '../mail/template-data.js';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import { makeReplyKey, replyKeyAddress } from './reply-key.js';
import { staffThreadRoot } from './staff-thread-root.js';

/** What staff mail needs from the composition root. */
export interface StaffMailSettings {
  /** Who we are: the one sender identity of every mail path. */
  sender: SenderIdentity;
  staffAddresses: readonly string[];
  replyKeySecret: string | Buffer;
  /** How long a reply key stays valid; long enough to answer a slow case, short enough to age out. */
  replyKeyDays: number;
}

export const DEFAULT_REPLY_KEY_DAYS = 30;

/** Filled in per recipient and from the sender identity, so callers leave them out. */
type PerRecipient = 'staffAddress' | 'keyExpires' | 'businessName' | 'botAddress';

/** A staff message that carries a reply key, with the data of its template. */
export type StaffKeyedMessage =
  | { kind: 'staff-flag'; data: Omit<StaffFlagData, PerRecipient> }
  | { kind: 'staff-confirmation'; data: Omit<StaffConfirmationData, 'businessName'> }
  | { kind: 'staff-help'; data: Omit<StaffHelpData, 'businessName'> };

export type StaffMailInput = StaffKeyedMessage & {
  to: readonly string[];
  /** The request the mail is about, and so its reply key; null: about no request (no key, a plain answer). */
  reference: string | null;
  /** With no reference: the staff member's message this answers (RFC 5322 §3.6.4). */
  inReplyTo?: string;
  requestId: number | null;
  inboundMessageId: number | null;
  original?: Buffer;
};

/**
 * Queues a staff message into the outbox, one per staff member, each with its own reply key in
 * Reply-To (email-rules §4: per thread and per staff member), inside the caller's transaction.
 * Returns the outbox Message-IDs.
 */
export async function queueStaffMail(trx: Db, templates: TemplateSet, settings: StaffMailSettings, input: StaffMailInput, now: Date): Promise<string[]> {
  const { sender } = settings;
  const expiresAt = new Date(now.getTime() + settings.replyKeyDays * 86_400_000);
  const keyExpires = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(expiresAt);
  const ids: string[] = [];
  for (const staffAddress of input.to) {
    const rendered = renderStaffMail(templates, input, { staffAddress, keyExpires, businessName: sender.businessName, botAddress: sender.address });
    const messageId = ourMessageId(randomUUID(), sender.messageIdDomain);
    // About a request: a reply key and the request's staff thread. About none: a plain answer in
    // the staff member's own thread, with no key (there is nothing a command could act on).
    const threading = input.reference === null ? plainThreading(input.inReplyTo) : keyedThreading(settings, input.reference, staffAddress, expiresAt);
    // RFC 3834 §5: auto-generated, so staff auto-replies do not answer it.
    const { raw, subject } = await composeMail(rendered, sender, {
      to: staffAddress,
      ...threading,
      messageId,
      date: now,
      subjectTag: input.reference,
      autoSubmitted: 'auto-generated',
      ...(input.original ? { original: input.original } : {}),
    });
    await enqueueOutbox(
      trx,
      { messageId, kind: input.kind, lang: 'en', requestId: input.requestId, inboundMessageId: input.inboundMessageId, envelopeFrom: sender.address, recipient: staffAddress, subject, raw },
      now,
    );
    ids.push(messageId);
  }
  return ids;
}

/** About a request: its reply key for this staff member, and the request's staff thread. */
function keyedThreading(settings: StaffMailSettings, reference: string, staffAddress: string, expiresAt: Date): { replyTo: string; inReplyTo: string; references: string[] } {
  const root = staffThreadRoot(reference, staffAddress, settings.sender.messageIdDomain);
  return { replyTo: replyKeyAddress(settings.sender.address, makeReplyKey(settings.replyKeySecret, { reference, staffAddress, expiresAt })), inReplyTo: root, references: [root] };
}

/** About no request: the staff member's own thread, no key. */
function plainThreading(inReplyTo: string | undefined): { inReplyTo: string | null; references: string[] } {
  return { inReplyTo: inReplyTo ?? null, references: inReplyTo ? [inReplyTo] : [] };
}

function renderStaffMail(templates: TemplateSet, message: StaffKeyedMessage, fill: Pick<StaffFlagData, PerRecipient>): RenderedMessage {
  switch (message.kind) {
    case 'staff-flag':
      return templates.render(message.kind, 'en', { ...message.data, ...fill });
    case 'staff-confirmation':
      return templates.render(message.kind, 'en', { ...message.data, ...fill });
    case 'staff-help':
      return templates.render(message.kind, 'en', { ...message.data, ...fill });
  }
}
