import { randomUUID } from 'node:crypto';
import { ourMessageId } from '../mail/compose-reply.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import { composeStaffMail } from './compose-staff-mail.js';
import { makeReplyKey, replyKeyAddress } from './reply-key.js';

/** What staff mail needs from the configuration. */
export interface StaffMailSettings {
  botAddress: string;
  botName: string;
  businessName: string;
  instanceId: string;
  staffAddresses: readonly string[];
  replyKeySecret: string | Buffer;
  /** How long a reply key stays valid; long enough to answer a slow case, short enough to age out. */
  replyKeyDays: number;
}

export const DEFAULT_REPLY_KEY_DAYS = 30;

export interface StaffMailInput {
  kind: 'staff-flag' | 'staff-confirmation' | 'staff-help';
  /** Template data without `staffAddress` and `keyExpires`, which are filled in per recipient. */
  data: Record<string, unknown>;
  to: readonly string[];
  reference: string;
  requestId: number | null;
  inboundMessageId: number | null;
  original?: Buffer;
}

/**
 * Queues a staff message into the outbox, one per staff member, each with its own reply key in
 * Reply-To (email-rules §4: per thread and per staff member), inside the caller's transaction.
 * Returns the outbox Message-IDs.
 */
export async function queueStaffMail(trx: Db, templates: TemplateSet, settings: StaffMailSettings, input: StaffMailInput, now: Date): Promise<string[]> {
  const domain = settings.botAddress.split('@')[1] ?? 'localhost';
  const expiresAt = new Date(now.getTime() + settings.replyKeyDays * 86_400_000);
  const keyExpires = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(expiresAt);
  const ids: string[] = [];
  for (const staffAddress of input.to) {
    const key = makeReplyKey(settings.replyKeySecret, { reference: input.reference, staffAddress, expiresAt });
    const rendered = templates.render(input.kind, 'en', { ...input.data, staffAddress, keyExpires, businessName: settings.businessName, botAddress: settings.botAddress });
    const messageId = ourMessageId(randomUUID(), domain);
    const { raw, subject } = await composeStaffMail(rendered, {
      from: { name: settings.botName, address: settings.botAddress },
      to: staffAddress,
      replyTo: replyKeyAddress(settings.botAddress, key),
      messageId,
      reference: input.reference,
      domain,
      date: now,
      instanceId: settings.instanceId,
      ...(input.original ? { original: input.original } : {}),
    });
    await enqueueOutbox(
      trx,
      { messageId, kind: input.kind, lang: 'en', requestId: input.requestId, inboundMessageId: input.inboundMessageId, envelopeFrom: settings.botAddress, recipient: staffAddress, subject, raw },
      now,
    );
    ids.push(messageId);
  }
  return ids;
}
