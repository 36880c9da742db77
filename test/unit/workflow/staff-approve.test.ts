/**
 * Verification is never implied (issue 14 item 1; §7060-§7062): staff may approve a request the
 * bot could not verify once they verified it by other means, and the audit says how; a bare
 * `approve` of a reading nobody confirmed verifies nothing. The confirmation of receipt (§7021(a))
 * goes out by the confirm-by date whatever staff do.
 */
import { describe, expect, it } from 'vitest';
import { dueDates } from '../../../src/pipeline/decide/clocks.js';
import { initialRequestState, type RequestState, type TransitionResult } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { planSweepEvents } from '../../../src/workflow/plan-sweep-events.js';

const AT = new Date('2026-11-30T18:00:00Z');
const base = initialRequestState({ reference: 'CCPA-2026-000007', type: 'deletion', accessScope: null, requester: 'self', lang: 'en', due: dueDates(new Date('2026-11-23T17:30:00Z'), 'deletion'), timeZone: 'America/Los_Angeles' });
const templates = (result: TransitionResult) => (result.ok ? result.actions.filter((a) => a.kind === 'send_mail').map((a) => a.kind === 'send_mail' && a.template) : []);
const audit = (result: TransitionResult) => (result.ok ? result.actions.find((a) => a.kind === 'audit') : undefined);

describe('staff_approve of an unverified request', () => {
  for (const status of ['received', 'awaiting_verification'] as const) {
    it(`goes from ${status} to in_progress, records the verification as staff approval, and tells the consumer`, () => {
      const state: RequestState = { ...base, status, acknowledged: true };
      const result = transition(state, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.next).toMatchObject({ status: 'in_progress', verifiedAt: AT });
      expect(templates(result)).toEqual(['verified']);
      expect(audit(result)).toMatchObject({ detail: { verifiedBy: 'staff_approval' } });
    });
  }

  it('on a request whose reading nobody confirmed (the bot was unsure), verifies nothing: the caller starts the workflow', () => {
    const result = transition(base, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    expect(result).toMatchObject({ ok: false, rejection: { code: 'reading_unconfirmed' } });
  });

  it('`verify METHOD` marks verified even before the reading was confirmed, and the audit records the method', () => {
    const result = transition(base, { kind: 'staff_approve', method: 'phone', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    expect(result.ok && result.next).toMatchObject({ status: 'in_progress', verifiedAt: AT, receiptConfirmed: true });
    expect(templates(result)).toEqual(['verified']);
    expect(audit(result)).toMatchObject({ detail: { verifiedBy: 'phone' } });
  });

  it('an opt-out needs no verification (§7060(b)): approving it sends no "verified" mail', () => {
    const optOut: RequestState = { ...base, type: 'opt_out', status: 'verified', acknowledged: true };
    const result = transition(optOut, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    expect(templates(result)).toEqual([]);
    expect(result.ok && result.next.verifiedAt).toBeNull();
  });

  it('while an agent’s permission is awaited, accepts the permission and verifies nothing (§7063(a)(1), issue 14 item 6)', () => {
    const held: RequestState = { ...base, requester: 'agent', status: 'on_hold', hold: { reason: 'agent_permission', resume: 'received' } };
    expect(transition(held, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null })).toMatchObject({ ok: true, next: { status: 'received', agentPermission: true, verifiedAt: null } });
  });
});

describe('the confirmation of receipt by the confirm-by date (§7021(a))', () => {
  const policy = { reminderAfterDays: 7, staffAlertDaysBefore: 5 };
  const view = (state: RequestState) => ({ state, receivedAt: new Date('2026-11-23T17:30:00Z'), lastReminderAt: null, alertedForDue: null });
  const localNoon = (date: string) => new Date(`${date}T20:00:00Z`);

  it('the sweep sends it two days before the confirm-by date when nobody has', () => {
    expect(base.due.confirmBy).toBe('2026-12-07');
    expect(planSweepEvents(view(base), localNoon('2026-12-04'), policy).event).toBeNull();
    expect(planSweepEvents(view(base), localNoon('2026-12-05'), policy).event).toMatchObject({ kind: 'receipt_confirmation_due' });
  });

  it('not when the bot answered at intake, or a challenge confirmed it', () => {
    const answered = transition(base, { kind: 'acknowledged', at: AT, actor: 'bot', messageId: null });
    expect(answered.ok && answered.next.receiptConfirmed).toBe(true);
    if (!answered.ok) return;
    expect(planSweepEvents(view(answered.next), localNoon('2026-12-06'), policy).event).toBeNull();
  });

  it('the event sends the acknowledgement once and does not move the request', () => {
    const sent = transition(base, { kind: 'receipt_confirmation_due', at: AT, actor: 'bot', messageId: null });
    expect(templates(sent)).toEqual(['acknowledgement']);
    expect(sent.ok && sent.next).toMatchObject({ status: 'received', receiptConfirmed: true, acknowledged: false });
    if (!sent.ok) return;
    expect(transition(sent.next, { kind: 'receipt_confirmation_due', at: AT, actor: 'bot', messageId: null })).toMatchObject({ ok: false, rejection: { code: 'receipt_already_confirmed' } });
  });
});
