import type { TemplateSet } from '../mail/render-template.js';
import type { Db } from '../store/db.js';
import { firstReplyKind } from '../store/outbox.js';
import { findRequestById } from '../store/requests.js';
import { claimUnmailedFlags, listUnmailedFlagIdsOfMessage, listUnmailedFlags, markFlagsMailed } from '../store/staff-flags.js';
import { botActionText } from './bot-action-text.js';
import { queueFlagMails } from './queue-flag-mails.js';
import { queueStaffNotice } from './queue-staff-notice.js';
import type { StaffMailSettings } from './queue-staff-mail.js';

export interface FlagMailerDeps {
  db: Db;
  templates: TemplateSet;
  /** Resolved per run: the reply-key secret may live in the database. */
  settings: (db: Db, now: Date) => Promise<StaffMailSettings & { timeZone: string }>;
}

interface PendingFlag {
  id: number;
  request_id: number | null;
  inbound_message_id: number | null;
  reason: string;
}

const BATCH = 50;

/**
 * Turns staff flags into flag mail (issue 6 item 1). Flags are committed with the decision that
 * raised them; this runs right after each commit and on the outbox schedule. The flags one
 * message raised for the several requests of one email, with one reason, become ONE mail: they
 * share a thread. Flags with no request (quarantined mail, a bounce we cannot match) have no
 * thread to command: they become a staff notice with the message attached (and stay in the
 * digest's problems section).
 * Each group's mail and its `mailed_at` commit together, so a crash never mails twice; the
 * group's flags are claimed in that transaction (`claimUnmailedFlags`), so two instances on one
 * PostgreSQL never mail one flag twice (issue 13 item 7).
 */
export async function mailPendingFlags(deps: FlagMailerDeps, now: Date): Promise<number> {
  let mailed = 0;
  for (;;) {
    const pending: PendingFlag[] = await listUnmailedFlags(deps.db, BATCH);
    if (pending.length === 0) return mailed;
    let claimedAny = false;
    for (const listed of groupByThread(pending)) {
      await deps.db.transaction(async (trx) => {
        // The whole group, even the part past this batch's end (a backlog after a restart), so one
        // email's requests still get one mail. Another instance may be mailing the same flags:
        // only those claimed here are mailed here.
        const head = listed[0]!;
        const wholeGroup = head.inbound_message_id != null ? await listUnmailedFlagIdsOfMessage(trx, head.inbound_message_id, head.reason) : [];
        const claimed = await claimUnmailedFlags(trx, [...new Set([...listed.map((f) => f.id), ...wholeGroup])]);
        if (claimed.length === 0) return;
        // Every flag of the group shares its thread and reason; the first claimed one names the request.
        const first = listed.find((f) => claimed.includes(f.id)) ?? head;
        claimedAny = true;
        const settings = await deps.settings(trx, now);
        if (first.request_id != null) {
          const botAction = botActionText(await whatTheBotDid(trx, first));
          mailed += (await queueFlagMails(trx, deps.templates, settings, { requestId: first.request_id, reason: first.reason, botAction, inboundMessageId: first.inbound_message_id }, now)).length;
        } else if (first.inbound_message_id != null) {
          mailed += (await queueStaffNotice(trx, deps.templates, settings, { reason: first.reason, inboundMessageId: first.inbound_message_id }, now)).length;
        }
        await markFlagsMailed(trx, claimed, now);
      });
    }
    // Everything listed was taken by another instance: it mails these and goes on to the rest.
    if (!claimedAny) return mailed;
  }
}

function groupByThread(flags: PendingFlag[]): PendingFlag[][] {
  const groups = new Map<string, PendingFlag[]>();
  for (const flag of flags) {
    const thread = flag.inbound_message_id != null ? `m${flag.inbound_message_id}` : `r${flag.request_id ?? `f${flag.id}`}`;
    const key = `${thread}|${flag.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), flag]);
  }
  return [...groups.values()];
}

/** Whether the flagged message opened the request, and what (if anything) the bot answered. */
async function whatTheBotDid(trx: Db, flag: PendingFlag): Promise<{ opened: boolean; replyKind: string | null; noReplyBecause: string | null }> {
  if (flag.inbound_message_id == null) return { opened: false, replyKind: null, noReplyBecause: flag.reason };
  const request = flag.request_id === null ? undefined : await findRequestById(trx, flag.request_id);
  const replyKind = await firstReplyKind(trx, flag.inbound_message_id);
  return {
    opened: request?.inbound_message_id === flag.inbound_message_id,
    replyKind,
    noReplyBecause: replyKind !== null ? null : flag.reason,
  };
}
