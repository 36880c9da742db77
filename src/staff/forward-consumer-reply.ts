import type { TemplateSet } from '../pipeline/reply/render-template.js';
import type { Db } from '../store/db.js';
import { parseState } from '../store/workflow-requests.js';
import { queueFlagMails } from './queue-flag-mails.js';
import type { StaffMailSettings } from './queue-staff-mail.js';

/**
 * The requests of a thread that are with staff: waiting for a staff decision, on hold by staff,
 * or with a staff flag still open. A consumer's new message on such a thread is for a person.
 */
export async function requestsWithStaff(trx: Db, requestIds: readonly number[]): Promise<number[]> {
  if (requestIds.length === 0) return [];
  const flagged: Array<{ request_id: number }> = await trx('staff_flags').whereIn('request_id', requestIds).whereNull('resolved_at').distinct('request_id');
  const rows: Array<{ id: number; status: string; workflow_state: string | null }> = await trx('requests').whereIn('id', requestIds).select('id', 'status', 'workflow_state');
  const flaggedIds = new Set(flagged.map((f) => Number(f.request_id)));
  return rows.filter((row) => flaggedIds.has(Number(row.id)) || row.status === 'needs_staff' || heldByStaff(row)).map((row) => Number(row.id));
}

function heldByStaff(row: { status: string; workflow_state: string | null }): boolean {
  if (row.status !== 'on_hold' || !row.workflow_state) return false;
  try {
    return parseState(row.workflow_state).hold?.reason === 'staff';
  } catch {
    return false;
  }
}

/**
 * Issue 6 item 4: a consumer's reply on a thread that is with staff is forwarded, as a flag mail
 * with the new message quoted and attached, to the assigned staff member or else every staff
 * address, in the same per-request thread. Call after the message is stored, in its transaction.
 */
export async function forwardConsumerReply(
  trx: Db,
  templates: TemplateSet,
  settings: StaffMailSettings & { timeZone: string },
  reply: { requestIds: readonly number[]; inboundMessageId: number },
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const requestId of await requestsWithStaff(trx, reply.requestIds)) {
    const flag = { requestId, reason: 'consumer_replied', botAction: 'Forwarded to you; the bot did not answer this message.', inboundMessageId: reply.inboundMessageId };
    ids.push(...(await queueFlagMails(trx, templates, settings, flag, now)));
  }
  return ids;
}
