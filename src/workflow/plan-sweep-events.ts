import { addCalendarDays, toLocalDate } from '../pipeline/decide/clocks.js';
import type { IsoDate } from '../shared/local-date.js';
import type { RequestEvent, RequestState } from '../pipeline/decide/request-state.js';
import { currentDeadline, isPastDeadline, isUnverifiedOnLastDay } from '../pipeline/decide/workflow-mail.js';

export interface SweepView {
  state: RequestState;
  receivedAt: Date;
  lastReminderAt: Date | null;
  alertedForDue: string | null;
}

export interface SweepPlan {
  /** `sweep_overdue`, `receipt_confirmation_due` or `reminder_due`, or null when nothing is due. */
  event: RequestEvent | null;
  /** The deadline to alert staff about (once per deadline), or null. */
  alertFor: string | null;
}

export interface SweepPolicy {
  reminderAfterDays: number;
  staffAlertDaysBefore: number;
}

/**
 * Days before the confirm-by date (§7021(a)) on which the bot confirms receipt nobody confirmed:
 * early enough that a daemon stopped for a day still keeps the date.
 */
export const RECEIPT_CONFIRMATION_MARGIN_DAYS = 2;

/** True when no mail has confirmed receipt and the confirm-by date is close (states from before the field: the acknowledgement did). */
export function receiptConfirmationDue(state: RequestState, today: IsoDate): boolean {
  const confirmed = state.receiptConfirmed ?? state.acknowledged;
  return !confirmed && state.due.confirmBy !== null && today >= addCalendarDays(state.due.confirmBy, -RECEIPT_CONFIRMATION_MARGIN_DAYS);
}

/**
 * What a scheduled sweep does to one request at `now` (pure). On the last day for a request still
 * unverified, or past the deadline: `sweep_overdue` (the state machine denies an unverified request
 * on its last day, §7024(b), §1798.130(a)(2), or flags staff once past it). Otherwise the
 * confirmation of receipt nobody sent, by the confirm-by date (§7021(a)), or one
 * reminder to a requester we still wait for, `reminderAfterDays` after receipt, and one staff alert
 * `staffAlertDaysBefore` days before the deadline in force.
 */
export function planSweepEvents(view: SweepView, now: Date, policy: SweepPolicy): SweepPlan {
  const { state } = view;
  const cause = { at: now, actor: 'bot' as const, messageId: null };
  const deadline = currentDeadline(state);
  const today = toLocalDate(now, state.timeZone);
  const alertFor = view.alertedForDue !== deadline && today >= addCalendarDays(deadline, -policy.staffAlertDaysBefore) ? deadline : null;
  if (isPastDeadline(state, now) || isUnverifiedOnLastDay(state, now)) return { event: { ...cause, kind: 'sweep_overdue' }, alertFor: null };
  if (receiptConfirmationDue(state, today)) return { event: { ...cause, kind: 'receipt_confirmation_due' }, alertFor };
  // An agent's document waiting for staff to check it is no reason to remind the agent (§7063(a)(1)).
  const waiting = state.status === 'awaiting_verification' || (state.status === 'on_hold' && state.hold?.reason !== 'staff' && state.hold?.documentIn !== true);
  const remindAt = view.receivedAt.getTime() + policy.reminderAfterDays * 86_400_000;
  if (waiting && view.lastReminderAt === null && now.getTime() >= remindAt) return { event: { ...cause, kind: 'reminder_due' }, alertFor };
  return { event: null, alertFor };
}
