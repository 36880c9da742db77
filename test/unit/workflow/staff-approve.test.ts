/**
 * Staff may approve a request the bot could not verify once they verified it by other means
 * (§7060-§7062 leave the method to the business); the consumer is told it is verified.
 */
import { describe, expect, it } from 'vitest';
import { dueDates } from '../../../src/pipeline/decide/clocks.js';
import { initialRequestState, type RequestState } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';

const AT = new Date('2026-11-30T18:00:00Z');
const base = initialRequestState({ reference: 'CCPA-2026-000007', type: 'deletion', accessScope: null, requester: 'self', lang: 'en', due: dueDates(new Date('2026-11-23T17:30:00Z'), 'deletion'), timeZone: 'America/Los_Angeles' });

describe('staff_approve of an unverified request', () => {
  for (const status of ['received', 'awaiting_verification'] as const) {
    it(`goes from ${status} to in_progress, records the verification, and tells the consumer`, () => {
      const state: RequestState = { ...base, status, acknowledged: true };
      const result = transition(state, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.next).toMatchObject({ status: 'in_progress', verifiedAt: AT });
      expect(result.actions.filter((a) => a.kind === 'send_mail').map((a) => a.kind === 'send_mail' && a.template)).toEqual(['verified']);
    });
  }

  it('is still refused while an agent’s permission is awaited (§7063(a)(1))', () => {
    const held: RequestState = { ...base, requester: 'agent', status: 'on_hold', hold: { reason: 'agent_permission', resume: 'received' } };
    expect(transition(held, { kind: 'staff_approve', at: AT, actor: 'staff:rosa.alvarez', messageId: null })).toMatchObject({ ok: false, rejection: { code: 'invalid_transition' } });
  });
});
