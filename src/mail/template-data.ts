import type { DenialReason } from '../pipeline/decide/denial-reasons.js';
import type { AddresseeData } from './addressee.js';
import { TEMPLATE_KINDS as CONSUMER_TEMPLATE_KINDS, type TemplateKind as ConsumerTemplateKind } from '../pipeline/decide/template-kinds.js';

/**
 * Every kind of message we send, each a folder `templates/<kind>/`, and the data each is rendered
 * with: `TemplateSet.render(kind, lang, data)` type-checks the data against the kind. The field
 * names are the ones the `.hbs` files use. Consumer kinds are the state machine's
 * (pipeline/decide/template-kinds.ts); staff kinds and the digest are listed here.
 */

export { CONSUMER_TEMPLATE_KINDS, type ConsumerTemplateKind };

/**
 * Template kinds written for staff, not consumers: English only, and without the consumer
 * notices (non-discrimination, signature) every consumer message must carry.
 */
export const STAFF_TEMPLATE_KINDS = ['staff-flag', 'staff-confirmation', 'staff-help', 'staff-notice', 'hipaa-forward', 'digest'] as const;

export type StaffTemplateKind = (typeof STAFF_TEMPLATE_KINDS)[number];

/** Every template kind: consumer, staff and the digest. */
export type TemplateKind = ConsumerTemplateKind | StaffTemplateKind;

export const ALL_TEMPLATE_KINDS: readonly TemplateKind[] = [...CONSUMER_TEMPLATE_KINDS, ...STAFF_TEMPLATE_KINDS];

export function isStaffTemplateKind(kind: string): kind is StaffTemplateKind {
  return (STAFF_TEMPLATE_KINDS as readonly string[]).includes(kind);
}

/** The business and the mailbox, named in every message's signature and footer partials. */
export type WhoWeAreData = {
  businessName: string;
  botAddress: string;
};

/**
 * What every consumer message names (ccpa-rules, "What every answer contains"); dates written out
 * in the reader's language. Who reads it (AddresseeData, src/mail/addressee.ts) decides the
 * greeting and whether the data subject is "you" or named in the third person; a template given
 * none writes to the consumer.
 */
export type ConsumerMailData = WhoWeAreData & Partial<AddresseeData> & {
  reference: string;
  /** Every reference when one message answers several requests; empty for one. */
  references: readonly string[];
  receivedDate: string;
  dueDate: string;
  /** The consumer the data is about (the child, for a parent); never the greeting of mail to an agent or a parent. */
  consumerName: string;
  /** The subject of the message answered, without `Re:` and our tags. */
  originalSubject: string;
  /** One label per request the message is about. */
  requestTypeLabels?: readonly string[];
  /** One line per request the message is about. */
  items?: ReadonlyArray<{ reference: string; label: string; dueDate: string }>;
  /** For mail to the consumer about an agent's request: who asked. */
  agentName?: string;
  requestType?: string;
};

/** The denial reason, and `reasonIs.<reason>` for the template's `{{#if}}` (§7024(b), §1798.145). */
export type DenialData = {
  denialReason: DenialReason;
  reasonIs: Partial<Record<DenialReason, true>>;
};

/** What a code is sent with (§7060-§7062). */
type ChallengeData = {
  code: string;
  codeExpiresDate: string;
  dataPointsToProvide: number;
  declarationRequired: boolean;
};

type CompletionData = {
  staffNote: string;
  /** The copy's files attached to the mail (access to specific pieces, portability). */
  files?: Array<{ name: string; size: string }>;
};

/** What each consumer kind is given beyond ConsumerMailData. */
export type ConsumerMailExtras = {
  acknowledgement: object;
  'question-received': object;
  'hipaa-redirect': { hipaaContact?: string };
  'verification-challenge': ChallengeData;
  'consumer-confirmation': ChallengeData;
  'agent-disowned': object;
  'code-rejected': { attemptsLeft: number; oneTryLeft: boolean; detailsInsufficient: boolean };
  reminder: { waitingFor?: string; waitingForIs: Partial<Record<'verification' | 'agent_permission' | 'parent_proof', true>> };
  verified: object;
  /** A copy verified only to the reasonable degree: what is still missing (§7062(c)); `afterReply`: a later reply still lacked it. */
  'copy-details-needed': { missingDataPoints: number; missingDeclaration: boolean; afterReply: boolean };
  'agent-permission-request': object;
  'parent-proof-request': object;
  'opt-out-confirmed': object;
  'limit-reached': DenialData & { onBehalf: boolean };
  'unverifiable-denial': DenialData & { specificPiecesAsked: boolean };
  /** `agentNotConfirmed`: to an agent whose consumer said they gave no permission (§7063(a)). */
  denial: DenialData & { staffNote: string; agentNotConfirmed?: boolean };
  'extension-notice': { extensionReason: string; originalDueDate: string };
  'completion-access-categories': CompletionData;
  'completion-access-specific': CompletionData;
  'completion-deletion': CompletionData & { deidentified: boolean; deletionMethod?: string };
  'completion-correction': CompletionData;
  'completion-opt-out': CompletionData;
  'completion-limit': CompletionData;
  'staff-message': { staffNote: string };
};

