import type { Db } from './db.js';
import { toIso } from './time.js';

/** What staff say a message is (issue 16 item 5): a labeled example of the business's own mail. */
export interface ClassificationCorrection {
  inboundMessageId: number;
  requestId: number | null;
  staff: string;
  correction: 'retype' | 'not_a_request' | 'junk';
  category: 'privacy_request' | 'question' | 'other';
  requestTypes: string[];
  requester: string;
  lang: string;
}

export async function insertCorrection(db: Db, c: ClassificationCorrection, now: Date): Promise<void> {
  await db('classification_corrections').insert({
    inbound_message_id: c.inboundMessageId,
    request_id: c.requestId,
    staff: c.staff,
    correction: c.correction,
    category: c.category,
    request_types: JSON.stringify(c.requestTypes),
    requester: c.requester,
    lang: c.lang,
    created_at: toIso(now),
  });
}

/** The latest correction of each corrected message, oldest message first (what `corrections export` writes). */
export async function listLatestCorrections(db: Db): Promise<Array<ClassificationCorrection & { id: number }>> {
  const latest = db('classification_corrections').max('id as id').groupBy('inbound_message_id');
  const rows = await db('classification_corrections').whereIn('id', latest).orderBy('inbound_message_id');
  return rows.map((r) => ({
    id: Number(r.id),
    inboundMessageId: Number(r.inbound_message_id),
    requestId: r.request_id == null ? null : Number(r.request_id),
    staff: String(r.staff),
    correction: r.correction,
    category: r.category,
    requestTypes: JSON.parse(String(r.request_types)) as string[],
    requester: String(r.requester),
    lang: String(r.lang),
  }));
}

/** Messages read and messages corrected since `since` (the digest's share corrected this month). */
export async function countCorrectedSince(db: Db, since: Date): Promise<{ messages: number; corrected: number }> {
  const [read] = await db('inbound_messages').where('created_at', '>=', toIso(since)).whereIn('verdict', ['human', 'other', 'spam', 'bulk']).count({ n: '*' });
  const [corrected] = await db('classification_corrections')
    .join('inbound_messages as m', 'm.id', 'classification_corrections.inbound_message_id')
    .where('m.created_at', '>=', toIso(since))
    .countDistinct({ n: 'classification_corrections.inbound_message_id' });
  return { messages: Number(read?.n ?? 0), corrected: Number(corrected?.n ?? 0) };
}

/** A record as a correction needs it. */
export interface CorrectedRecord {
  id: number;
  reference: string;
  type: string;
  status: string;
  inboundMessageId: number;
  requesterAddress: string;
  requesterRole: string;
  consumerName: string | null;
  lang: string;
  receivedAt: string | Date;
}

const RECORD_COLUMNS = ['id', 'reference', 'type', 'status', 'inbound_message_id', 'requester_address', 'requester_role', 'consumer_name', 'lang', 'received_at'] as const;
const toRecord = (r: Record<string, unknown>): CorrectedRecord => ({
  id: Number(r.id),
  reference: String(r.reference),
  type: String(r.type),
  status: String(r.status),
  inboundMessageId: Number(r.inbound_message_id),
  requesterAddress: String(r.requester_address),
  requesterRole: String(r.requester_role),
  consumerName: (r.consumer_name as string | null) ?? null,
  lang: String(r.lang),
  receivedAt: r.received_at as string | Date,
});

/** Every record one message opened: the reading a correction replaces. */
export async function listRecordsOfMessage(db: Db, inboundMessageId: number): Promise<CorrectedRecord[]> {
  return (await db('requests').where({ inbound_message_id: inboundMessageId }).orderBy('id').select(...RECORD_COLUMNS)).map(toRecord);
}

export async function findRecordById(db: Db, id: number): Promise<CorrectedRecord | undefined> {
  const row = await db('requests').where({ id }).first(...RECORD_COLUMNS);
  return row ? toRecord(row) : undefined;
}

/** A record outside the workflow (a question, an unspecified request) closed as misread. */
export async function closeRecordAsMisread(db: Db, id: number, now: Date): Promise<void> {
  await db('requests').where({ id }).update({ status: 'misread', updated_at: toIso(now) });
}

/** Staff say a message is junk: it joins the `other` list, with who said so. */
export async function markMessageJunk(db: Db, id: number, staff: string): Promise<void> {
  await db('inbound_messages').where({ id }).update({ verdict: 'other', verdict_reason: `junk: corrected by ${staff}` });
}
