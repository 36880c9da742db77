/**
 * What a run left behind (stored messages, requests, outbox, and for the run with faults the mail
 * the SMTP server accepted), and the checks the crash-and-fault test makes on it. Requests and
 * mail are named by run-independent keys (the inbound Message-ID key, the request type, the mail
 * kind), so a run with faults can be compared with the same messages run without any.
 */
import { composeRoot, flagMailerDeps, inboundDeps } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { handleInboundBatch, type InboundItem } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { mailPendingFlags } from '../../src/staff/mail-pending-flags.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import type { CapturedMail } from '../harness/smtp-capture.js';

export interface StoredRow {
  messageKey: string;
  mailbox: string | null;
  uid: number | null;
}

export interface RequestRow {
  /** The Message-ID key of the message that opened it. */
  inboundKey: string;
  type: string;
}

export interface OutboxRow {
  messageId: string;
  kind: string;
  status: string;
  /** `<opening message key>#<type>` of its request, `inbound:<key>` for mail about a message, '-' for neither. */
  about: string;
}

export interface RunRecord {
  rows: StoredRow[];
  requests: RequestRow[];
  outbox: OutboxRow[];
  /** Appended messages (by UID) with no stored row. */
  lost(appended: ReadonlyArray<{ uid: number; label: string }>): string[];
  /** Appended messages (by UID) with more than one stored row. */
  storedTwice(appended: ReadonlyArray<{ uid: number; label: string }>): string[];
  /** `<message key>#<type>` opened more than once. */
  openedTwice(): string[];
  /** Messages whose requests (types, sorted) differ from `baseline`'s for the same message. */
  requestsDifferingFrom(baseline: RunRecord): string[];
  /** Outbox rows not `sent`, or sent but never seen by the SMTP server. */
  undelivered(): string[];
  distinctCaptured(): number;
  /** Accepted mails beyond the first with the same Message-ID (a re-send after a crash). */
  resentSameId(): number;
  /** Accepted mails whose Message-ID is in no outbox row. */
  unknownCaptured(): string[];
  /**
   * Request (or message) and kind pairs delivered under more distinct Message-IDs than `baseline`
   * queued for the same pair: a reply sent twice as two different mails. Digests aside.
   */
  doubledReplies(baseline: RunRecord): string[];
  /** Distinct digests delivered. */
  digests(): number;
  /** Request types per opening message key, sorted and joined. */
  typesByMessage(): Map<string, string>;
  /** Distinct Message-IDs per `about|kind` delivered (in a run without a server: queued). Digests aside. */
  mailPairs(): Map<string, Set<string>>;
}

/** Reads a run's tables; `captured` is what the SMTP server accepted (null: a run with no server). */
export async function readRunRecord(db: Db, captured: readonly CapturedMail[] | null): Promise<RunRecord> {
  const rows: StoredRow[] = (await db('inbound_messages').select('message_key', 'mailbox', 'uid')).map((r) => ({
    messageKey: String(r.message_key),
    mailbox: r.mailbox == null ? null : String(r.mailbox),
    uid: r.uid == null ? null : Number(r.uid),
  }));
  const requestRows: Array<{ id: number; type: string; message_key: string | null; reference: string }> = await db('requests as r')
    .leftJoin('inbound_messages as m', 'm.id', 'r.inbound_message_id')
    .select('r.id', 'r.type', 'r.reference', 'm.message_key');
  const requestKey = new Map(requestRows.map((r) => [Number(r.id), `${r.message_key ?? r.reference}#${r.type}`]));
  const requests = requestRows.map((r) => ({ inboundKey: r.message_key ?? r.reference, type: r.type }));
  const outboxRows: Array<{ message_id: string; kind: string; status: string; request_id: number | null; message_key: string | null }> = await db('outbox as o')
    .leftJoin('inbound_messages as m', 'm.id', 'o.inbound_message_id')
    .select('o.message_id', 'o.kind', 'o.status', 'o.request_id', 'm.message_key');
  const outbox = outboxRows.map((o) => ({
    messageId: o.message_id,
    kind: o.kind,
    status: o.status,
    about: o.request_id != null ? (requestKey.get(Number(o.request_id)) ?? `request ${o.request_id}`) : o.message_key != null ? `inbound:${o.message_key}` : '-',
  }));
  return makeRecord(rows, requests, outbox, captured);
}

