import type { Db } from '../store/db.js';
import type { TransitionRejection } from '../pipeline/decide/request-state.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';

/** A message the action queued, for the staff member's confirmation and the command line. */
export interface QueuedStaffMail {
  kind: string;
  to: string;
}

export interface StaffActionOutcome {
  applied: boolean;
  /** For staff: what happened, in a sentence. */
  outcomeText: string;
  /** Why it was not applied: a state-machine rejection code or a refusal reason. */
  code: string | null;
  status: string | null;
  /** What the requester will receive. */
  mails: QueuedStaffMail[];
  /** The state machine's refusal, when that is why it was not applied. */
  rejection: TransitionRejection | null;
}

export interface ActionContext {
  trx: Db;
  deps: WorkflowDeps;
  inboundId: number | null;
  now: Date;
  staffAddress: string;
  requestId: number;
}

export const notDone = (code: string, outcomeText: string, rejection: TransitionRejection | null = null): StaffActionOutcome => ({
  applied: false,
  outcomeText,
  code,
  status: rejection?.status ?? null,
  mails: [],
  rejection,
});
export const done = (outcomeText: string, status: string | null, mails: QueuedStaffMail[] = []): StaffActionOutcome => ({ applied: true, outcomeText, code: null, status, mails, rejection: null });

