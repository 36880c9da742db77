import type { CopyFile } from './copy-files.js';
import type { DenialReason } from './denial-reasons.js';
import type { DueDates } from './due-dates.js';
import type { IsoDate } from '../../shared/local-date.js';
import type { StaffFlagReason } from './staff-flag-reasons.js';
import type { TemplateKind } from './template-kinds.js';
import type { VerificationDegree } from './verification-degree.js';
import type { VerificationMethod } from './verification-methods.js';
import type { DataPointKind, Language, RequestType, RequesterRole } from '../types.js';

/** Where one request stands. `completed`, `denied` and `withdrawn` are final. */
export type RequestStatus =
  | 'received'
  | 'awaiting_verification'
  | 'verified'
  | 'in_progress'
  | 'completed'
  | 'denied'
  | 'withdrawn'
  | 'on_hold'
  | 'extended'
  | 'needs_staff'
  /** Staff corrected the reading: this type was never asked (issue 16). Closed with no denial and no mail. */
  | 'misread'
  /** Closed as a duplicate of another request (`merge`): not a response, not counted in §7102 metrics. */
  | 'merged';

export const FINAL_STATUSES: readonly RequestStatus[] = ['completed', 'denied', 'withdrawn', 'misread', 'merged'];

/** What a request on hold waits for. */
export type HoldReason = 'agent_permission' | 'parent_proof' | 'staff';

/** Who caused an event: recorded on every audit entry (§7101 record keeping). */
export type Actor = 'bot' | 'consumer' | `staff:${string}`;

/** One request (one type: each request in an email has its own record and clock). */
export interface RequestState {
  reference: string;
  type: RequestType;
  accessScope: 'categories' | 'specific_pieces' | null;
  requester: RequesterRole;
  lang: Language;
  status: RequestStatus;
  due: DueDates;
  /** Zone of the clock that computed `due`, to tell when a local deadline day has ended. */
  timeZone: string;
  acknowledged: boolean;
  /**
   * A confirmation of receipt has been sent (§7021(a)): by the first reply, or by the sweep before
   * the confirm-by date when nobody answered. Absent in states recorded before it existed.
   */
  receiptConfirmed?: boolean;
  /** An agent's signed permission was received (§7063(a)(1)). */
  agentPermission: boolean;
  verifiedAt: Date | null;
  /** The one extension allowed (§1798.130(a)(2)) has been used. */
  extensionUsed: boolean;
  /** `documentIn`: the agent sent a document staff have yet to check (§7063(a)(1)): we wait for staff, not the requester. */
  hold: { reason: HoldReason; resume: RequestStatus; documentIn?: boolean } | null;
  denialReason: DenialReason | null;
  overdueFlagged: boolean;
  /**
   * The person the challenge went to was told a code came from another address: once per
   * challenge, so mail from strangers cannot make us write to them again and again. Optional:
   * states stored before issue 18 lack it.
   */
  toldOfOtherAddress?: boolean;
  /**
   * A copy (access to specific pieces, portability) verified only to the reasonable degree
   * (§7062(b)): answered as categories (§7024(a)) until a reply in the thread brings what the
   * reasonably high degree still lacks (§7062(c)). Null or absent otherwise.
   */
  partialVerification?: PartialVerification | null;
  /** The degree a copy request reached: `reasonable` while partial, `reasonably_high` once a reply completed it. */
  verifiedDegree?: 'reasonable' | 'reasonably_high';
}

/** What a partially verified copy request has shown so far: kinds only, never a value (§7060(d)). */
export interface PartialVerification {
  /** Data points the reasonably high degree needs in total, address control included (§7062(c): 3). */
  dataPointsRequired: number;
  /** 1 when control of the address counts as one of them, else 0. */
  fromAddress: number;
  /** Kinds that matched the consumer's record, in any reply so far. */
  matched: readonly DataPointKind[];
  declarationSigned: boolean;
}

interface EventBase {
  at: Date;
  actor: Actor;
  /** Message-ID of the mail that caused the event; null for a scheduled sweep. */
  messageId: string | null;
  /** Why, as staff wrote it under their command: kept on the audit entry (issue 14 item 7). */
  staffReason?: string;
}