function makeRecord(rows: StoredRow[], requests: RequestRow[], outbox: OutboxRow[], captured: readonly CapturedMail[] | null): RunRecord {
  const capturedIds = captured === null ? outbox.map((o) => o.messageId) : captured.map((m) => messageIdOf(m.raw));
  const byId = new Map(outbox.map((o) => [o.messageId, o]));
  const rowsByUid = countBy(rows.filter((r) => r.mailbox === 'INBOX').map((r) => String(r.uid)));
  const delivered = new Set(capturedIds);
  const mailPairs = (): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const id of delivered) {
      const row = byId.get(id);
      if (!row || row.kind === 'digest') continue;
      const key = `${row.about}|${row.kind}`;
      out.set(key, (out.get(key) ?? new Set()).add(id));
    }
    return out;
  };
  const typesByMessage = (): Map<string, string> => {
    const grouped = new Map<string, string[]>();
    for (const r of requests) grouped.set(r.inboundKey, [...(grouped.get(r.inboundKey) ?? []), r.type]);
    return new Map([...grouped].map(([key, types]) => [key, types.sort().join(',')]));
  };
  return {
    rows,
    requests,
    outbox: outbox.filter((o) => o.kind !== 'digest'),
    lost: (appended) => appended.filter((m) => !rowsByUid.has(String(m.uid))).map((m) => `UID ${m.uid} ${m.label}`),
    storedTwice: (appended) => appended.filter((m) => (rowsByUid.get(String(m.uid)) ?? 0) > 1).map((m) => `UID ${m.uid} ${m.label}`),
    openedTwice: () => [...countBy(requests.map((r) => `${r.inboundKey}#${r.type}`))].filter(([, n]) => n > 1).map(([key, n]) => `${key} x${n}`),
    requestsDifferingFrom: (baseline) => {
      const mine = typesByMessage();
      const theirs = baseline.typesByMessage();
      const keys = new Set([...mine.keys(), ...theirs.keys()]);
      return [...keys].filter((k) => mine.get(k) !== theirs.get(k)).map((k) => `${k}: ${mine.get(k) ?? 'none'} here, ${theirs.get(k) ?? 'none'} without faults`);
    },
    undelivered: () => outbox.filter((o) => o.status !== 'sent' || !delivered.has(o.messageId)).map((o) => `${o.kind} ${o.messageId} ${o.status}`),
    distinctCaptured: () => delivered.size,
    resentSameId: () => capturedIds.length - delivered.size,
    unknownCaptured: () => [...delivered].filter((id) => !byId.has(id)),
    doubledReplies: (baseline) => {
      const queued = baseline.mailPairs();
      return [...mailPairs()].filter(([key, ids]) => ids.size > (queued.get(key)?.size ?? 0)).map(([key, ids]) => `${key}: ${[...ids].join(' ')}`);
    },
    digests: () => [...delivered].filter((id) => byId.get(id)?.kind === 'digest').length,
    typesByMessage,
    mailPairs,
  };
}

/**
 * The same messages, in the same order and batches of 50 as the daemon reads them, through the
 * real pipeline on a fresh SQLite file with the same configuration, no process, no server, no
 * fault; then staff flags turned into flag mail, as the daemon does after each commit.
 */
export async function runWithoutFaults(messages: ReadonlyArray<{ raw: Buffer; uid: number }>, env: Record<string, string>): Promise<RunRecord> {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl === undefined) throw new Error('runWithoutFaults needs DATABASE_URL');
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const db = openDb(databaseUrl);
  try {
    await migrate(db);
    const root = composeRoot(config);
    const deps = inboundDeps(config, db, silentLogger(), root);
    const sourceKey = 'baseline';
    const ordered = [...messages].sort((a, b) => a.uid - b.uid);
    for (let i = 0; i < ordered.length; i += 50) {
      const items: InboundItem[] = ordered.slice(i, i + 50).map((m) => ({
        raw: m.raw,
        origin: { source: 'imap', mailbox: 'INBOX', uidValidity: 1, uid: m.uid, receivedAt: root.clock() },
        checkpoint: { sourceKey, uidValidity: 1, uid: m.uid },
      }));
      await handleInboundBatch(deps, items);
      await mailPendingFlags(flagMailerDeps(root, db), root.clock());
    }
    return await readRunRecord(db, null);
  } finally {
    await db.destroy();
  }
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The Message-ID of a mail as sent (our own, without angle brackets). */
export function messageIdOf(raw: Buffer): string {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
  return /^Message-ID:\s*<([^>\r\n]+)>/im.exec(head)?.[1] ?? '';
}
