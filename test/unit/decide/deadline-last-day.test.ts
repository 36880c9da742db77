/**
 * Answers by day 45 (issue 18 item 3): an unverifiable denial goes out on or before the last day,
 * in the business's time zone (ccpa-rules, Clocks; §1798.130(a)(2), §7021(b), §7024(b)), also on
 * the days the clocks change in Los Angeles.
 */
import { describe, expect, it } from 'vitest';
import { dueDates } from '../../../src/pipeline/decide/clocks.js';
import { initialRequestState, type RequestState } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import type { RequestType } from '../../../src/pipeline/types.js';

function awaiting(receivedAt: Date, type: RequestType = 'deletion', timeZone = 'America/Los_Angeles'): RequestState {
  const base = initialRequestState({ reference: 'CCPA-2026-000777', type, accessScope: null, requester: 'self', lang: 'en', due: dueDates(receivedAt, type, { timeZone, holidays: [], confirmBusinessDays: 10, responseCalendarDays: 45, extensionCalendarDays: 45, optOutBusinessDays: 15 }), timeZone });
  return { ...base, status: 'awaiting_verification', acknowledged: true };
}
const sweep = (state: RequestState, at: string) => transition(state, { kind: 'sweep_overdue', at: new Date(at), actor: 'bot', messageId: null });
const outcome = (state: RequestState, at: string) => {
  const result = sweep(state, at);
  return result.ok ? `${result.next.status}:${result.next.denialReason}` : result.rejection.code;
};

describe('the unverifiable denial on the last day, not after it (§1798.130(a)(2), §7024(b))', () => {
  // Received Monday 2026-11-23 09:30 PST: day 45 is 2027-01-07, which begins at 08:00 UTC.
  const state = awaiting(new Date('2026-11-23T17:30:00Z'));

  it('waits through day 44', () => {
    expect(state.due.respondBy).toBe('2027-01-07');
    expect(outcome(state, '2027-01-07T07:59:59Z')).toBe('not_overdue');
  });

  it('denies from the first minute of day 45, and the mail is dated that day', () => {
    expect(outcome(state, '2027-01-07T08:00:00Z')).toBe('denied:unverifiable');
    const result = sweep(state, '2027-01-07T08:00:00Z');
    expect(result.ok && result.actions.find((a) => a.kind === 'send_mail')).toMatchObject({ template: 'unverifiable-denial', dates: { dueDate: '2027-01-07' } });
  });

  it('still denies a request the sweep reaches late (the daemon was down on the last day)', () => {
    expect(outcome(state, '2027-01-09T12:00:00Z')).toBe('denied:unverifiable');
  });

  it('uses the business time zone, not UTC: in New York the last day begins three hours earlier', () => {
    const eastern = awaiting(new Date('2026-11-23T17:30:00Z'), 'deletion', 'America/New_York');
    expect(outcome(eastern, '2027-01-07T04:59:00Z')).toBe('not_overdue');
    expect(outcome(eastern, '2027-01-07T05:00:00Z')).toBe('denied:unverifiable');
  });
});

describe('around the changes of clock in Los Angeles', () => {
  it('when day 45 is the day summer time ends (2026-11-01, 25 hours long)', () => {
    const state = awaiting(new Date('2026-09-17T17:00:00Z'));
    expect(state.due.respondBy).toBe('2026-11-01');
    // 2026-11-01 begins at 00:00 PDT = 07:00 UTC.
    expect(outcome(state, '2026-11-01T06:59:00Z')).toBe('not_overdue');
    expect(outcome(state, '2026-11-01T07:00:00Z')).toBe('denied:unverifiable');
  });

  it('when day 45 is the day summer time begins (2027-03-14, 23 hours long)', () => {
    const state = awaiting(new Date('2027-01-28T18:00:00Z'));
    expect(state.due.respondBy).toBe('2027-03-14');
    // 2027-03-14 begins at 00:00 PST = 08:00 UTC.
    expect(outcome(state, '2027-03-14T07:59:00Z')).toBe('not_overdue');
    expect(outcome(state, '2027-03-14T08:00:00Z')).toBe('denied:unverifiable');
  });

  it('when day 45 follows the change (2026-11-02 begins at 00:00 PST = 08:00 UTC)', () => {
    const state = awaiting(new Date('2026-09-18T17:00:00Z'));
    expect(state.due.respondBy).toBe('2026-11-02');
    expect(outcome(state, '2026-11-02T07:59:00Z')).toBe('not_overdue');
    expect(outcome(state, '2026-11-02T08:00:00Z')).toBe('denied:unverifiable');
  });
});

describe('a request that does not wait on the requester is flagged only after its last day', () => {
  it('a verified request in progress: the overdue flag once the day has ended', () => {
    const state = { ...awaiting(new Date('2026-11-23T17:30:00Z')), status: 'in_progress' as const };
    expect(outcome(state, '2027-01-07T20:00:00Z')).toBe('not_overdue');
    expect(outcome(state, '2027-01-08T08:00:00Z')).toBe('needs_staff:null');
  });
});
