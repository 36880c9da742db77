import { calendarDaysBetween, toLocalDate } from '../shared/local-date.js';
import { parseMail } from '../pipeline/parse/parse-mail.js';
import { formatLongDate } from '../mail/labels.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { QuotedOriginalData } from '../mail/template-data.js';
import type { Db } from '../store/db.js';
import { findInboundSummary, readRawMessage } from '../store/inbound-messages.js';
import { isOptOutLike } from '../pipeline/decide/due-dates.js';
import { classifierReasons } from '../store/request-timeline.js';
import { findRequestById } from '../store/requests.js';
import { fromDb } from '../store/time.js';
import { parseState } from '../store/workflow-requests.js';
import { queueStaffMail, type StaffMailSettings } from './queue-staff-mail.js';
import { loadFlagThread } from './load-flag-thread.js';
import { flagMailData, type FlagMailFacts } from './staff-mail-data.js';
import { staffRecipients } from './staff-recipients.js';
import { staffTypeLabel } from './staff-type-labels.js';

export interface FlagToMail {
  requestId: number;
  /** Stable reason code, as written to `staff_flags.reason`. */
  reason: string;
  /** What the bot did with the case, in a sentence for staff. */
  botAction: string;
  /** The message that caused the flag; the request's first message when null (a sweep). */
  inboundMessageId: number | null;
}

/**
 * Sends the flag mail of issue 6 item 1: to the assigned staff member, or every staff address,
 * one message each with their own reply key, the summary, why, what the bot did, the commands,
 * and the original message quoted and attached. Inside the caller's transaction, so the flag, the
 * mail and the decision that raised it commit together.
 */
export async function queueFlagMails(trx: Db, templates: TemplateSet, settings: StaffMailSettings & { timeZone: string }, flag: FlagToMail, now: Date): Promise<string[]> {
  const request = await findRequestById(trx, flag.requestId);
  if (!request || settings.staffAddresses.length === 0) return [];
  const original = await loadOriginal(trx, flag.inboundMessageId ?? request.inbound_message_id ?? null, now);
  const recipients = await staffRecipients(trx, [flag.requestId], settings.staffAddresses);
  const dueDate = String(request.due_date);
  const state = request.workflow_state ? parseState(request.workflow_state) : null;
  const confirmBy = state?.due.confirmBy ?? null;
  const receiptConfirmed = state?.receiptConfirmed ?? state?.acknowledged ?? false;
  const facts: Omit<FlagMailFacts, 'staffAddress' | 'keyExpires'> = {
    reference: String(request.reference),
    reasonCode: flag.reason,
    typeLabel: staffTypeLabel(String(request.type)),
    requester: String(request.requester_address),
    requesterRole: request.requester_role === 'self' ? null : String(request.requester_role),
    consumerName: request.consumer_name ?? '',
    receivedDate: formatLongDate(toLocalDate(fromDb(request.received_at), settings.timeZone), 'en'),
    // Only a CCPA request has a legal deadline (issue 14 item 3): a question or HIPAA matter shows none.
    dueDate: state ? formatLongDate(dueDate, 'en') : '',
    confirmBy: confirmBy ? `${formatLongDate(confirmBy, 'en')} (${receiptConfirmed ? 'receipt confirmed' : 'not confirmed yet: the bot confirms it two days before if nobody has'})` : '',
    daysLeft: state ? calendarDaysBetween(toLocalDate(now, settings.timeZone), dueDate) : null,
    status: String(request.status).replace(/_/g, ' '),
    // Only a workflow record is a CCPA request; staff-transitions.ts refuses `complete` before verification.
    record: { ccpa: state !== null, completable: state !== null && (isOptOutLike(state.type) || state.verifiedAt !== null) },
    classifierReasons: await classifierReasons(trx, flag.requestId),
    thread: await loadFlagThread(trx, flag.requestId, settings.staffAddresses, settings.timeZone),
    botAction: flag.botAction,
    original: original?.summary ?? { from: null, date: null, subject: '(the original message is no longer kept)', text: '' },
    businessName: settings.sender.businessName,
    botAddress: settings.sender.address,
  };
  return queueStaffMail(
    trx,
    templates,
    settings,
    {
      kind: 'staff-flag',
      data: flagMailData({ ...facts, staffAddress: '', keyExpires: '' }),
      to: recipients,
      reference: facts.reference,
      requestId: flag.requestId,
      inboundMessageId: flag.inboundMessageId,
      ...(original?.raw ? { original: original.raw } : {}),
    },
    now,
  );
}

/**
 * Staff mail carries the original message as an attachment up to this size. A larger one would
 * make the staff mail too big for many mail servers (base64 adds a third), and is read from the
 * database instead; the mail still shows its text.
 */
export const MAX_ATTACHED_ORIGINAL_BYTES = 10 * 1024 * 1024;

/**
 * The original message as staff mail quotes it; `whenNoText` says why there is no text to show
 * (purged after the retention period, or not readable).
 */
export function quotedOriginal(original: { summary: FlagMailFacts['original'] } | null, whenNoText: string): QuotedOriginalData {
  return {
    originalFrom: original?.summary.from ?? '',
    originalDate: original?.summary.date ?? '',
    originalSubject: original?.summary.subject ?? '',
    originalText: original?.summary.text.trim() || whenNoText,
  };
}

export async function loadOriginal(trx: Db, inboundMessageId: number | null, now: Date): Promise<{ raw: Buffer | null; summary: FlagMailFacts['original'] } | null> {
  if (inboundMessageId === null) return null;
  const row = await findInboundSummary(trx, inboundMessageId);
  if (!row) return null;
  const size = Number(row.raw_size);
  const attach = size <= MAX_ATTACHED_ORIGINAL_BYTES;
  // Headers and text come first in a message: a megabyte is enough to show them.
  const raw = await readRawMessage(trx, inboundMessageId, attach ? {} : { firstBytes: 1024 * 1024 });
  // Raw bodies are purged after the retention period: the flag then says so.
  if (!raw || raw.length === 0) return null;
  const note = attach ? '' : `[The original message is ${(size / 1024 / 1024).toFixed(1)} MB, too large to attach; it is kept in the database as inbound message ${inboundMessageId}.]\n\n`;
  try {
    const mail = await parseMail(raw, row.received_at ? fromDb(row.received_at) : now);
    const from = mail.from ? (mail.from.name ? `${mail.from.name} <${mail.from.address}>` : mail.from.address) : null;
    return { raw: attach ? raw : null, summary: { from, date: mail.receivedAt.toISOString().slice(0, 10), subject: mail.subject, text: note + mail.text.slice(0, 20_000) } };
  } catch {
    return { raw: attach ? raw : null, summary: { from: null, date: null, subject: '(could not be read: see the attachment)', text: note } };
  }
}
