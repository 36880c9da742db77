import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { toIso } from './time.js';

export type InboundStatus = 'processed' | 'quarantined';

/** Where a message came from: enough to find it again in the mailbox. */
export interface MessageOrigin {
  source: 'imap' | 'maildir' | 'cli';
  mailbox: string | null;
  uidValidity: number | null;
  uid: number | null;
  receivedAt: Date;
}

export interface NewInboundMessage {
  messageKey: string;
  messageId: string | null;
  origin: MessageOrigin;
  fromAddress: string | null;
  subject: string | null;
  raw: Buffer;
  verdict: string | null;
  verdictReason: string | null;
  status: InboundStatus;
  quarantineReason: string | null;
}

/** True when a message with this key was already stored (idempotent ingest, email-rules §6). */
export async function isKnownMessage(db: Db, messageKey: string): Promise<boolean> {
  const row = await db('inbound_messages').where({ message_key: messageKey }).first('id');
  return row !== undefined;
}

/** Stores the raw message with its verdict; returns its row id. */
export async function insertInboundMessage(db: Db, message: NewInboundMessage, now: Date): Promise<number> {
  const [row] = await db('inbound_messages')
    .insert({
      message_key: message.messageKey,
      message_id: message.messageId,
      source: message.origin.source,
      mailbox: message.origin.mailbox,
      uid_validity: message.origin.uidValidity,
      uid: message.origin.uid,
      received_at: toIso(message.origin.receivedAt),
      from_address: message.fromAddress,
      subject: message.subject,
      raw: message.raw,
      raw_sha256: sha256(message.raw),
      raw_size: message.raw.length,
      verdict: message.verdict,
      verdict_reason: message.verdictReason,
      status: message.status,
      quarantine_reason: message.quarantineReason,
      created_at: toIso(now),
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

/** Messages held for staff because they could not be processed safely. */
export async function listQuarantined(db: Db): Promise<Array<{ id: number; messageKey: string; reason: string; receivedAt: string }>> {
  const rows = await db('inbound_messages')
    .where({ status: 'quarantined' })
    .orderBy('id')
    .select('id', 'message_key', 'quarantine_reason', 'received_at');
  return rows.map((r) => ({ id: r.id, messageKey: r.message_key, reason: r.quarantine_reason, receivedAt: String(r.received_at) }));
}

export function sha256(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}
