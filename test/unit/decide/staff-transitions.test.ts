import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { CHALLENGE, STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';
import type { RequestEvent, RequestState } from '../../../src/pipeline/decide/request-state.js';
import type { RequestType } from '../../../src/pipeline/types.js';

const ACK = ev({ kind: 'acknowledged' });
const ACCEPT = ev({ kind: 'code_accepted', actor: 'consumer' });
const APPROVE = ev({ kind: 'staff_approve', actor: STAFF });

function verified(type: RequestType = 'access', scope: RequestState['accessScope'] = 'categories'): RequestState {
  if (type === 'opt_out' || type === 'limit_sensitive') return run(newRequest(type), ACK).state;
  return run(newRequest(type, 'self', scope), ACK, CHALLENGE, ACCEPT).state;
}

function code(state: RequestState, event: RequestEvent): string {
  const result = transition(state, event);
  return result.ok ? 'accepted' : result.rejection.code;
}

describe('only staff decide (email-rules §4)', () => {
  it('refuses staff events from the bot, the consumer or an empty staff address', () => {
    for (const actor of ['bot', 'consumer', 'staff:'] as const) {
      expect(code(verified(), ev({ kind: 'staff_approve', actor }))).toBe('actor_not_allowed');
      expect(code(verified(), ev({ kind: 'staff_deny', reason: 'other', actor }))).toBe('actor_not_allowed');
    }
  });

  it('records the staff member as the actor', () => {
    const { actions } = run(verified(), APPROVE);
    expect(actions[0]).toMatchObject({ kind: 'audit', actor: 'staff:privacy-lead@example.com', from: 'verified', to: 'in_progress' });
  });
});

describe('staff_extend: once, with notice, before day 45 ends (§1798.130(a)(2))', () => {
  // Day 45 is 2026-02-19; it ends at 2026-02-20T07:59:59.999Z (PST).
  const lastMinute = ev({ kind: 'staff_extend', reason: 'records held in three systems', actor: STAFF, at: new Date('2026-02-20T07:59:00Z') });
  const tooLate = ev({ kind: 'staff_extend', reason: 'late', actor: STAFF, at: new Date('2026-02-20T08:00:00Z') });

  it('extends to day 90 on day 45 and tells the consumer why', () => {
    const { state, actions } = run(verified(), APPROVE, lastMinute);
    expect(state).toMatchObject({ status: 'extended', extensionUsed: true });
    expect(mails(actions)).toEqual([
      {
        kind: 'send_mail',
        template: 'extension-notice',
        to: 'requester',
        data: { requestType: 'access', extensionReason: 'records held in three systems' },
        dates: { receivedDate: '2026-01-05', dueDate: '2026-04-05', originalDueDate: '2026-02-19' },
      },
    ]);
  });

  it('refuses after day 45, a second time, and for opt-out/limit (§7026(f), §7027)', () => {
    expect(code(run(verified(), APPROVE).state, tooLate)).toBe('extension_too_late');
    const extended = run(verified(), APPROVE, lastMinute).state;
    expect(code({ ...extended, status: 'in_progress' }, lastMinute)).toBe('extension_already_used');
    expect(code(verified('opt_out'), ev({ kind: 'staff_extend', reason: 'x', actor: STAFF }))).toBe('extension_not_allowed');
  });

  it('refuses while still waiting for verification', () => {
    const waiting = run(newRequest(), ACK, CHALLENGE).state;
    expect(code(waiting, ev({ kind: 'staff_extend', reason: 'x', actor: STAFF }))).toBe('invalid_transition');
  });
});

describe('staff_complete: one completion message per type', () => {
  const COMPLETE = ev({ kind: 'staff_complete', actor: STAFF });
  const cases: Array<[RequestType, RequestState['accessScope'], string]> = [
    ['access', 'categories', 'completion-access-categories'],
    ['access', 'specific_pieces', 'completion-access-specific'],
    ['portability', null, 'completion-access-specific'],
    ['deletion', null, 'completion-deletion'],
    ['correction', null, 'completion-correction'],
    ['opt_out', null, 'completion-opt-out'],
    ['limit_sensitive', null, 'completion-limit'],
  ];
  it.each(cases)('%s (%s) -> %s', (type, scope, template) => {
    const { state, actions } = run(verified(type, scope), APPROVE, COMPLETE);
    expect(state.status).toBe('completed');
    expect(mails(actions)[0]?.template).toBe(template);
  });

  it('says whether deletion deleted or deidentified (§7022(e))', () => {
    const { actions } = run(verified('deletion'), APPROVE, ev({ kind: 'staff_complete', deletionMethod: 'deidentified', actor: STAFF }));
    expect(mails(actions)[0]?.data).toMatchObject({ deletionMethod: 'deidentified', deidentified: true });
  });

  it('cannot complete an unverified request', () => {
    expect(code(run(newRequest(), ACK, CHALLENGE).state, COMPLETE)).toBe('invalid_transition');
  });
});

describe('denial, withdrawal and final states', () => {
  it('denies with a reason from the fixed vocabulary (§1798.145(i)(2))', () => {
    const { state, actions } = run(verified(), ev({ kind: 'staff_deny', reason: 'not_california', note: 'Oregon resident', actor: STAFF }));
    expect(state).toMatchObject({ status: 'denied', denialReason: 'not_california' });
    expect(mails(actions)[0]).toMatchObject({ template: 'denial', data: { denialReason: 'not_california', reasonIs: { not_california: true } } });
  });

  it('lets the consumer (or staff) withdraw, not the bot', () => {
    expect(run(verified(), ev({ kind: 'consumer_withdraws', actor: 'consumer' })).state.status).toBe('withdrawn');
    expect(run(verified(), ev({ kind: 'consumer_withdraws', actor: STAFF })).state.denialReason).toBe('withdrawn');
    expect(code(verified(), ev({ kind: 'consumer_withdraws', actor: 'bot' }))).toBe('actor_not_allowed');
  });

  it('accepts nothing after a final state', () => {
    const denied = run(verified(), ev({ kind: 'staff_deny', reason: 'other', actor: STAFF })).state;
    expect(code(denied, APPROVE)).toBe('final_state');
    expect(code(denied, ev({ kind: 'consumer_withdraws', actor: 'consumer' }))).toBe('final_state');
  });
});

describe('holds', () => {
  it('returns to the status it paused', () => {
    const held = run(verified(), APPROVE, ev({ kind: 'staff_hold', actor: STAFF })).state;
    expect(held).toMatchObject({ status: 'on_hold', hold: { reason: 'staff', resume: 'in_progress' } });
    expect(run(held, ev({ kind: 'staff_resume', actor: STAFF })).state).toMatchObject({ status: 'in_progress', hold: null });
  });

  it('does not let staff_resume skip an agent permission', () => {
    const waiting = run(newRequest('access', 'agent'), ACK).state;
    expect(code(waiting, ev({ kind: 'staff_resume', actor: STAFF }))).toBe('invalid_transition');
  });
});

describe('sweep_overdue (§1798.130(a)(2), §7024(b))', () => {
  const after45 = ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-02-20T08:00:00Z') });

  it('does nothing before the deadline day ends', () => {
    expect(code(verified(), ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-02-20T07:59:00Z') }))).toBe('not_overdue');
  });

  it('denies a still-unverified request as unverifiable', () => {
    const { state, actions } = run(run(newRequest(), ACK, CHALLENGE).state, after45);
    expect(state.status).toBe('denied');
    expect(mails(actions)[0]?.template).toBe('unverifiable-denial');
    expect(run(run(newRequest('access', 'agent'), ACK).state, after45).state.denialReason).toBe('unverifiable');
  });

  it('flags a verified request for staff, once', () => {
    const { state, actions } = run(verified(), APPROVE, after45);
    expect(state).toMatchObject({ status: 'needs_staff', overdueFlagged: true });
    expect(actions).toContainEqual({ kind: 'flag_staff', reason: 'overdue' });
    expect(actions[0]).toMatchObject({ actor: 'bot', messageId: null, detail: { deadline: '2026-02-19' } });
    expect(code(state, after45)).toBe('not_overdue');
  });

  it('uses the extended deadline once extended', () => {
    const extended = run(verified(), APPROVE, ev({ kind: 'staff_extend', reason: 'volume', actor: STAFF })).state;
    expect(code(extended, after45)).toBe('not_overdue');
    // 2026-04-05 is in PDT: the day ends at 2026-04-06T06:59:59.999Z.
    expect(code(extended, ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-04-06T06:59:00Z') }))).toBe('not_overdue');
    expect(code(extended, ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-04-06T07:00:00Z') }))).toBe('accepted');
  });

  it('uses 15 business days for opt-out (§7026(f))', () => {
    expect(code(verified('opt_out'), ev({ kind: 'sweep_overdue', messageId: null, at: new Date('2026-01-27T08:00:00Z') }))).toBe('accepted');
  });
});
