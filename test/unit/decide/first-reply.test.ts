/**
 * The first reply to a new message, decided in one place: the acknowledgement confirms receipt
 * (ccpa-rules, Clocks: confirm within 10 business days, §7021), unless the workflow's first mails
 * already confirm receipt of every record the message opened.
 */
import { describe, expect, it } from 'vitest';
import type { PlannedReply } from '../../../src/pipeline/decide/decide-inbound.js';
import { firstReply, workflowAnswers, type FirstWorkflowMail } from '../../../src/pipeline/decide/first-reply.js';

const ACK: PlannedReply = { kind: 'acknowledgement', lang: 'en', to: 'dana@example.org' };
const mail = (requestId: number, template: FirstWorkflowMail['template'], to: FirstWorkflowMail['to'] = 'requester'): FirstWorkflowMail => ({ requestId, to, template });

describe('workflowAnswers', () => {
  it('lets the workflow write only where the acknowledgement was planned', () => {
    expect(workflowAnswers(ACK)).toBe(true);
    expect(workflowAnswers({ ...ACK, kind: 'question-received' })).toBe(false);
    expect(workflowAnswers({ ...ACK, kind: 'hipaa-redirect' })).toBe(false);
    // Unsure or over the reply limit (email-rules §2): staff answer.
    expect(workflowAnswers(null)).toBe(false);
  });
});

describe('firstReply', () => {
  it('leaves out the acknowledgement when a challenge confirms receipt of the one request (§7021)', () => {
    expect(firstReply(ACK, [1], [mail(1, 'verification-challenge')])).toBeNull();
  });

  it('leaves it out when each request got its own mail that confirms receipt', () => {
    expect(firstReply(ACK, [1, 2], [mail(1, 'verification-challenge'), mail(2, 'opt-out-confirmed')])).toBeNull();
    for (const template of ['limit-reached', 'agent-permission-request', 'parent-proof-request'] as const) expect(firstReply(ACK, [3], [mail(3, template)])).toBeNull();
  });

  it('keeps it when one record got nothing that confirms receipt (an unspecified request, no directory to verify against)', () => {
    expect(firstReply(ACK, [1, 2], [mail(1, 'verification-challenge')])).toEqual(ACK);
    expect(firstReply(ACK, [1], [])).toEqual(ACK);
  });

  it("keeps it when the confirming mail goes to someone else: an agent's consumer (§7063(a)(2))", () => {
    expect(firstReply(ACK, [1], [mail(1, 'consumer-confirmation', 'consumer')])).toEqual(ACK);
  });

  it('keeps it when the workflow mail is not one that confirms receipt', () => {
    expect(firstReply(ACK, [1], [mail(1, 'verified')])).toEqual(ACK);
  });

  it('sends nothing when nothing was planned, and the question or HIPAA reply as planned', () => {
    expect(firstReply(null, [1], [mail(1, 'verification-challenge')])).toBeNull();
    const question: PlannedReply = { ...ACK, kind: 'question-received' };
    expect(firstReply(question, [1], [])).toEqual(question);
  });
});
