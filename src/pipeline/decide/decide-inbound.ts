import type { Classification, Extraction, InboundMail, Language, ReadableText, RequesterRole, ScreenVerdict, ScreenVerdictKind } from '../types.js';
import type { QuarantineReasonCode } from '../parse/quarantine-reason.js';
import { dueDates, isOptOutLike, toLocalDate, type ClockConfig } from './clocks.js';
import { REJECTION_HANDLING, type RejectionReason } from './rejections.js';
import type { StaffFlagReason } from './staff-flag-reasons.js';
import { isRequestType, type RecordType } from '../../shared/request-types.js';

/** What the earlier stages made of one message. */
export interface Understanding {
  mail: InboundMail | null;
  quarantine: QuarantineReasonCode | null;
  verdict: ScreenVerdict | null;
  text: ReadableText | null;
  classification: Classification | null;
  extraction: Extraction | null;
}

/** What the database knows about the message's thread and sender, loaded by the edge. */
export interface ThreadContext {
  /** Requests this message continues (found by threading headers or subject tag). */
  requests: Array<{ id: number; reference: string }>;
  /** For a bounce: the reply of ours it reports on, if it is one of ours. */
  bouncedReply: { requestId: number | null; recipient: string } | null;
  /** Automatic replies in the last 24 hours: to this sender of the kind we would send, and in this thread. */
  recentReplies: { toSenderOfKind: number; inThread: number };
}

/** Reply limits of email-rules §2 (Discourse: one per address per day; Zammad: a cap per ticket). */
export interface ReplyLimits {
  perSenderPerKindPerDay: number;
  perThreadPerDay: number;
}

export const DEFAULT_REPLY_LIMITS: ReplyLimits = { perSenderPerKindPerDay: 1, perThreadPerDay: 5 };

export interface DecideSettings {
  clocks: ClockConfig;
  replyLimits: ReplyLimits;
}

/** What a record is about: a CCPA request type, or a matter that staff answer (a question, a HIPAA matter). */
export type { RecordType };

/** The reply kinds planned here; later messages come from the request workflow. */
export type FirstReplyKind = 'acknowledgement' | 'question-received' | 'hipaa-redirect';

export interface PlannedRequest {
  type: RecordType;
  /** `received` for a CCPA request; `needs_staff` for what a person must answer. */
  status: 'received' | 'needs_staff';
  requesterRole: RequesterRole;
  consumerName: string | null;
  lang: Language;
  receivedAt: Date;
  /** Local calendar date of receipt in the configured time zone. */
  receivedOn: string;
  dueDate: string;
}

export interface PlannedReply {
  kind: FirstReplyKind;
  lang: Language;
  /** Reply to From, never Reply-To (email-rules §2). */
  to: string;
}

export interface BouncedReply {
  requestId: number | null;
  recipient: string;
  status: string | null;
  permanent: boolean;
}

export type Decision =
  | { outcome: 'rejected'; reason: RejectionReason; detail: string; flagStaff: boolean; bounced: BouncedReply | null }
  | { outcome: 'joined_thread'; requestIds: number[] }
  | {
      outcome: 'new_requests';
      requests: PlannedRequest[];
      reply: PlannedReply | null;
      staffFlag: StaffFlagReason | null;
      staffFlagGroup: string | null;
      /** No reply is planned (unsure), yet its opt-out and limit requests are confirmed at once (§7060(b)). */
      confirmOptOuts: boolean;
    };

/**
 * Floods go to staff once (issue 13 item 8): every message over the reply limits from one sender
 * on one local day of the business (the receipt date in the configured time zone) joins ONE
 * `reply_rate_limited` flag, which counts them, instead of raising a flag and a flag mail each.
 * Zammad and Discourse likewise stop answering a sender past a cap and tell staff once, not per
 * message. The records are still opened one by one, so nothing is lost; only the noise is grouped.
 */
export function rateLimitGroup(sender: string, receivedOn: string): string {
  return `reply_rate_limited|${receivedOn}|${sender.toLowerCase()}`;
}

/**
 * Decides what to do with one message. Pure: the caller supplies what the database knows and
 * commits the result in one transaction.
 */
export function decideInbound(understanding: Understanding, thread: ThreadContext, settings: DecideSettings): Decision {
  const { mail, quarantine, verdict } = understanding;
  if (quarantine !== null || mail === null) {
    const reason: RejectionReason = `quarantined:${quarantine ?? 'unparseable'}`;
    return { outcome: 'rejected', reason, detail: reason, flagStaff: REJECTION_HANDLING[reason].staffFlag !== null, bounced: null };
  }
  const classification = understanding.classification;
  // Our own robot's address cannot be answered, and no request may be opened under it: a person's
  // request it relays (process-message.ts) goes to staff with the message, and nothing else happens.
  if (verdict?.kind === 'loop' && classification?.category === 'privacy_request') {
    return { outcome: 'rejected', reason: 'relayed_by_our_robot', detail: verdict.reason, flagStaff: true, bounced: null };
  }
  // The classifier may overrule a bulk or spam verdict when the text is plainly a request:
  // missing a request breaks a legal clock, misfiling junk costs staff a glance.
  if (verdict && verdict.kind !== 'human' && classification?.category !== 'privacy_request') {
    const kind = verdict.kind as Exclude<ScreenVerdictKind, 'human'>;
    const bounced = kind === 'bounce' ? bouncedReply(verdict, thread) : null;
    // A permanent bounce of our own reply means a requester is not hearing from us: staff must act.
    const flagStaff = REJECTION_HANDLING[kind].staffFlag !== null || (bounced?.permanent ?? false);
    return { outcome: 'rejected', reason: kind, detail: verdict.reason, flagStaff, bounced };
  }
  if (thread.requests.length > 0) return { outcome: 'joined_thread', requestIds: thread.requests.map((r) => r.id) };
  // Junk outside a request's thread: stored, listed for staff, never answered. In a thread, the
  // same words ("thanks, got it") are the consumer's and go to the workflow above.
  if (classification?.category === 'other') {
    const detail = classification.otherWhy ?? 'not a privacy matter';
    return { outcome: 'rejected', reason: 'other', detail, flagStaff: false, bounced: null };
  }
  return openRecords(mail, classification, thread, settings);
}

