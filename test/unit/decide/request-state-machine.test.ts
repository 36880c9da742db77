import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { CHALLENGE, STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';
import type { RequestState } from '../../../src/pipeline/decide/request-state.js';

const ACK = ev({ kind: 'acknowledged' });

function rejected(state: RequestState, event: Parameters<typeof transition>[1]): string {
  const result = transition(state, event);
  return result.ok ? 'accepted' : result.rejection.code;
}

describe('acknowledged: the first step depends on who asks and what', () => {
  it('waits for verification for a consumer asking for themselves, with an audit entry', () => {
    const { state, actions } = run(newRequest(), ACK);
    expect(state).toMatchObject({ status: 'received', acknowledged: true });
    expect(actions).toEqual([
      { kind: 'audit', event: 'acknowledged', actor: 'bot', messageId: 'm1@example.org', at: ACK.at, from: 'received', to: 'received', detail: {} },
    ]);
  });

  it('asks an agent for signed permission first (§7063(a)(1))', () => {
    const { state, actions } = run(newRequest('deletion', 'agent'), ACK);
    expect(state).toMatchObject({ status: 'on_hold', hold: { reason: 'agent_permission', resume: 'received' } });
    expect(mails(actions).map((m) => m.template)).toEqual(['agent-permission-request']);
  });

  it('asks a parent for proof of parenthood (§7070)', () => {
    const { state, actions } = run(newRequest('access', 'parent'), ACK);
    expect(state.hold?.reason).toBe('parent_proof');
    expect(mails(actions).map((m) => m.template)).toEqual(['parent-proof-request']);
  });

  it('confirms opt-out and limit at once, with no verification (§7060(b))', () => {
    for (const type of ['opt_out', 'limit_sensitive'] as const) {
      const { state, actions } = run(newRequest(type), ACK);
      expect(state.status).toBe('verified');
      expect(mails(actions)[0]).toMatchObject({ template: 'opt-out-confirmed', dates: { dueDate: '2026-01-26' } });
      expect(rejected(newRequest(type), CHALLENGE)).toBe('verification_not_required');
    }
  });

  it('happens once', () => {
    expect(rejected(run(newRequest(), ACK).state, ACK)).toBe('invalid_transition');
  });
});

describe('verification (§7060-§7062)', () => {
  it('sends the code to the requester and keeps it out of the audit', () => {
    const { state, actions } = run(newRequest(), ACK, CHALLENGE);
    expect(state.status).toBe('awaiting_verification');
    expect(mails(actions)).toEqual([
      {
        kind: 'send_mail',
        template: 'verification-challenge',
        to: 'requester',
        data: { requestType: 'access', code: 'ABCD-EFGH', dataPointsToProvide: 1, declarationRequired: false },
        // 07:30 UTC on Jan 20 is still Jan 19 in Los Angeles.
        dates: { receivedDate: '2026-01-05', dueDate: '2026-02-19', codeExpiresDate: '2026-01-19' },
      },
    ]);
    const audit = actions.filter((a) => a.kind === 'audit');
    expect(JSON.stringify(audit)).not.toMatch(/ABCD/);
  });

  it("sends an agent's challenge to the consumer directly (§7063(a)(2))", () => {
    const { actions } = run(newRequest('access', 'agent'), ACK, ev({ kind: 'agent_permission_received' }), CHALLENGE);
    expect(mails(actions)[0]).toMatchObject({ template: 'consumer-confirmation', to: 'consumer' });
  });

  it('lets an agent opt out for the consumer once permission is in, without verification', () => {
    const { state, actions } = run(newRequest('opt_out', 'agent'), ACK, ev({ kind: 'agent_permission_received' }));
    expect(state).toMatchObject({ status: 'verified', agentPermission: true });
    expect(mails(actions)[0]?.template).toBe('opt-out-confirmed');
  });

  it('accepts a matching code once and tells the consumer', () => {
    const { state, actions } = run(newRequest(), ACK, CHALLENGE, ev({ kind: 'code_accepted', actor: 'consumer', messageId: 'm2@example.org' }));
    expect(state.status).toBe('verified');
    expect(state.verifiedAt).toEqual(CHALLENGE.at);
    expect(actions[0]).toMatchObject({ actor: 'consumer', messageId: 'm2@example.org', from: 'awaiting_verification', to: 'verified' });
    expect(mails(actions)[0]?.template).toBe('verified');
  });

  it('answers a specific-pieces request verified only to the categories degree as categories (§7024(a)), keeping what was asked', () => {
    const start = newRequest('access', 'self', 'specific_pieces');
    const partial = { dataPointsRequired: 3, fromAddress: 1, matched: ['date_of_birth' as const], declarationSigned: false };
    const { state, actions } = run(start, ACK, CHALLENGE, ev({ kind: 'code_accepted', partial }));
    expect(state).toMatchObject({ status: 'verified', accessScope: 'specific_pieces', partialVerification: partial, verifiedDegree: 'reasonable' });
    expect(mails(actions).map((m) => [m.template, m.data.missingDataPoints, m.data.missingDeclaration])).toEqual([['copy-details-needed', 1, true]]);
  });

  it('counts wrong codes and hands the request to staff when tries run out', () => {
    const waiting = run(newRequest(), ACK, CHALLENGE).state;
    const once = run(waiting, ev({ kind: 'code_rejected', attemptsLeft: 2 }));
    expect(once.state.status).toBe('awaiting_verification');
    expect(mails(once.actions).map((m) => [m.template, m.data.attemptsLeft])).toEqual([['code-rejected', 2]]);
    const last = run(waiting, ev({ kind: 'code_rejected', attemptsLeft: 0 }));
    expect(last.state.status).toBe('needs_staff');
    expect(last.actions).toContainEqual({ kind: 'flag_staff', reason: 'verification_attempts_exhausted' });
  });

  it('denies as unverifiable when verification expires, saying so (§7024(b), §7022(a))', () => {
    const { state, actions } = run(newRequest('deletion'), ACK, CHALLENGE, ev({ kind: 'verification_expired' }));
    expect(state).toMatchObject({ status: 'denied', denialReason: 'unverifiable' });
    expect(mails(actions)[0]).toMatchObject({ template: 'unverifiable-denial', data: { reasonIs: { unverifiable: true } } });
  });

  it('reminds only while waiting on the requester', () => {
    const { actions } = run(newRequest(), ACK, CHALLENGE, ev({ kind: 'reminder_due' }));
    expect(mails(actions)[0]).toMatchObject({ template: 'reminder', data: { waitingFor: 'verification' } });
    expect(rejected(run(newRequest('opt_out'), ACK).state, ev({ kind: 'reminder_due' }))).toBe('invalid_transition');
  });

  it('refuses a code for a request that is not waiting for one', () => {
    expect(rejected(newRequest(), ev({ kind: 'code_accepted' }))).toBe('invalid_transition');
  });
});

describe('the access/portability limit (§1798.130(b))', () => {
  it('explains a third request in 12 months instead of ignoring it', () => {
    const { state, actions } = run(newRequest('portability'), ev({ kind: 'limit_exceeded', newRequestFrom: '2026-04-01' }));
    expect(state).toMatchObject({ status: 'denied', denialReason: 'too_many_requests' });
    expect(mails(actions)[0]?.template).toBe('limit-reached');
  });

  it('does not apply to deletion, correction, opt-out or limit', () => {
    for (const type of ['deletion', 'correction', 'opt_out', 'limit_sensitive'] as const) {
      expect(rejected(newRequest(type), ev({ kind: 'limit_exceeded', newRequestFrom: '2026-04-01' }))).toBe('limit_not_applicable');
    }
  });
});

describe('parents (§7070)', () => {
  it('sends proof to staff, and approval counts as verification', () => {
    const held = run(newRequest('access', 'parent'), ACK, ev({ kind: 'parent_proof_received', actor: 'consumer' }));
    expect(held.state.status).toBe('needs_staff');
    expect(held.actions).toContainEqual({ kind: 'flag_staff', reason: 'parent_proof_to_review' });
    const approved = run(held.state, ev({ kind: 'staff_approve', actor: STAFF }));
    expect(approved.state.status).toBe('in_progress');
    expect(approved.state.verifiedAt).not.toBeNull();
    expect(mails(approved.actions)[0]?.template).toBe('verified');
  });
});
