import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { findInboundSummary } from '../store/inbound-messages.js';
import { requestThread } from '../store/request-timeline.js';
import { isUndeliverable } from '../store/reply-history.js';
import { raiseStaffFlag } from '../store/staff-flags.js';
import { orderSections } from '../pipeline/decide/reply-sections.js';
import { combinedKind } from '../shared/mail-kind.js';
import type { TemplateKind } from '../pipeline/decide/template-kinds.js';
import type { Language } from '../shared/languages.js';
import { timeZoneLabel } from '../mail/labels.js';
import { bareSubject, queueReply } from '../mail/queue-reply.js';
import type { TemplateSection } from '../mail/render-template.js';
import type { PlannedMail } from './apply-workflow-event.js';
import { declarationFields } from './business-declarations.js';
import { consumerMailData } from './consumer-mail-data.js';
import type { WorkflowDeps } from './workflow-settings.js';

export interface QueuedMail {
  kind: string;
  to: string;
  subject: string;
  messageId: string;
  raw: Buffer;
  requestIds: number[];
}

/**
 * The reply decideInbound planned for a new message (the §7021 acknowledgement, or the answer to a
 * question or a HIPAA matter), rendered by the caller: it opens the mail to the person who wrote,
 * and whatever the workflow planned for the same person and message joins it as further sections.
 */
export interface FirstReplySection {
  kind: TemplateKind;
  lang: Language;
  to: string;
  data: TemplateSection['data'];
  /** Every record the message opened: each is told of it in the audit. */
  requestIds: readonly number[];
  references: readonly string[];
  inboundId: number;
  /** The message answered and its References, without angle brackets. */
  thread: { inReplyTo: string | null; references: readonly string[] };
}

/** One section of a mail: one template, about one or more requests. */
interface Section {
  kind: TemplateKind;
  references: string[];
  /** The requests it is about, with who it was addressed to in the state machine's terms. */
  audits: Array<{ requestId: number; to: 'requester' | 'consumer' | null }>;
  data: () => Promise<TemplateSection['data']>;
  files: NonNullable<PlannedMail['action']['attachments']>[number][];
}

/** One mail: everything one batch says to one person in one conversation. */
interface Envelope {
  to: string;
  lang: Language;
  inboundId: number | null;
  /** The request the outbox row and the thread are looked up by. */
  requestId: number;
  thread: FirstReplySection['thread'] | null;
  /** It carries decideInbound's first reply to a new message. */
  opensConversation: boolean;
  sections: Section[];
}

function recipientOf(mail: PlannedMail): string | null {
  return mail.action.to === 'consumer' ? mail.request.consumerAddress : mail.request.requesterAddress;
}

/**
 * The conversation a planned mail continues: the message the batch answers when there is one (one
 * reply per inbound message, issue 15 item 1), otherwise the message that opened the request, so a
 * sweep never folds two conversations into one mail.
 */
function conversationOf(mail: PlannedMail): string {
  return mail.inboundId !== null ? `m${mail.inboundId}` : `o${mail.request.inboundMessageId ?? `r${mail.request.id}`}`;
}

/**
 * Renders the planned mails from the templates in the request's language and queues them in the
 * caller's transaction, threaded into the request's conversation (In-Reply-To the latest message
 * from that person, References accumulated, subject tags; email-rules §3). Everything one batch
 * says to one person in one conversation is ONE mail: each template a section (the same template
 * about several requests one section listing every reference), ordered as a reader expects
 * (pipeline/decide/reply-sections.ts), under one greeting and one sign-off; the outbox `kind`
 * names every section. Different people (an agent, and the consumer who confirms directly) get
 * a mail each. A recipient we do not know (an agent's consumer) or whose mail bounces is handed
 * to staff instead, except for the mail that answers their new message (as the first reply always
 * went: they have just written from that address). These two flags are raised here and not by the state machine because they are
 * about delivery, known only when the mail is queued: the same event's mail may reach one address
 * and not another.
 */
export async function queueWorkflowMails(trx: Db, deps: WorkflowDeps, mails: readonly PlannedMail[], now: Date, firstReply: FirstReplySection | null = null): Promise<QueuedMail[]> {
  const envelopes = new Map<string, Envelope>();
  if (firstReply !== null) {
    envelopes.set(`${firstReply.to}\u0000m${firstReply.inboundId}`, {
      to: firstReply.to,
      lang: firstReply.lang,
      inboundId: firstReply.inboundId,
      requestId: firstReply.requestIds[0] ?? 0,
      thread: firstReply.thread,
      opensConversation: true,
      sections: [{ kind: firstReply.kind, references: [...firstReply.references], audits: firstReply.requestIds.map((requestId) => ({ requestId, to: null })), data: () => Promise.resolve(firstReply.data), files: [] }],
    });
  }
  const bySection = new Map<string, { envelopeKey: string; to: string; mails: PlannedMail[] }>();
  for (const mail of mails) {
    const to = recipientOf(mail);
    if (to === null) {
      await raiseStaffFlag(trx, { requestId: mail.request.id, inboundMessageId: mail.inboundId, reason: 'consumer_address_unknown', detail: { template: mail.action.template } }, now);
      continue;
    }
    const envelopeKey = `${to}\u0000${conversationOf(mail)}`;
    const sectionKey = `${envelopeKey}\u0000${mail.action.template}`;
    const group = bySection.get(sectionKey) ?? { envelopeKey, to, mails: [] };
    group.mails.push(mail);
    bySection.set(sectionKey, group);
  }
  for (const { envelopeKey, to, mails: group } of bySection.values()) {
    const first = group[0]!;
    const envelope = envelopes.get(envelopeKey) ?? { to, lang: first.request.state.lang, inboundId: first.inboundId, requestId: first.request.id, thread: null, opensConversation: false, sections: [] };
    envelope.sections.push(workflowSection(trx, deps, group));
    envelopes.set(envelopeKey, envelope);
  }
  const queued: QueuedMail[] = [];
  for (const envelope of envelopes.values()) {
    // The first reply to a new message goes as it always did: the person has just written from that address.
    if (!envelope.opensConversation && (await isUndeliverable(trx, envelope.to))) {
      for (const section of envelope.sections) {
        for (const a of section.audits) await raiseStaffFlag(trx, { requestId: a.requestId, inboundMessageId: envelope.inboundId, reason: 'recipient_undeliverable', detail: { template: section.kind } }, now);
      }
      continue;
    }
    queued.push(await queueEnvelope(trx, deps, envelope, now));
  }
  return queued;
}

