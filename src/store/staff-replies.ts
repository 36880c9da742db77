import type { Db } from './db.js';
import { toIso } from './time.js';

/** What became of a staff reply: applied, refused by a check of email-rules §4, not understood, or rejected by the state machine. */
export type StaffReplyOutcome = 'applied' | 'refused' | 'not_understood' | 'rejected';

export interface StaffReplyRecord {
  /** The inbound message key (Message-ID, or hash of the raw source): one record per message. */
  messageKey: string;
  inboundMessageId: number | null;
  reference: string | null;
  fromAddress: string | null;
  command: string | null;
  outcome: StaffReplyOutcome;
  /** For `refused`: `reply_key`, `from`, `authentication`, `machine_mail` or `replay`; for `rejected`: the rejection code. */
  failedCheck: string | null;
  detail: string | null;
  /** Applied commands only: the idempotency key (src/staff/staff-command-key.ts), unique in the table. */
  commandKey?: string | null;
}

/**
 * Records a staff reply once. Returns false when the same message was recorded before: the
 * caller then changes nothing (email-rules §4, "the same staff message applied twice changes
 * nothing"). Runs in the caller's transaction; a concurrent duplicate fails on the unique key
 * (the message key, or the command key of an applied command) and rolls that transaction back,
 * so the message is read again and found recorded, or found to be a replay.
 */
export async function recordStaffReply(db: Db, record: StaffReplyRecord, now: Date): Promise<boolean> {
  if (await isRecordedStaffReply(db, record.messageKey)) return false;
  await db('staff_replies').insert({
    message_key: record.messageKey,
    inbound_message_id: record.inboundMessageId,
    reference: record.reference,
    from_address: record.fromAddress,
    command: record.command,
    outcome: record.outcome,
    failed_check: record.failedCheck,
    detail: record.detail,
    command_key: record.commandKey ?? null,
    created_at: toIso(now),
  });
  return true;
}

/** The applied command with this idempotency key, if any: the inbound message that carried it. */
export async function findAppliedStaffCommand(db: Db, commandKey: string): Promise<{ inboundMessageId: number | null } | null> {
  const row: { inbound_message_id: number | null } | undefined = await db('staff_replies').where({ command_key: commandKey }).first('inbound_message_id');
  return row ? { inboundMessageId: row.inbound_message_id === null ? null : Number(row.inbound_message_id) } : null;
}

export async function isRecordedStaffReply(db: Db, messageKey: string): Promise<boolean> {
  return (await db('staff_replies').where({ message_key: messageKey }).first('id')) !== undefined;
}

export interface RefusedStaffReply {
  reference: string | null;
  fromAddress: string | null;
  outcome: Exclude<StaffReplyOutcome, 'applied'>;
  failedCheck: string | null;
  detail: string | null;
  createdAt: string;
}

/** Staff replies that changed nothing since `since`, for the digest's problems section. */
export async function listUnappliedStaffReplies(db: Db, since: Date): Promise<RefusedStaffReply[]> {
  const rows = await db('staff_replies').whereNot({ outcome: 'applied' }).andWhere('created_at', '>=', toIso(since)).orderBy('id').select('*');
  return rows.map((r) => ({
    reference: r.reference ?? null,
    fromAddress: r.from_address ?? null,
    outcome: r.outcome,
    failedCheck: r.failed_check ?? null,
    detail: r.detail ?? null,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}
