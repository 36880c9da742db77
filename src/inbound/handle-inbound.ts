import type { Db } from '../store/db.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import { insertInboundMessageOnce, sha256, type MessageOrigin } from '../store/inbound-messages.js';
import { findThreadRequests } from '../store/requests.js';
import { writeCheckpoint } from '../store/checkpoints.js';
import { confirmLease, type LeaseFence } from '../store/leases.js';
import { decide, understandMessage, type PipelineSettings } from '../pipeline/process-message.js';
import type { Decision, ThreadContext, Understanding } from '../pipeline/decide/decide-inbound.js';
import { countThreadReplies, findBouncedReply } from '../store/reply-history.js';
import { ourMessageId } from '../mail/compose-mail.js';
import { commitDecision, type CommittedReply } from './commit-decision.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import type { WorkflowSettings } from '../workflow/workflow-settings.js';
import { handleStaffReply, type HandledStaffReply, type StaffLoopSettings } from '../staff/handle-staff-reply.js';
import { isFromStaff, isStaffReply } from '../staff/check-staff-reply.js';
import { countRecentFirstReplies, findRequestsByQuotedReference } from '../store/workflow-requests.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';
import { appendAudit } from '../store/audit-log.js';
import { contentFingerprint } from './content-fingerprint.js';
import { safeError } from '../shared/safe-error.js';

export interface InboundDeps {
  db: Db;
  templates: TemplateSet;
  settings: PipelineSettings;
  /** Who we are on every message we send: the root's one sender identity. */
  sender: SenderIdentity;
  log: Logger;
  /** The root's clock: receipt bookkeeping, due dates, checkpoints. */
  clock: Clock;
  /** The request workflow's settings (its clocks are `settings.clocks`). */
  workflow: WorkflowSettings;
  /** The staff loop's settings, resolved inside a transaction (the reply-key secret may be stored). */
  staff: (db: Db, now: Date) => Promise<StaffLoopSettings & { timeZone: string }>;
}

/** Where the checkpoint moves once this message is committed (IMAP sources only). */
export interface CheckpointAdvance {
  sourceKey: string;
  uidValidity: number;
  uid: number;
  /** The mailbox lease this message was read under: checked in the same transaction (issue 13 item 7). */
  lease?: LeaseFence;
}

export interface HandledMessage {
  outcome: Decision['outcome'] | 'duplicate' | 'staff_reply';
  messageKey: string;
  inboundId: number | null;
  verdict: string | null;
  verdictReason: string | null;
  requests: Array<{ reference: string; type: string; dueDate: string }>;
  replies: CommittedReply[];
  staffFlags: string[];
  classification: Understanding['classification'];
  /** For mail to a staff reply-key address: what became of the command. */
  staffReply?: HandledStaffReply;
}

const SUBJECT_TAG = /\[(CCPA-\d{4}-\d{6})\]/g;

/** One message as a source hands it over, with where its checkpoint moves once it is committed. */
export interface InboundItem {
  raw: Buffer;
  origin: MessageOrigin;
  checkpoint?: CheckpointAdvance;
}

/**
 * Takes one raw message through the pipeline and commits the outcome: the raw message, the
 * decision, its audit events, its outgoing mail and the checkpoint, in ONE transaction. Either
 * all of it is stored or none, so a crash at any point means the message is simply read again.
 * With `dryRun`, everything runs the same and the transaction is rolled back.
 */
export async function handleInbound(
  deps: InboundDeps,
  raw: Buffer,
  origin: MessageOrigin,
  options: { checkpoint?: CheckpointAdvance; dryRun?: boolean } = {},
): Promise<HandledMessage> {
  const item: InboundItem = options.checkpoint ? { raw, origin, checkpoint: options.checkpoint } : { raw, origin };
  const [result] = await commitTogether(deps, [item], options.dryRun === true);
  if (!result) throw new Error('a batch of one message produced no result');
  return result;
}

/**
 * A fetched batch (a backlog arrives in batches of up to 50) committed in one transaction: the
 * same outcome as one transaction per message, at a fraction of the cost, since each commit
 * and each transaction's set-up is paid once. If anything in the batch fails, none of it is
 * kept and the messages are committed one by one, so one bad message holds up only itself.
 */
