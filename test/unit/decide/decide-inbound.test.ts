import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_LIMITS, decideInbound, type ThreadContext, type Understanding } from '../../../src/pipeline/decide/decide-inbound.js';
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

const human: Understanding = { mail: mail(), quarantine: null, verdict: { kind: 'human', reason: 'no machine signs' }, text: null, classification: null, extraction: null };
const noThread: ThreadContext = { requests: [], bouncedReply: null, recentReplies: { toSenderOfKind: 0, inThread: 0 } };
const settings = { clocks: DEFAULT_CLOCK_CONFIG, replyLimits: DEFAULT_REPLY_LIMITS };

describe('decideInbound', () => {
  it('acknowledges a human message, replying to From and not Reply-To (email-rules §2)', () => {
    const decision = decideInbound(human, noThread, settings);
    expect(decision).toMatchObject({ outcome: 'new_requests', reply: { kind: 'acknowledgement', to: 'dana@example.org', lang: 'en' } });
  });

  it('sets the response due date 45 calendar days after the local date of receipt (§1798.130(a)(2))', () => {
    const decision = decideInbound(human, noThread, settings);
    expect(decision.outcome === 'new_requests' && decision.requests[0]).toMatchObject({ receivedOn: '2026-11-23', dueDate: '2027-01-07' });
  });

  it('opens one request per type asked, each with its own clock (ccpa-rules, Request types)', () => {
    const classification = { category: 'privacy_request', requestTypes: ['deletion', 'opt_out'], requester: 'self', lang: 'es' } as Classification;
    const decision = decideInbound({ ...human, classification }, noThread, settings);
    if (decision.outcome !== 'new_requests') throw new Error(decision.outcome);
    expect(decision.requests.map((r) => [r.type, r.dueDate, r.lang])).toEqual([
      ['deletion', '2027-01-07', 'es'],
      // Opt-out: 15 business days (§7026(f)); Thanksgiving is not in the default holiday list.
      ['opt_out', '2026-12-14', 'es'],
    ]);
    expect(decision.reply?.lang).toBe('es');
  });

  it('joins the existing requests of a thread instead of opening new ones', () => {
    expect(decideInbound(human, { ...noThread, requests: [{ id: 7, reference: 'CCPA-2026-000007' }] }, settings)).toEqual({ outcome: 'joined_thread', requestIds: [7] });
  });

  it('never answers machine mail (email-rules §1)', () => {
    for (const kind of ['bounce', 'auto_reply', 'bulk', 'loop', 'spam', 'feedback_report'] as const) {
      const decision = decideInbound({ ...human, verdict: { kind, reason: `rule for ${kind}` } }, noThread, settings);
      expect(decision).toMatchObject({ outcome: 'rejected', reason: kind, detail: `rule for ${kind}` });
    }
  });

  it('quarantines malformed mail and flags it for staff', () => {
    const decision = decideInbound({ mail: null, quarantine: 'unparseable', verdict: null, text: null, classification: null, extraction: null }, noThread, settings);
    expect(decision).toEqual({ outcome: 'rejected', reason: 'quarantined:unparseable', detail: 'quarantined:unparseable', flagStaff: true, bounced: null });
  });

  it('has a handling for every rejection reason, none of which is an automatic reply', () => {
    expect(Object.values(REJECTION_HANDLING).every((h) => h.reply === 'silence')).toBe(true);
  });

  const classified = (overrides: Partial<Classification>): Classification => ({
    category: 'privacy_request', requestTypes: ['deletion'], accessScope: null, requester: 'self', agent: null, consumerName: null,
    hipaa: false, lang: 'en', confidence: 0.95, needsReview: false, reasons: [], ...overrides,
  });

  it('sends nothing for a question the bot doubts (junk the shapes missed, a misread request): staff answer it or mark it junk', () => {
    const decision = decideInbound({ ...human, classification: classified({ category: 'question', requestTypes: [], needsReview: true, confidence: 0.5 }) }, noThread, settings);
    expect(decision).toMatchObject({ outcome: 'new_requests', reply: null, staffFlag: 'question', requests: [{ type: 'question', status: 'needs_staff' }] });
  });

  it('answers a question with question-received and hands it to staff', () => {
    const decision = decideInbound({ ...human, classification: classified({ category: 'question', requestTypes: [] }) }, noThread, settings);
    expect(decision).toMatchObject({ outcome: 'new_requests', reply: { kind: 'question-received' }, staffFlag: 'question', requests: [{ type: 'question', status: 'needs_staff' }] });
  });

  it('routes medical or billing records to staff as a HIPAA matter, not a CCPA access request (ccpa-rules, Health data)', () => {
    const decision = decideInbound({ ...human, classification: classified({ category: 'question', requestTypes: [], hipaa: true }) }, noThread, settings);
    expect(decision).toMatchObject({ reply: { kind: 'hipaa-redirect' }, staffFlag: 'hipaa_matter', requests: [{ type: 'hipaa_matter' }] });
  });

  it('flags an uncertain classification for staff instead of answering, keeping the clock', () => {
    const decision = decideInbound({ ...human, classification: classified({ confidence: 0.4, needsReview: true }) }, noThread, settings);
    expect(decision).toMatchObject({ outcome: 'new_requests', reply: null, staffFlag: 'low_confidence', requests: [{ type: 'deletion', dueDate: '2027-01-07' }] });
  });

  it('still confirms an opt-out or limit in an unsure message: no verification or judgement is needed (§7060(b))', () => {
    const unsure = (requestTypes: Classification['requestTypes']) => decideInbound({ ...human, classification: classified({ requestTypes, confidence: 0.6, needsReview: true, hipaa: true }) }, noThread, settings);
    expect(unsure(['opt_out', 'deletion'])).toMatchObject({ reply: null, staffFlag: 'low_confidence', confirmOptOuts: true });
    expect(unsure(['limit_sensitive'])).toMatchObject({ confirmOptOuts: true });
    expect(unsure(['deletion'])).toMatchObject({ confirmOptOuts: false });
  });

  it('sends agent requests to staff for the decision on authority (§7063)', () => {
    const decision = decideInbound({ ...human, classification: classified({ requester: 'agent', consumerName: 'Robin Park' }) }, noThread, settings);
    expect(decision).toMatchObject({ reply: { kind: 'acknowledgement' }, staffFlag: 'agent_request', requests: [{ requesterRole: 'agent', consumerName: 'Robin Park' }] });
  });

  it('stops automatic replies past the per-sender and per-thread limits, and flags instead (email-rules §2)', () => {
    const perSender = decideInbound(human, { ...noThread, recentReplies: { toSenderOfKind: 1, inThread: 0 } }, settings);
    expect(perSender).toMatchObject({ outcome: 'new_requests', reply: null, staffFlag: 'reply_rate_limited' });
    const perThread = decideInbound(human, { ...noThread, recentReplies: { toSenderOfKind: 0, inThread: 5 } }, settings);
    expect(perThread).toMatchObject({ reply: null, staffFlag: 'reply_rate_limited' });
  });

  it('groups over-limit messages into one flag per sender and local day of receipt (issue 13 item 8)', () => {
    const limited = { ...noThread, recentReplies: { toSenderOfKind: 1, inThread: 0 } };
    expect(decideInbound(human, limited, settings)).toMatchObject({ staffFlagGroup: 'reply_rate_limited|2026-11-23|dana@example.org' });
    // 23:30 in Los Angeles is already the next day in UTC: the business's calendar decides.
    const late = { ...human, mail: mail({ from: { address: 'Dana@Example.org', name: '' }, receivedAt: new Date('2026-11-24T07:30:00Z') }) };
    expect(decideInbound(late, limited, settings)).toMatchObject({ staffFlagGroup: 'reply_rate_limited|2026-11-23|dana@example.org' });
    expect(decideInbound(human, noThread, settings)).toMatchObject({ staffFlagGroup: null });
  });

  it('groups an unsure message over the limit with the flood rather than flagging it alone', () => {
    const unsure = { ...human, classification: classified({ confidence: 0.4, needsReview: true }) };
    expect(decideInbound(unsure, { ...noThread, recentReplies: { toSenderOfKind: 1, inThread: 0 } }, settings)).toMatchObject({ reply: null, staffFlag: 'reply_rate_limited' });
    expect(decideInbound(unsure, noThread, settings)).toMatchObject({ reply: null, staffFlag: 'low_confidence', staffFlagGroup: null });
  });

  it('lets a plain request through a bulk verdict when the classifier says it is one', () => {
    const decision = decideInbound({ ...human, verdict: { kind: 'bulk', reason: 'header:list-id' }, classification: classified({}) }, noThread, settings);
    expect(decision.outcome).toBe('new_requests');
  });

  it('marks a permanent bounce of our own reply for staff, and only records a transient one', () => {
    const bouncedReply = { requestId: 3, recipient: 'dana@example.org' };
    const bounce = (status: string, permanent: boolean): Understanding => ({
      ...human,
      verdict: { kind: 'bounce', reason: 'multipart/report', bounce: { finalRecipient: 'dana@example.org', status, permanent, originalMessageId: 'ours@example.com' } },
    });
    expect(decideInbound(bounce('5.1.1', true), { ...noThread, bouncedReply }, settings)).toMatchObject({
      outcome: 'rejected', reason: 'bounce', flagStaff: true, bounced: { requestId: 3, recipient: 'dana@example.org', status: '5.1.1', permanent: true },
    });
    expect(decideInbound(bounce('4.2.2', false), { ...noThread, bouncedReply }, settings)).toMatchObject({ flagStaff: false, bounced: { permanent: false } });
    expect(decideInbound(bounce('5.1.1', true), noThread, settings)).toMatchObject({ flagStaff: false, bounced: null });
  });
});