export type RequestEvent = EventBase &
  (
    | { kind: 'acknowledged' }
    /** `replacesExpired`: the mail says the earlier code expired (issue 18). */
    | { kind: 'verification_requested'; code: string; expiresAt: Date; degree: VerificationDegree; replacesExpired?: boolean }
    | {
        kind: 'code_accepted';
        /** A copy request that reached only the reasonable degree: what it has shown so far (§7024(a), §7062(c)). */
        partial?: PartialVerification;
        /** Details that contradict the record. */
        mismatched?: readonly DataPointKind[];
      }
    | {
        kind: 'code_rejected';
        attemptsLeft: number;
        /** The code was right; the data points did not verify. */
        detailsInsufficient?: boolean;
        /** Details that contradict the record. */
        mismatched?: readonly DataPointKind[];
      }
    /** A later reply to a partially verified copy request: what it matched and whether it signs the declaration (§7062(c)). */
    | { kind: 'copy_details_received'; matched: readonly DataPointKind[]; declarationSigned: boolean; mismatched?: readonly DataPointKind[] }
    /** Verification ended without proof; `noDirectoryRecord`: the code was right but no record is the consumer's (§7024(b)). */
    | { kind: 'verification_expired'; noDirectoryRecord?: boolean }
    /** No challenge can be sent: nothing to match data points against, or no address for an agent's consumer. */
    | { kind: 'verification_unavailable'; reason: VerificationUnavailableReason }
    /** A code-like answer came from an address other than the one the challenge went to (email-rules §4). */
    | { kind: 'code_from_other_address'; sender: string }
    | { kind: 'reminder_due' }
    /** Staff (or AGENT_PERMISSION_AUTO_ACCEPT) accepted the agent's signed permission (§7063(a)(1)). */
    | { kind: 'agent_permission_received' }
    /** The agent sent a document, perhaps the signed permission: a person checks it (§7063(a)(1)). */
    | { kind: 'agent_permission_document' }
    | { kind: 'parent_proof_received' }
    /** `newRequestFrom`: the first local day a new request would be answered (access-limit.ts). */
    | { kind: 'limit_exceeded'; newRequestFrom: IsoDate }
    /** `method` set: staff verified by other means (§7060-§7062); unset: go ahead on what the record holds. */
    | { kind: 'staff_approve'; method?: VerificationMethod }
    | { kind: 'staff_deny'; reason: DenialReason; note?: string }
    | { kind: 'staff_extend'; reason: string }
    /** `files`: the copy staff deliver (checked by copy-files.ts before the event is applied). */
    | { kind: 'staff_complete'; deletionMethod?: 'deleted' | 'deidentified'; note?: string; files?: readonly CopyFile[] }
    | { kind: 'staff_hold'; note?: string }
    | { kind: 'staff_resume' }
    /** A duplicate: closed into the request `into` (its reference), with no mail to the consumer. */
    | { kind: 'staff_merge'; into: string }
    | { kind: 'consumer_withdraws' }
    /** The consumer answers our direct confirmation: they gave the agent no permission (§7063(a)). */
    | { kind: 'consumer_disowns_agent' }
    | { kind: 'staff_misread'; correction: 'retype' | 'not_a_request' | 'junk' }
    | { kind: 'sweep_overdue' }
    /** Nobody has confirmed receipt and the confirm-by date (§7021(a)) is here: the bot does. */
    | { kind: 'receipt_confirmation_due' }
    /** The sweep's alert to staff, once per deadline, some days before it (STAFF_ALERT_DAYS_BEFORE). */
    | { kind: 'deadline_near'; deadline: IsoDate }
  );

export type RequestEventKind = RequestEvent['kind'];

export type VerificationUnavailableReason = 'directory_empty' | 'consumer_address_unknown';

/** What an audit entry or a staff flag may carry: never a code or a data point value. */
export type ActionDetail = Record<string, string | number | boolean | readonly string[]>;

/** A mail to send. `dates` are calendar dates the composer formats in the message language. */
export interface SendMailAction {
  kind: 'send_mail';
  template: TemplateKind;
  /** `consumer` is the person the data is about, when an agent asked for them (§7063(a)(2)). */
  to: 'requester' | 'consumer';
  data: Record<string, unknown>;
  dates: Record<string, IsoDate>;
  /** Files that go with the mail (a copy, §1798.130(a)(2)(B)); dropped from the stored copy once sent. */
  attachments?: readonly CopyFile[];
}

export interface AuditAction {
  kind: 'audit';
  event: RequestEventKind;
  actor: Actor;
  messageId: string | null;
  at: Date;
  from: RequestStatus;
  to: RequestStatus;
  /** Never holds a code or a data point value. */
  detail: ActionDetail;
}

/** Hands the request to staff, for one reason of the one list (staff-flag-reasons.ts). */
export interface StaffFlagAction {
  kind: 'flag_staff';
  reason: StaffFlagReason;
  detail?: ActionDetail;
}

export type WorkflowAction = AuditAction | SendMailAction | StaffFlagAction;

export type RejectionCode =
  | 'final_state'
  | 'invalid_transition'
  | 'actor_not_allowed'
  | 'verification_not_required'
  | 'extension_not_allowed'
  | 'extension_already_used'
  | 'extension_too_late'
  | 'limit_not_applicable'
  /** An opt-out or limit may be denied only for a documented belief of fraud (§7060(b), §7026(e)). */
  | 'opt_out_denied_only_for_fraud'
  /** A fraud denial of an opt-out or limit must say why (§7026(e)): `deny suspected_fraud TEXT`. */
  | 'fraud_denial_needs_explanation'
  | 'not_overdue'
  /** `approve` on a request whose reading staff never confirmed: it starts the workflow, it verifies nothing. */
  | 'reading_unconfirmed'
  | 'receipt_already_confirmed';

/** An event that does not apply: returned, never thrown, so the caller can log and move on. */
export interface TransitionRejection {
  code: RejectionCode;
  status: RequestStatus;
  event: RequestEventKind;
}

export type TransitionResult =
  | { ok: true; next: RequestState; actions: WorkflowAction[] }
  | { ok: false; rejection: TransitionRejection };

/** A new request's state, as decideInbound creates it. */
export function initialRequestState(
  fields: Pick<RequestState, 'reference' | 'type' | 'accessScope' | 'requester' | 'lang' | 'due' | 'timeZone'>,
): RequestState {
  return {
    ...fields,
    status: 'received',
    acknowledged: false,
    receiptConfirmed: false,
    agentPermission: false,
    verifiedAt: null,
    extensionUsed: false,
    hold: null,
    denialReason: null,
    overdueFlagged: false,
  };
}