/** The original message as staff mail quotes it. */
export type QuotedOriginalData = {
  originalFrom: string;
  originalDate: string;
  originalSubject: string;
  originalText: string;
};

/** One line of the staff command menu, built from the command table (src/staff/staff-commands.ts). */
export type StaffCommandMenuLine = {
  /** How the command is written, e.g. `deny REASON [text]`. */
  usage: string;
  help: string;
  /** Usage and help aligned for the text part. */
  line: string;
};

/** Flag mail (issue 6 item 1): one staff member, one thread, one reply key. */
export type StaffFlagData = WhoWeAreData & QuotedOriginalData & {
  reference: string;
  reasonTitle: string;
  reasonText: string;
  /** What staff should do now, one step per flag kind (issue 14 item 8). */
  nextStep: string;
  /** The classifier's reasons for the opening message, as stored. */
  classifierReasons: readonly string[];
  /** The latest messages of the conversation, oldest first; `label` is date, direction and who. */
  thread: ReadonlyArray<{ label: string; lines: string }>;
  typeLabel: string;
  requester: string;
  requesterRole: string | null;
  receivedDate: string;
  dueDate: string;
  confirmBy: string;
  consumerName: string;
  daysLeftText: string;
  status: string;
  botAction: string;
  /** Filled in per recipient, with the key's expiry. */
  staffAddress: string;
  keyExpires: string;
  denialReasons: string;
  /** The commands this flag's menu offers. */
  commands: readonly StaffCommandMenuLine[];
};

export type StaffHelpData = {
  reference: string;
  /** What was not understood; empty when staff asked for help themselves. */
  problem: string;
  firstLine: string;
  denialReasons: string;
  /** Every command. */
  commands: readonly StaffCommandMenuLine[];
  businessName: string;
};

export type StaffConfirmationData = {
  reference: string;
  commandText: string;
  applied: boolean;
  outcomeText: string;
  status: string;
  consumerMail: string;
  businessName: string;
};

/** A flag that belongs to no request (quarantined mail, a bounce we cannot match). */
/** A HIPAA matter passed to the team that handles patient records (`forward`, issue 14 item 3). */
export type HipaaForwardData = WhoWeAreData & QuotedOriginalData & { reference: string; requester: string; receivedDate: string; staffAddress: string };

export type StaffNoticeData = WhoWeAreData & QuotedOriginalData & {
  reasonTitle: string;
  reasonText: string;
  messageNumber: number;
};

/** The daily digest (issue 6 item 5), dates already written out. */
export type DigestData = {
  businessName: string;
  date: string;
  since: string;
  timeZone: string;
  openCount: number;
  overdueCount: number;
  sections: ReadonlyArray<{
    key: string;
    title: string;
    count: number;
    empty: boolean;
    lines: ReadonlyArray<{
      reference: string;
      typeLabel: string;
      requester: string;
      status: string;
      daysLeft: number | null;
      daysLeftText: string;
      /** Empty for a record with no CCPA clock: no due date is shown. */
      dueDateText: string;
      overdue: boolean;
      action: string;
      assigneeText: string;
      /** The requester's address in pieces a phone may wrap between (addressParts). */
      requesterParts: readonly string[];
    }>;
  }>;
  problems: ReadonlyArray<{ kindLabel: string; reference: string; summary: string; atText: string }>;
  problemCount: number;
  chart: ReadonlyArray<{ label: string; count: number; widthPct: number; color: string }>;
  /** The month's share of messages staff corrected (issue 16); empty before any message. */
  correctedText: string;
};

/** The data of each template kind. */
export type TemplateData = { [K in ConsumerTemplateKind]: ConsumerMailData & ConsumerMailExtras[K] } & {
  'staff-flag': StaffFlagData;
  'staff-help': StaffHelpData;
  'staff-confirmation': StaffConfirmationData;
  'staff-notice': StaffNoticeData;
  'hipaa-forward': HipaaForwardData;
  digest: DigestData;
};
