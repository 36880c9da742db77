import type { Classification, InboundMail, Language, RequestType, RequesterRole, ScreenVerdict } from '../types.js';
import type { QuarantineReasonCode } from '../parse/quarantine-reason.js';
import { dueDates, type ClockConfig } from './clocks.js';
import { REJECTION_HANDLING, type RejectionReason } from './rejections.js';

/** What the earlier stages made of one message. */
export interface Understanding {
  mail: InboundMail | null;
  quarantine: QuarantineReasonCode | null;
  verdict: ScreenVerdict | null;
  classification: Classification | null;
}

/** Requests this message continues (found by threading headers or subject tag). */
export interface ThreadContext {
  requests: Array<{ id: number; reference: string }>;
}

export interface PlannedRequest {
  type: RequestType | 'unspecified';
  requesterRole: RequesterRole;
  consumerName: string | null;
  lang: Language;
  receivedAt: Date;
  /** Local calendar date of receipt in the configured time zone. */
  receivedOn: string;
  dueDate: string;
}

export interface PlannedReply {
  kind: 'acknowledgement';
  lang: Language;
  /** Reply to From, never Reply-To (email-rules §2). */
  to: string;
}

export type Decision =
  | { outcome: 'rejected'; reason: RejectionReason; detail: string; flagStaff: boolean }
  | { outcome: 'joined_thread'; requestIds: number[] }
  | { outcome: 'new_requests'; requests: PlannedRequest[]; reply: PlannedReply };

/**
 * Decides what to do with one message. Pure: the caller supplies the thread context and the
 * clock configuration, and commits the result in one transaction.
 */
export function decideInbound(understanding: Understanding, thread: ThreadContext, clocks: ClockConfig): Decision {
  const { mail, quarantine, verdict } = understanding;
  if (quarantine !== null || mail === null) {
    const reason: RejectionReason = `quarantined:${quarantine ?? 'unparseable'}`;
    return { outcome: 'rejected', reason, detail: reason, flagStaff: REJECTION_HANDLING[reason].flagStaff };
  }
  if (verdict && verdict.kind !== 'human') {
    return { outcome: 'rejected', reason: verdict.kind, detail: verdict.reason, flagStaff: REJECTION_HANDLING[verdict.kind].flagStaff };
  }
  if (thread.requests.length > 0) return { outcome: 'joined_thread', requestIds: thread.requests.map((r) => r.id) };
  // quarantineReason() guarantees a From for mail that reaches this point.
  const from = mail.from?.address ?? '';
  const classification = understanding.classification;
  const lang = classification?.lang ?? 'en';
  const types: Array<RequestType | 'unspecified'> = classification?.requestTypes.length ? classification.requestTypes : ['unspecified'];
  // One email can carry several requests: each gets its own record and clock (ccpa-rules, Request types).
  const requests = types.map((type) => {
    const dates = dueDates(mail.receivedAt, type === 'unspecified' ? 'access' : type, clocks);
    return {
    type,
    requesterRole: classification && classification.requester !== 'none' ? classification.requester : 'self',
    consumerName: classification?.consumerName ?? null,
    lang,
    receivedAt: mail.receivedAt,
    receivedOn: dates.receivedOn,
    dueDate: dates.respondBy,
    };
  });
  return { outcome: 'new_requests', requests, reply: { kind: 'acknowledgement', lang, to: from } };
}