/** The section of a template planned for one or more requests. */
function workflowSection(trx: Db, deps: WorkflowDeps, mails: PlannedMail[]): Section {
  return {
    kind: mails[0]!.action.template,
    references: mails.map((m) => m.request.state.reference),
    audits: mails.map((m) => ({ requestId: m.request.id, to: m.action.to })),
    files: mails.flatMap((m) => m.action.attachments ?? []),
    data: () => sectionData(trx, deps, mails),
  };
}

async function sectionData(trx: Db, deps: WorkflowDeps, mails: PlannedMail[]): Promise<TemplateSection['data']> {
  const first = mails[0]!;
  const lang = first.request.state.lang;
  const toConsumer = first.action.to === 'consumer';
  return consumerMailData({
    lang,
    about: mails.map((m) => ({ reference: m.request.state.reference, type: m.request.state.type, dueDate: m.action.dates.dueDate ?? m.request.state.due.respondBy })),
    dates: first.action.dates,
    consumerName: first.request.consumerName ?? '',
    // Read by the consumer, or by the agent or parent who asked for them (issue 15 item 2).
    recipient: { role: toConsumer || first.request.state.requester === 'self' ? 'consumer' : first.request.state.requester },
    agentName: toConsumer ? first.request.requesterAddress : '',
    originalSubject: toConsumer ? '' : await originalSubject(trx, first.request.inboundMessageId),
    sender: deps.sender,
    extras: { ...declarationFields(deps.workflow.business), timeZoneName: timeZoneLabel(deps.workflow.clocks.timeZone, lang), ...first.action.data },
  }) as TemplateSection['data'];
}

async function originalSubject(trx: Db, inboundMessageId: number | null): Promise<string> {
  if (inboundMessageId === null) return '';
  const row = await findInboundSummary(trx, inboundMessageId);
  const subject = typeof row?.subject === 'string' ? row.subject : '';
  return bareSubject(subject);
}

async function queueEnvelope(trx: Db, deps: WorkflowDeps, envelope: Envelope, now: Date): Promise<QueuedMail> {
  const sections = orderSections(envelope.sections);
  const rendered = deps.templates.renderSections(
    envelope.lang,
    await Promise.all(sections.map(async (s) => ({ kind: s.kind, data: await s.data() }) as TemplateSection)),
  );
  const thread = envelope.thread ?? (await threadOf(trx, envelope.requestId, envelope.to));
  const kind = combinedKind(sections.map((s) => s.kind));
  const references = [...new Set(sections.flatMap((s) => s.references))];
  const queued = await queueReply(
    trx,
    deps.sender,
    {
      kind,
      lang: envelope.lang,
      to: envelope.to,
      rendered,
      inReplyTo: thread.inReplyTo,
      references: [...thread.references],
      reference: references,
      requestId: envelope.requestId,
      inboundMessageId: envelope.inboundId,
      autoSubmitted: envelope.inboundId === null ? 'auto-generated' : 'auto-replied',
      files: sections.flatMap((s) => s.files),
    },
    now,
  );
  const { messageId } = queued;
  // Each request's record says what it was told and in which mail (§7101): one entry per section.
  for (const section of sections) {
    for (const a of section.audits) {
      const detail = { kind: section.kind, messageId, ...(a.to === null ? {} : { to: a.to }), ...(kind === section.kind ? {} : { mailKind: kind }) };
      await appendAudit(trx, { event: 'reply_queued', actor: 'bot', requestId: a.requestId, inboundMessageId: envelope.inboundId, detail }, now);
    }
  }
  return { ...queued, requestIds: [...new Set(sections.flatMap((s) => s.audits.map((a) => a.requestId)))] };
}

/** The request's conversation as it stands for this recipient: the latest message from them, and the thread's ids. */
async function threadOf(trx: Db, requestId: number, to: string): Promise<NonNullable<Envelope['thread']>> {
  const thread = await requestThread(trx, requestId, to);
  return { inReplyTo: thread.latestInbound, references: thread.messageIds.filter((id) => id !== thread.latestInbound) };
}
