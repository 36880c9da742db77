import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { toIso } from './time.js';

/** `dismissed`: a quarantined message staff looked at and set aside (`quarantine dismiss`); kept, never answered. */
export type InboundStatus = 'processed' | 'quarantined' | 'dismissed';

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
  /** Fingerprint of what the sender wrote (src/inbound/content-fingerprint.ts): tells two messages under one Message-ID apart. */
  contentSha256?: string | null;
}

/** Above this size the raw message is stored in pieces of this size (migration 012 says why). */
export const RAW_CHUNK_BYTES = 1024 * 1024;

/** Stores the raw message with its verdict; returns its row id. Throws if its key is stored already. */
export async function insertInboundMessage(db: Db, message: NewInboundMessage, now: Date): Promise<number> {
  const id = await insertRow(db, message, message.messageKey, now);
  if (id === null) throw new Error(`message ${message.messageKey} is already stored`);
  return id;
}

/**
 * Where a message was stored: its row, the key it was stored under, and, for a message that reuses
 * a stored message's Message-ID with different content, that message's row (`clashesWith`).
 */
export interface StoredInbound {
  id: number;
  messageKey: string;
  clashesWith: number | null;
}

/**
 * Stores the raw message with its verdict, unless it is stored already; returns null then. "Stored
 * already" means the same key AND the same content (issue 13, must-show 2): the same message
 * re-read after a restart or a UIDVALIDITY change, or committed by another instance while this
 * one was deciding (on PostgreSQL the insert waits for that instance's transaction and then does
 * nothing). A different message under a stored Message-ID is no duplicate: it is stored under
 * `<key>#<content fingerprint>`, its own unique key, so it is handled once too. A row stored
 * before content fingerprints existed, or a message given none, keeps the old rule: same key,
 * same message.
 */
export async function insertInboundMessageOnce(db: Db, message: NewInboundMessage, now: Date): Promise<StoredInbound | null> {
  const id = await insertRow(db, message, message.messageKey, now);
  if (id !== null) return { id, messageKey: message.messageKey, clashesWith: null };
  const stored: { id: number; content_sha256: string | null } | undefined = await db('inbound_messages').where({ message_key: message.messageKey }).first('id', 'content_sha256');
  const content = message.contentSha256 ?? null;
  if (!stored || content === null || stored.content_sha256 === null || stored.content_sha256 === content) return null;
  // The column holds 1,000 characters; a Message-ID that long is cut, the fingerprint keeps the key unique.
  const clashKey = `${message.messageKey.slice(0, 900)}#${content}`;
  const clashId = await insertRow(db, message, clashKey, now);
  return clashId === null ? null : { id: clashId, messageKey: clashKey, clashesWith: Number(stored.id) };
}

/** Inserts the row (and the pieces of a large message) under `messageKey`; null when that key is taken. */
async function insertRow(db: Db, message: NewInboundMessage, messageKey: string, now: Date): Promise<number | null> {
  const chunked = message.raw.length > RAW_CHUNK_BYTES;
  const chunks = chunked ? Math.ceil(message.raw.length / RAW_CHUNK_BYTES) : 0;
  const [row] = await db('inbound_messages')
    .insert({
      message_key: messageKey,
      message_id: message.messageId,
      source: message.origin.source,
      mailbox: message.origin.mailbox,
      uid_validity: message.origin.uidValidity,
      uid: message.origin.uid,
      received_at: toIso(message.origin.receivedAt),
      from_address: message.fromAddress,
      subject: message.subject,
      raw: chunked ? null : message.raw,
      raw_chunks: chunks,
      raw_sha256: sha256(message.raw),
      raw_size: message.raw.length,
      content_sha256: message.contentSha256 ?? null,
      verdict: message.verdict,
      verdict_reason: message.verdictReason,
      status: message.status,
      quarantine_reason: message.quarantineReason,
      created_at: toIso(now),
    })
    .onConflict('message_key')
    .ignore()
    .returning('id');
  if (row === undefined) return null;
  const id = typeof row === 'object' ? (row as { id: number }).id : Number(row);
  for (let seq = 0; seq < chunks; seq += 1) {
    const bytes = message.raw.subarray(seq * RAW_CHUNK_BYTES, (seq + 1) * RAW_CHUNK_BYTES);
    await db('inbound_raw_chunks').insert({ inbound_message_id: id, seq, bytes });
  }
  return id;
}

/**
 * A stored message's raw bytes, whole again however they were stored (or only about the first
 * `firstBytes`, enough for its headers and text); null once the retention job has removed them
 * (or for an id that does not exist).
 */
