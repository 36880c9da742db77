/**
 * Issue 14 item 6: a refused command says what to do next in plain words, never "invalid
 * transition"; a suspected-fraud denial of an agent's request goes to the consumer, not the agent.
 */
import { describe, expect, it } from 'vitest';
import { dueDates } from '../../../src/pipeline/decide/clocks.js';
import { initialRequestState, type RequestState } from '../../../src/pipeline/decide/request-state.js';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { refusalText } from '../../../src/staff/refusal-text.js';

const AT = new Date('2026-11-30T18:00:00Z');
const agentRequest: RequestState = {
  ...initialRequestState({ reference: 'CCPA-2026-000042', type: 'deletion', accessScope: null, requester: 'agent', lang: 'en', due: dueDates(new Date('2026-11-23T17:30:00Z'), 'deletion'), timeZone: 'America/Los_Angeles' }),
  status: 'on_hold',
  hold: { reason: 'agent_permission', resume: 'received' },
};

describe('refusals in plain words', () => {
  it('complete while an agent’s permission is awaited says what to wait for and what else can be done', () => {
    const result = transition(agentRequest, { kind: 'staff_complete', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    if (result.ok) throw new Error('complete should be refused while the permission is awaited');
    const text = refusalText('complete', result.rejection);
    expect(text).toContain('waiting for the agent’s signed permission');
    expect(text).toMatch(/approve|deny/);
    expect(text).not.toMatch(/invalid.transition/i);
  });
});

describe('suspected fraud (ccpa-rules, Verification rules)', () => {
  it('the denial of an agent’s request goes to the consumer, not to the suspected agent', () => {
    const result = transition(agentRequest, { kind: 'staff_deny', reason: 'suspected_fraud', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    const mails = result.ok ? result.actions.filter((a) => a.kind === 'send_mail') : [];
    expect(mails).toMatchObject([{ template: 'denial', to: 'consumer' }]);
  });

  it('another denial of an agent’s request still answers the agent who asked', () => {
    const result = transition(agentRequest, { kind: 'staff_deny', reason: 'not_california', at: AT, actor: 'staff:rosa.alvarez', messageId: null });
    const mails = result.ok ? result.actions.filter((a) => a.kind === 'send_mail') : [];
    expect(mails).toMatchObject([{ template: 'denial', to: 'requester' }]);
  });
});
