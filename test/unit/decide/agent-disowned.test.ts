/**
 * The consumer answers our direct confirmation of an agent's request with "I did not authorize
 * this" (§7063(a)): the agent is denied for want of permission, the consumer is told the request
 * is closed with nothing done, and staff look for fraud. Never a "withdrawal" the agent never asked for.
 */
import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { detectDisowning, detectWithdrawal } from '../../../src/workflow/detect-withdrawal.js';
import { STAFF, ev, mails, newRequest, run } from './request-state-fixtures.js';

const ACK = ev({ kind: 'acknowledged' });
const PERMISSION = ev({ kind: 'agent_permission_received' });
const DISOWNS = ev({ kind: 'consumer_disowns_agent', actor: 'consumer' });

describe('consumer_disowns_agent', () => {
  it('denies the agent (reason: unverifiable, with the §7063 paragraph) and tells the consumer, in one step', () => {
    const waiting = run(run(newRequest('deletion', 'agent'), ACK).state, PERMISSION).state;
    const { state, actions } = run(waiting, DISOWNS);
    expect(state).toMatchObject({ status: 'denied', denialReason: 'unverifiable', hold: null });
    expect(mails(actions).map((m) => [m.template, m.to])).toEqual([
      ['denial', 'requester'],
      ['agent-disowned', 'consumer'],
    ]);
    expect(mails(actions)[0]?.data).toMatchObject({ agentNotConfirmed: true, reasonIs: { unverifiable: true } });
    expect(actions.filter((a) => a.kind === 'flag_staff')).toEqual([{ kind: 'flag_staff', reason: 'agent_disowned' }]);
  });

  it('applies while the agent is still asked for permission too', () => {
    const held = run(newRequest('access', 'agent'), ACK).state;
    expect(run(held, DISOWNS).state.status).toBe('denied');
  });

  it('is refused for a request the consumer made themself, and from anyone but the consumer', () => {
    const self = run(newRequest('deletion'), ACK).state;
    const r1 = transition(self, DISOWNS);
    expect(r1.ok ? 'accepted' : r1.rejection.code).toBe('invalid_transition');
    const agentRequest = run(newRequest('deletion', 'agent'), ACK).state;
    for (const actor of [STAFF, 'bot'] as const) {
      const r = transition(agentRequest, { ...DISOWNS, actor });
      expect(r.ok ? 'accepted' : r.rejection.code).toBe('actor_not_allowed');
    }
  });
});

describe('reading the consumer’s answer', () => {
  it.each(['I did not authorize this', "I didn't authorise this request", 'I never authorized anyone to act for me', 'No la autoricé.', 'Nunca autoricé a esa persona'])('"%s" disowns the agent', (text) => {
    expect(detectDisowning(text)).toBe(true);
    expect(detectWithdrawal(text)).toBe(true);
  });

  it.each(['Please withdraw my request', 'Cancelo mi solicitud', 'I authorized this agent to make this request.'])('"%s" does not disown anyone', (text) => {
    expect(detectDisowning(text)).toBe(false);
  });
});