/** What a first message opens, what we answer, and whether staff must look. */
function openRecords(mail: InboundMail, classification: Classification | null, thread: ThreadContext, settings: DecideSettings): Decision {
  const lang = classification?.lang ?? 'en';
  const plan = planByCategory(classification);
  const requests = plan.types.map((type): PlannedRequest => {
    const dates = dueDates(mail.receivedAt, isRequestType(type) ? type : 'access', settings.clocks);
    return {
      type,
      status: plan.status,
      requesterRole: classification && classification.requester !== 'none' ? classification.requester : 'self',
      consumerName: classification?.consumerName ?? null,
      lang,
      receivedAt: mail.receivedAt,
      receivedOn: dates.receivedOn,
      dueDate: dates.respondBy,
    };
  });
  const limited =
    thread.recentReplies.toSenderOfKind >= settings.replyLimits.perSenderPerKindPerDay ||
    thread.recentReplies.inThread >= settings.replyLimits.perThreadPerDay;
  // quarantineReason() guarantees a From for mail that reaches this point; replies go to From only.
  const from = mail.from?.address ?? '';
  // When over the reply limit, or unsure, the record is still opened (its clock runs) but a person
  // answers. The limit comes first: a flood is one grouped flag whatever its messages say.
  if (limited) return { outcome: 'new_requests', requests, reply: null, staffFlag: 'reply_rate_limited', staffFlagGroup: rateLimitGroup(from, toLocalDate(mail.receivedAt, settings.clocks.timeZone)), confirmOptOuts: false };
  if (plan.reply === 'acknowledgement' && classification?.needsReview) {
    // An opt-out needs no verification and no judgement of the rest of the message (§7060(b)):
    // it is confirmed whatever else the message mentions, and staff read the rest.
    const confirmOptOuts = plan.types.some((t) => isRequestType(t) && isOptOutLike(t));
    return { outcome: 'new_requests', requests, reply: null, staffFlag: 'low_confidence', staffFlagGroup: null, confirmOptOuts };
  }
  // A question the bot is unsure is a person's question at all (junk the shapes missed, a request
  // read wrongly): nothing goes out; the question flag asks staff to answer, or to mark it junk or retype it.
  const doubtedQuestion = plan.reply === 'question-received' && classification?.needsReview === true;
  const reply = doubtedQuestion ? null : { kind: plan.reply, lang, to: from };
  return { outcome: 'new_requests', requests, reply, staffFlag: plan.staffFlag, staffFlagGroup: null, confirmOptOuts: false };
}

interface CategoryPlan {
  types: RecordType[];
  status: PlannedRequest['status'];
  reply: FirstReplyKind;
  staffFlag: StaffFlagReason | null;
}

/**
 * One email can carry several requests: each gets its own record and clock (ccpa-rules, Request
 * types). Medical and billing records are a HIPAA matter, not a CCPA access request (ccpa-rules,
 * Health data): staff handle it, and the person is told where it went. Agent and parent requests
 * need a human decision on the authority to act (§7063, §7070).
 */
function planByCategory(classification: Classification | null): CategoryPlan {
  if (classification?.category === 'question') {
    return classification.hipaa
      ? { types: ['hipaa_matter'], status: 'needs_staff', reply: 'hipaa-redirect', staffFlag: 'hipaa_matter' }
      : { types: ['question'], status: 'needs_staff', reply: 'question-received', staffFlag: 'question' };
  }
  const types: RecordType[] = classification?.requestTypes.length ? classification.requestTypes : ['unspecified'];
  const requester = classification?.requester;
  const staffFlag = requester === 'agent' ? 'agent_request' : requester === 'parent' ? 'parent_request' : classification?.hipaa ? 'hipaa_mentioned' : null;
  return { types, status: 'received', reply: 'acknowledgement', staffFlag };
}

function bouncedReply(verdict: ScreenVerdict, thread: ThreadContext): BouncedReply | null {
  if (!thread.bouncedReply) return null;
  const status = verdict.bounce?.status ?? null;
  // RFC 3463: class 4 is transient, 5 permanent; a bounce without a status is taken as permanent.
  const permanent = verdict.bounce?.permanent ?? !(status?.startsWith('4') ?? false);
  return { ...thread.bouncedReply, status, permanent };
}