export async function handleInboundBatch(deps: InboundDeps, items: readonly InboundItem[]): Promise<HandledMessage[]> {
  if (items.length <= 1) return commitTogether(deps, items, false);
  try {
    return await commitTogether(deps, items, false);
  } catch (err) {
    deps.log.warn({ event: 'batch_committed_singly', messages: items.length, err: safeError(err) }, 'a batch failed; committing its messages one at a time');
    const results: HandledMessage[] = [];
    for (const item of items) results.push(await handleInbound(deps, item.raw, item.origin, item.checkpoint ? { checkpoint: item.checkpoint } : {}));
    return results;
  }
}

async function commitTogether(deps: InboundDeps, items: readonly InboundItem[], dryRun: boolean): Promise<HandledMessage[]> {
  if (items.length === 0) return [];
  const { clock } = deps;
  const results: HandledMessage[] = [];
  // Understanding is pure CPU work: the next message's runs while this one's statements wait
  // on the database, and only one parsed message beyond the current one is held in memory.
  const understand = (i: number): Promise<Understanding> | null => {
    const item = items[i];
    return item ? understandSafely(deps, item.raw, item.origin) : null;
  };
  let next = understand(0);
  const trx = await deps.db.transaction();
  try {
    for (const [i, item] of items.entries()) {
      const understanding = await (next as Promise<Understanding>);
      next = understand(i + 1);
      const messageKey = understanding.mail?.messageKey ?? `sha256:${sha256(item.raw)}`;
      results.push(await handleInTransaction(trx, deps, item.raw, item.origin, understanding, messageKey, clock()));
    }
    const checkpoint = items.findLast((item) => item.checkpoint)?.checkpoint;
    if (checkpoint?.lease) await confirmLease(trx, checkpoint.lease);
    if (checkpoint) await writeCheckpoint(trx, checkpoint.sourceKey, { uidValidity: checkpoint.uidValidity, lastUid: checkpoint.uid }, clock());
    if (dryRun) await trx.rollback();
    else await trx.commit();
  } catch (err) {
    if (!trx.isCompleted()) await trx.rollback();
    await next;
    throw err;
  }
  for (const result of results) {
    deps.log.info({ event: 'message_handled', messageKey: result.messageKey, outcome: result.outcome, verdict: result.verdict, requests: result.requests.map((r) => r.reference) });
    // A refused message that claims to be staff is a possible forgery: an operator should see it (issue 14 item 7).
    if (result.staffReply?.outcome === 'refused') deps.log.warn({ event: 'staff_reply_refused', messageKey: result.messageKey, why: result.staffReply.why }, 'a message to a staff reply address was refused');
  }
  return results;
}

async function handleInTransaction(
  trx: Db,
  deps: InboundDeps,
  raw: Buffer,
  origin: MessageOrigin,
  understanding: Understanding,
  messageKey: string,
  now: Date,
): Promise<HandledMessage> {
  // A message stored before (a re-read after a restart or a UIDVALIDITY change, or another
  // instance's work) is found when its row is inserted: nothing is written before that. "Stored
  // before" means the same Message-ID and the same content: a different message under a reused
  // Message-ID gets its own key and is handled as its own message (issue 13, must-show 2).
  const duplicate: HandledMessage = { outcome: 'duplicate', messageKey, inboundId: null, verdict: null, verdictReason: null, requests: [], replies: [], staffFlags: [], classification: null };
  const mail = understanding.mail;
  const store = async (status: 'processed' | 'quarantined', quarantineReason: string | null, judged: { verdict: string; reason: string } | null = null) => {
    const stored = await insertInboundMessageOnce(
      trx,
      {
        messageKey,
        messageId: mail?.messageId ?? null,
        origin,
        fromAddress: mail?.from?.address ?? null,
        subject: mail?.subject ?? null,
        raw,
        verdict: judged?.verdict ?? understanding.verdict?.kind ?? null,
        verdictReason: judged?.reason ?? understanding.verdict?.reason ?? null,
        status,
        quarantineReason,
        contentSha256: contentFingerprint(raw),
      },
      now,
    );
    if (stored?.clashesWith != null) await auditClash(trx, deps, stored.id, stored.clashesWith, now);
    return stored;
  };
  const base = { verdict: understanding.verdict?.kind ?? null, verdictReason: understanding.verdict?.reason ?? null, classification: understanding.classification };
  // Mail to a staff reply-key address is a staff command, never a consumer message (issue 6).
  if (mail && understanding.quarantine === null && (isStaffReply(mail, deps.sender.address) || isFromStaff(mail, (await deps.staff(trx, now)).staffAddresses))) {
    const stored = await store('processed', null);
    if (stored === null) return duplicate;
    const staffContext = { trx, deps, inboundId: stored.id, messageKey: stored.messageKey, now, verdict: understanding.verdict?.kind ?? null };
    const staff = await handleStaffReply(staffContext, mail, raw, await deps.staff(trx, now));
    return { ...base, messageKey: stored.messageKey, outcome: 'staff_reply', inboundId: stored.id, requests: [], replies: [], staffFlags: [], staffReply: staff };
  }
  const thread = await loadThreadContext(trx, deps, understanding, now);
  const decision = decide(understanding, thread, deps.settings);
  const quarantined = decision.outcome === 'rejected' && decision.reason.startsWith('quarantined:');
  // Mail that is no privacy matter is stored with the verdict `other` and why: what the digest and
  // `requests list --category other` list (issue 16).
  const other = decision.outcome === 'rejected' && decision.reason === 'other' ? { verdict: 'other', reason: decision.detail } : null;
  const stored = await store(quarantined ? 'quarantined' : 'processed', quarantined ? decision.detail : null, other);
  if (stored === null) return duplicate;
  const committed = await commitDecision({ trx, deps, understanding, inboundId: stored.id, now }, decision);
  return { ...base, messageKey: stored.messageKey, outcome: decision.outcome, inboundId: stored.id, ...committed };
}

