import { dueDates } from '../../../src/pipeline/decide/due-dates.js';
import { initialRequestState } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import type { Actor, RequestEvent, RequestState, SendMailAction, WorkflowAction } from '../../../src/pipeline/decide/request-state.js';
import type { RequestType, RequesterRole } from '../../../src/pipeline/types.js';

/** Received Monday 2026-01-05 10:00 PST: respond by 2026-02-19, extended 2026-04-05. */
export const RECEIVED_AT = new Date('2026-01-05T18:00:00Z');
export const STAFF: Actor = 'staff:privacy-lead@example.com';

export function newRequest(type: RequestType = 'access', requester: RequesterRole = 'self', scope: RequestState['accessScope'] = 'categories'): RequestState {
  return initialRequestState({
    reference: 'CCPA-2026-000123',
    type,
    accessScope: type === 'access' ? scope : null,
    requester,
    lang: 'en',
    due: dueDates(RECEIVED_AT, type),
    timeZone: 'America/Los_Angeles',
  });
}

type Base = 'at' | 'actor' | 'messageId';
type EventInput = (RequestEvent extends infer E ? (E extends RequestEvent ? Omit<E, Base> : never) : never) & Partial<Pick<RequestEvent, Base>>;

/** An event with defaults: the bot, now = a day after receipt, a message id. */
export function ev(input: EventInput): RequestEvent {
  return { at: new Date('2026-01-06T18:00:00Z'), actor: 'bot', messageId: 'm1@example.org', ...input } as RequestEvent;
}

/** Apply events in order; fails the test when one is rejected. */
export function run(state: RequestState, ...events: RequestEvent[]): { state: RequestState; actions: WorkflowAction[] } {
  let current = state;
  let actions: WorkflowAction[] = [];
  for (const event of events) {
    const result = transition(current, event);
    if (!result.ok) throw new Error(`rejected ${event.kind} in ${current.status}: ${result.rejection.code}`);
    current = result.next;
    actions = result.actions;
  }
  return { state: current, actions };
}

export function mails(actions: WorkflowAction[]): SendMailAction[] {
  return actions.filter((a): a is SendMailAction => a.kind === 'send_mail');
}

export const CHALLENGE = ev({
  kind: 'verification_requested',
  code: 'ABCDEFGH',
  expiresAt: new Date('2026-01-20T07:30:00Z'),
  degree: { level: 'reasonable', dataPointsRequired: 2, dataPointsToProvide: 1, declarationRequired: false },
});
