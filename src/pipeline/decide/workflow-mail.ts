import { endOfLocalDay, startOfLocalDay, toLocalDate } from '../../shared/local-date.js';
import { isOptOutLike } from './due-dates.js';
import type { IsoDate } from '../../shared/local-date.js';
import type { ActionDetail, RequestEvent, RequestState, RejectionCode, SendMailAction } from './request-state.js';
import type { TemplateKind } from './template-kinds.js';

/** What one handler decides; `transition` adds the audit entry and the staff flags (flags-raised.ts). */
export interface Outcome {
  next: RequestState;
  mail?: SendMailAction[];
  detail?: ActionDetail;
}

export type Handler<E extends RequestEvent> = (state: RequestState, event: E) => Outcome | RejectionCode;

/** The response deadline in force: the extended one once the extension is used. */
export function currentDeadline(state: RequestState): IsoDate {
  return state.extensionUsed && state.due.extendedRespondBy !== null ? state.due.extendedRespondBy : state.due.respondBy;
}

/** True once the local deadline day has ended in the request's time zone. */
export function isPastDeadline(state: RequestState, at: Date, deadline: IsoDate = currentDeadline(state)): boolean {
  return at.getTime() > endOfLocalDay(deadline, state.timeZone).getTime();
}

/**
 * True once the request waits on the requester for proof (verification, an agent's permission, a
 * parent's proof) and its last day has begun in the business's time zone: an automatic answer tied
 * to the deadline must go out on or before that day (§1798.130(a)(2), §7021(b)), so it is made at
 * the day's start, leaving the whole day for the outbox to deliver it despite retries. Never for an
 * opt-out or limit, which waits on nobody's proof (§7060(b)).
 */
export function isUnverifiedOnLastDay(state: RequestState, at: Date): boolean {
  const waitingOnRequester = state.status === 'awaiting_verification' || (state.status === 'on_hold' && state.hold?.reason !== 'staff');
  return waitingOnRequester && !isOptOutLike(state.type) && at.getTime() >= startOfLocalDay(currentDeadline(state), state.timeZone).getTime();
}

/** The local calendar date of an instant, in the request's time zone (for dates shown in mail). */
export function localDate(state: RequestState, at: Date): IsoDate {
  return toLocalDate(at, state.timeZone);
}

/**
 * A mail action. Every message names the receipt date and the deadline in force (ccpa-rules,
 * What every answer contains); kind-specific dates are added by the caller.
 */
export function mail(
  state: RequestState,
  template: TemplateKind,
  data: Record<string, unknown> = {},
  dates: Record<string, IsoDate> = {},
  to: SendMailAction['to'] = 'requester',
): SendMailAction {
  return {
    kind: 'send_mail',
    template,
    to,
    data: { requestType: state.type, ...data },
    dates: { receivedDate: state.due.receivedOn, dueDate: currentDeadline(state), ...dates },
  };
}