/**
 * A second message under a stored Message-ID, with different content (a client that reuses IDs,
 * or one forged to collide): audited with both rows, so staff can see the two were told apart.
 * The log names row ids only; a Message-ID can carry an address.
 */
async function auditClash(trx: Db, deps: InboundDeps, inboundId: number, firstInboundId: number, now: Date): Promise<void> {
  await appendAudit(trx, { event: 'message_id_clash', actor: 'bot', requestId: null, inboundMessageId: inboundId, detail: { firstInboundMessageId: firstInboundId } }, now);
  deps.log.warn({ event: 'message_id_clash', inboundId, firstInboundId }, 'a different message reuses a stored Message-ID; handled as its own message');
}

/** What the database knows that the pure decision needs: the thread, our bounced reply, recent replies. */
export async function loadThreadContext(trx: Db, deps: InboundDeps, understanding: Understanding, now: Date): Promise<ThreadContext> {
  const mail = understanding.mail;
  const empty: ThreadContext = { requests: [], bouncedReply: null, recentReplies: { toSenderOfKind: 0, inThread: 0 } };
  if (!mail) return empty;
  const bounce = understanding.verdict?.bounce;
  if (understanding.verdict?.kind === 'bounce') {
    const ids = [bounce?.originalMessageId, bounce?.verpToken ? ourMessageId(bounce.verpToken, deps.sender.messageIdDomain) : null].filter((id): id is string => !!id);
    return { ...empty, bouncedReply: await findBouncedReply(trx, ids) };
  }
  const threaded = await findThreadRequests(trx, {
    messageIds: [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...mail.references],
    subjectReferences: [...mail.subject.matchAll(SUBJECT_TAG)].map((m) => m[1] ?? ''),
    fromAddress: mail.from?.address ?? null,
  });
  const requests = threaded.length > 0 ? threaded : await findRequestsByQuotedReference(trx, { references: understanding.extraction?.references ?? [], fromAddress: mail.from?.address ?? '', finalStatuses: FINAL_STATUSES });
  const since = new Date(now.getTime() - 24 * 3600_000);
  const from = mail.from?.address ?? '';
  return {
    requests,
    bouncedReply: null,
    recentReplies: {
      // The workflow's first mail may stand in for the acknowledgement: it counts the same.
      toSenderOfKind: await countRecentFirstReplies(trx, { recipient: from, since }),
      inThread: await countThreadReplies(trx, { requestIds: requests.map((r) => r.id), since }),
    },
  };
}

/** A bug in a pure stage must not lose the message: it is stored and quarantined instead. */
async function understandSafely(deps: InboundDeps, raw: Buffer, origin: MessageOrigin): Promise<Understanding> {
  try {
    return await understandMessage(raw, origin.receivedAt, deps.settings);
  } catch (err) {
    deps.log.error({ event: 'pipeline_error', err: safeError(err) }, 'a pipeline stage threw; the message is quarantined');
    return { mail: null, quarantine: 'unparseable', verdict: null, text: null, classification: null, extraction: null };
  }
}
