/**
 * An agent's permission is a staff decision (issue 14 item 6, §7063(a)(1)): a document from the
 * agent is flagged for a person to check; `approve` accepts it, `deny` refuses it.
 */
import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';

const ACK = ev({ kind: 'acknowledged' });
const DOCUMENT = ev({ kind: 'agent_permission_document', actor: 'consumer', messageId: 'permission@agents.example.net' });
const APPROVE = ev({ kind: 'staff_approve', actor: STAFF });
const flagsOf = (actions: ReturnType<typeof run>['actions']) => actions.flatMap((a) => (a.kind === 'flag_staff' ? [a.reason] : []));

describe("an agent's document", () => {
  it('keeps the request on hold, accepts nothing, and asks staff to check it', () => {
    const { state, actions } = run(newRequest('deletion', 'agent'), ACK, DOCUMENT);
    expect(state).toMatchObject({ status: 'on_hold', hold: { reason: 'agent_permission', resume: 'received', documentIn: true }, agentPermission: false });
    expect(flagsOf(actions)).toContain('agent_permission_to_review');
    expect(mails(actions)).toEqual([]);
  });

  it('does not apply to a request that waits for nothing from an agent', () => {
    const result = transition(newRequest('deletion', 'self'), DOCUMENT);
    expect(result.ok ? 'accepted' : result.rejection.code).toBe('invalid_transition');
  });

  it('staff approve accepts the permission: the consumer confirms directly next, nothing is verified', () => {
    const held = run(newRequest('deletion', 'agent'), ACK, DOCUMENT).state;
    const { state, actions } = run(held, APPROVE);
    expect(state).toMatchObject({ status: 'received', hold: null, agentPermission: true, verifiedAt: null });
    expect(mails(actions)).toEqual([]);
  });

  it('staff approve on an opt-out confirms it, with no verification (§7060(b)), and flags it ready', () => {
    const held = run(newRequest('opt_out', 'agent'), ACK, DOCUMENT).state;
    const { state, actions } = run(held, APPROVE);
    expect(state).toMatchObject({ status: 'verified', agentPermission: true });
    expect(mails(actions).map((m) => m.template)).toEqual(['opt-out-confirmed']);
    expect(flagsOf(actions)).toEqual(['verified_ready']);
  });

  it('staff deny refuses it', () => {
    const held = run(newRequest('deletion', 'agent'), ACK, DOCUMENT).state;
    const { state } = run(held, ev({ kind: 'staff_deny', actor: STAFF, reason: 'unverifiable' }));
    expect(state).toMatchObject({ status: 'denied', agentPermission: false });
  });
});
