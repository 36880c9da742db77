import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_LIMITS, decideInbound, type ThreadContext, type Understanding } from '../../../src/pipeline/decide/decide-inbound.js';
import { DEFAULT_CLOCK_CONFIG } from '../../../src/pipeline/decide/clocks.js';
import { REJECTION_HANDLING } from '../../../src/pipeline/decide/rejections.js';
import type { Classification, InboundMail } from '../../../src/pipeline/types.js';

/** Issue 16 item 1: mail that is no privacy matter (`other`) gets no reply and no flag of its own. */
const mail = {
  messageId: 'pitch@example.net',
  messageKey: 'pitch@example.net',
  from: { address: 'growth@example.net', name: 'Priya Growthly' },
  replyTo: [],
  to: [],
  cc: [],
  subject: 'Quick call?',
  sentAt: null,
  inReplyTo: null,
  references: [],
  headers: new Map(),
  contentType: 'text/plain',
  text: 'Our agency can boost your SEO. Can we book a quick call?',
  html: null,
  attachments: [],
  reportParts: [],
  rawSize: 100,
  receivedAt: new Date('2026-11-23T17:30:00Z'),
} satisfies InboundMail;
const junk = { category: 'other', requestTypes: [], requester: 'none', lang: 'en', otherWhy: 'sales: SEO or traffic offer; no privacy request or question' } as unknown as Classification;
const understanding: Understanding = { mail, quarantine: null, verdict: { kind: 'human', reason: 'no machine signs' }, text: null, classification: junk, extraction: null };
const noThread: ThreadContext = { requests: [], bouncedReply: null, recentReplies: { toSenderOfKind: 0, inThread: 0 } };
const settings = { clocks: DEFAULT_CLOCK_CONFIG, replyLimits: DEFAULT_REPLY_LIMITS };

describe('junk outside a thread', () => {
  it('is rejected as `other` with the one line why, no staff flag, no reply (email-rules §1)', () => {
    expect(decideInbound(understanding, noThread, settings)).toEqual({ outcome: 'rejected', reason: 'other', detail: junk.otherWhy, flagStaff: false, bounced: null });
    expect(REJECTION_HANDLING.other).toEqual({ reply: 'silence', staffFlag: null });
  });
});

describe('the same words inside a request thread', () => {
  it('are the consumer\'s: they join the thread and go to the workflow', () => {
    const thread = { ...noThread, requests: [{ id: 9, reference: 'CCPA-2026-000009' }] };
    expect(decideInbound(understanding, thread, settings)).toEqual({ outcome: 'joined_thread', requestIds: [9] });
  });
});
