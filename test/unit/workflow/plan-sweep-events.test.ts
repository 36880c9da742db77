/** The sweep's plan for one request, pure (ccpa-rules, Clocks; §7024(b)). */
import { describe, expect, it } from 'vitest';
import { dueDates } from '../../../src/pipeline/decide/clocks.js';
import { initialRequestState, type RequestState } from '../../../src/pipeline/decide/request-state.js';
import { planSweepEvents } from '../../../src/workflow/plan-sweep-events.js';

const RECEIVED = new Date('2026-11-23T17:30:00Z');
const at = (days: number) => new Date(RECEIVED.getTime() + days * 86_400_000);
const policy = { reminderAfterDays: 7, staffAlertDaysBefore: 5 };
const state = (fields: Partial<RequestState> = {}): RequestState => ({
  ...initialRequestState({ reference: 'CCPA-2026-000001', type: 'deletion', accessScope: null, requester: 'self', lang: 'en', due: dueDates(RECEIVED, 'deletion'), timeZone: 'America/Los_Angeles' }),
  status: 'awaiting_verification',
  acknowledged: true,
  receiptConfirmed: true,
  ...fields,
});
const view = (fields: Partial<RequestState> = {}, extra: { lastReminderAt?: Date; alertedForDue?: string } = {}) => ({
  state: state(fields),
  receivedAt: RECEIVED,
  lastReminderAt: extra.lastReminderAt ?? null,
  alertedForDue: extra.alertedForDue ?? null,
});

describe('planSweepEvents', () => {
  it('does nothing in the first week', () => {
    expect(planSweepEvents(view(), at(6), policy)).toEqual({ event: null, alertFor: null });
  });

  it('reminds once a week after receipt while verification is awaited', () => {
    expect(planSweepEvents(view(), at(7), policy).event?.kind).toBe('reminder_due');
    expect(planSweepEvents(view({}, { lastReminderAt: at(7) }), at(8), policy).event).toBeNull();
  });

  it('does not remind a request that waits for staff', () => {
    expect(planSweepEvents(view({ status: 'verified' }), at(8), policy).event).toBeNull();
  });

  it('reminds an agent who has sent nothing, never one whose document waits for staff to check (§7063(a)(1), issue 14 item 6)', () => {
    const held = { requester: 'agent' as const, status: 'on_hold' as const };
    expect(planSweepEvents(view({ ...held, hold: { reason: 'agent_permission', resume: 'received' } }), at(8), policy).event?.kind).toBe('reminder_due');
    expect(planSweepEvents(view({ ...held, hold: { reason: 'agent_permission', resume: 'received', documentIn: true } }), at(8), policy).event).toBeNull();
  });

  it('alerts staff from five days before the deadline (2027-01-07), once per deadline', () => {
    expect(planSweepEvents(view({ status: 'in_progress' }), new Date('2027-01-01T20:00:00Z'), policy).alertFor).toBeNull();
    expect(planSweepEvents(view({ status: 'in_progress' }), new Date('2027-01-02T20:00:00Z'), policy).alertFor).toBe('2027-01-07');
    expect(planSweepEvents(view({ status: 'in_progress' }, { alertedForDue: '2027-01-07' }), new Date('2027-01-03T20:00:00Z'), policy).alertFor).toBeNull();
  });

  it('plans sweep_overdue for an unverified request once its last local day (2027-01-07) has begun, so the denial goes out on it (§1798.130(a)(2))', () => {
    const reminded = view({}, { lastReminderAt: at(7) });
    expect(planSweepEvents(reminded, new Date('2027-01-07T07:59:00Z'), policy).event).toBeNull();
    expect(planSweepEvents(reminded, new Date('2027-01-07T08:00:00Z'), policy).event).toMatchObject({ kind: 'sweep_overdue', actor: 'bot', messageId: null });
  });

  it('plans sweep_overdue for a request staff hold only once the local deadline day has ended', () => {
    const inProgress = view({ status: 'in_progress' }, { alertedForDue: '2027-01-07' });
    expect(planSweepEvents(inProgress, new Date('2027-01-08T07:59:00Z'), policy).event).toBeNull();
    expect(planSweepEvents(inProgress, new Date('2027-01-08T08:01:00Z'), policy).event).toMatchObject({ kind: 'sweep_overdue' });
  });
});
