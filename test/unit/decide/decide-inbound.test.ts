import { describe, expect, it } from 'vitest';
import { decideInbound, type Understanding } from '../../../src/pipeline/decide/decide-inbound.js';
import { DEFAULT_CLOCK_CONFIG } from '../../../src/pipeline/decide/clocks.js';
import { REJECTION_HANDLING } from '../../../src/pipeline/decide/rejections.js';
import type { Classification, InboundMail } from '../../../src/pipeline/types.js';

function mail(overrides: Partial<InboundMail> = {}): InboundMail {
  return {
    messageId: 'm1@example.org',
    messageKey: 'm1@example.org',
    from: { address: 'dana@example.org', name: 'Dana Whitfield' },
    replyTo: [{ address: 'elsewhere@example.net', name: '' }],
    to: [],
    cc: [],
    subject: 'Delete my data',
    sentAt: null,
    inReplyTo: null,
    references: [],
    headers: new Map(),
    contentType: 'text/plain',
    text: 'Please delete my data.',
    html: null,
    attachments: [],
    reportParts: [],
    rawSize: 100,
    // 2026-11-23 09:30 in Los Angeles.
    receivedAt: new Date('2026-11-23T17:30:00Z'),
    ...overrides,
  };
}

const human: Understanding = { mail: mail(), quarantine: null, verdict: { kind: 'human', reason: 'no machine signs' }, classification: null };
const noThread = { requests: [] };

describe('decideInbound', () => {
  it('acknowledges a human message, replying to From and not Reply-To (email-rules §2)', () => {
    const decision = decideInbound(human, noThread, DEFAULT_CLOCK_CONFIG);
    expect(decision).toMatchObject({ outcome: 'new_requests', reply: { kind: 'acknowledgement', to: 'dana@example.org', lang: 'en' } });
  });

  it('sets the response due date 45 calendar days after the local date of receipt (§1798.130(a)(2))', () => {
    const decision = decideInbound(human, noThread, DEFAULT_CLOCK_CONFIG);
    expect(decision.outcome === 'new_requests' && decision.requests[0]).toMatchObject({ receivedOn: '2026-11-23', dueDate: '2027-01-07' });
  });

  it('opens one request per type asked, each with its own clock (ccpa-rules, Request types)', () => {
    const classification = { category: 'privacy_request', requestTypes: ['deletion', 'opt_out'], requester: 'self', lang: 'es' } as Classification;
    const decision = decideInbound({ ...human, classification }, noThread, DEFAULT_CLOCK_CONFIG);
    if (decision.outcome !== 'new_requests') throw new Error(decision.outcome);
    expect(decision.requests.map((r) => [r.type, r.dueDate, r.lang])).toEqual([
      ['deletion', '2027-01-07', 'es'],
      // Opt-out: 15 business days (§7026(f)); Thanksgiving is not in the default holiday list.
      ['opt_out', '2026-12-14', 'es'],
    ]);
    expect(decision.reply.lang).toBe('es');
  });

  it('joins the existing requests of a thread instead of opening new ones', () => {
    expect(decideInbound(human, { requests: [{ id: 7, reference: 'CCPA-2026-000007' }] }, DEFAULT_CLOCK_CONFIG)).toEqual({ outcome: 'joined_thread', requestIds: [7] });
  });

  it('never answers machine mail (email-rules §1)', () => {
    for (const kind of ['bounce', 'auto_reply', 'bulk', 'loop', 'spam', 'feedback_report'] as const) {
      const decision = decideInbound({ ...human, verdict: { kind, reason: `rule for ${kind}` } }, noThread, DEFAULT_CLOCK_CONFIG);
      expect(decision).toMatchObject({ outcome: 'rejected', reason: kind, detail: `rule for ${kind}` });
    }
  });

  it('quarantines malformed mail and flags it for staff', () => {
    const decision = decideInbound({ mail: null, quarantine: 'unparseable', verdict: null, classification: null }, noThread, DEFAULT_CLOCK_CONFIG);
    expect(decision).toEqual({ outcome: 'rejected', reason: 'quarantined:unparseable', detail: 'quarantined:unparseable', flagStaff: true });
  });

  it('has a handling for every rejection reason, none of which is an automatic reply', () => {
    expect(Object.values(REJECTION_HANDLING).every((h) => h.reply === 'silence')).toBe(true);
  });
});