export async function readRawMessage(db: Db, id: number, options: { firstBytes?: number } = {}): Promise<Buffer | null> {
  const row = await db('inbound_messages').where({ id }).first('raw', 'raw_chunks');
  if (!row) return null;
  if (row.raw != null) return options.firstBytes === undefined ? toBuffer(row.raw) : toBuffer(row.raw).subarray(0, options.firstBytes);
  const chunks = Number(row.raw_chunks);
  if (chunks === 0) return null;
  const wanted = options.firstBytes === undefined ? chunks : Math.min(chunks, Math.max(1, Math.ceil(options.firstBytes / RAW_CHUNK_BYTES)));
  const pieces: Array<{ bytes: Uint8Array }> = await db('inbound_raw_chunks').where({ inbound_message_id: id }).andWhere('seq', '<', wanted).orderBy('seq').select('bytes');
  if (pieces.length !== wanted) throw new Error(`message ${id}: ${pieces.length} of its first ${wanted} stored pieces found`);
  return Buffer.concat(pieces.map((p) => toBuffer(p.bytes)));
}

function toBuffer(value: Uint8Array): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value);
}

/** Messages held for staff because they could not be processed safely. */
export async function listQuarantined(db: Db): Promise<Array<{ id: number; messageKey: string; reason: string; receivedAt: string }>> {
  const rows = await db('inbound_messages')
    .where({ status: 'quarantined' })
    .orderBy('id')
    .select('id', 'message_key', 'quarantine_reason', 'received_at');
  return rows.map((r) => ({ id: r.id, messageKey: r.message_key, reason: r.quarantine_reason, receivedAt: String(r.received_at) }));
}

/** What flag mail and replies show of a stored message; undefined for an id that does not exist. */
export async function findInboundSummary(db: Db, id: number): Promise<{ subject: string | null; received_at: string | Date; raw_size: number | string; status: InboundStatus } | undefined> {
  return db('inbound_messages').where({ id }).first('subject', 'received_at', 'raw_size', 'status');
}

/** A released quarantined message is handled now: false when `id` is not a quarantined message. */
export async function markQuarantineReleased(db: Db, id: number): Promise<boolean> {
  const changed = await db('inbound_messages').where({ id, status: 'quarantined' }).update({ status: 'processed', quarantine_reason: null });
  return Number(changed) > 0;
}

/** Sets a quarantined message aside; false when `id` is not a quarantined message. */
export async function dismissQuarantined(db: Db, id: number): Promise<boolean> {
  const changed = await db('inbound_messages').where({ id, status: 'quarantined' }).update({ status: 'dismissed' });
  return Number(changed) > 0;
}

export async function countQuarantined(db: Db): Promise<number> {
  const [row] = await db('inbound_messages').where({ status: 'quarantined' }).count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** A message held since `since`: quarantined, or judged spam or no privacy matter (the digest's problems). */
export interface HeldMessageRow {
  status: InboundStatus;
  verdict: string | null;
  quarantine_reason: string | null;
  verdict_reason: string | null;
  from_address: string | null;
  subject: string | null;
  created_at: string | Date;
}

export async function listHeldMessagesSince(db: Db, since: Date): Promise<HeldMessageRow[]> {
  return db('inbound_messages')
    .where((q) => q.where('status', 'quarantined').orWhereIn('verdict', ['spam', 'other']))
    .andWhere('created_at', '>=', toIso(since))
    .select('status', 'verdict', 'quarantine_reason', 'verdict_reason', 'from_address', 'subject', 'created_at');
}

/**
 * Deletes the raw bodies (and their stored pieces, migration 012) of messages received before
 * `receivedBefore` that no request outside `finalStatuses` still needs: neither one it opened nor
 * one in its audit log. Returns how many messages lost their body.
 */
export async function purgeRawBodies(db: Db, query: { receivedBefore: Date; finalStatuses: readonly string[] }, now: Date): Promise<number> {
  const openRequests = db('requests').whereNotIn('status', [...query.finalStatuses]).select('id');
  const openMessages = db('audit_events').whereIn('request_id', openRequests).whereNotNull('inbound_message_id').select('inbound_message_id');
  const openers = db('requests').whereNotIn('status', [...query.finalStatuses]).whereNotNull('inbound_message_id').select('inbound_message_id');
  const purged = await db('inbound_messages')
    .whereNull('raw_purged_at')
    .andWhere('received_at', '<', toIso(query.receivedBefore))
    .whereNotIn('id', openMessages)
    .whereNotIn('id', openers)
    .update({ raw: null, raw_chunks: 0, raw_purged_at: toIso(now) });
  await db('inbound_raw_chunks').whereIn('inbound_message_id', db('inbound_messages').whereNotNull('raw_purged_at').select('id')).delete();
  return Number(purged);
}

export function sha256(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}
