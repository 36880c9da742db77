import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16 (real texts p, 2026-12-07, eighth session): words that look like a right and ask
 * nothing of us. A business stating its own practice ("We do not sell customer data"), a writer
 * saying what they will do themselves ("I'm going to remove my GitHub account"); a family's
 * letter that reached the wrong box ("Hi honey ... Love you! Mom") and a desk's "Please sign the
 * following" are no privacy matter at all. And the boundary: the same words beside a real ask
 * still ask; the writer's server or laptop is not their personal data (SpamAssassin easy-ham-1:
 * "remove all traces of it from my server") (ccpa-rules §1798.120: a consumer's direction not to sell; §1798.105: deletion).
 * Every message is fictional, written for this test.
 */
const classify = readPersonsMail;

describe('a right named without asking us', () => {
  it('a business stating "we do not sell customer data" opts nobody out', () => {
    const c = classify('Privacy Policy', '- We do not sell customer data\n- We store information\n- We take anonymity seriously');
    expect(c.requestTypes).not.toContain('opt_out');
    expect(c.category).not.toBe('privacy_request');
  });

  it('"I\'m going to remove my account" is what the writer will do, not a deletion asked', () => {
    const c = classify('Leaving', "One of these days I'm going to remove my Example account. I don't know what this does for my open tickets.");
    expect(c.requestTypes).not.toContain('deletion');
    expect(c.category).not.toBe('privacy_request');
  });

  it.each([
    ['Stop', 'We do not want you to sell our data. Please stop.', 'opt_out'],
    ['Leaving', 'I will delete my account tomorrow. Please delete all my personal data too.', 'deletion'],
    ['Close it', 'I am going to close my account unless you delete my personal information.', 'deletion'],
  ])('%s: a real ask beside them still asks', (subject, body, type) => {
    const c = classify(subject, body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toContain(type);
  });
});

describe("the writer's machines and code are not their personal data", () => {
  it.each([
    'Please purge the old logs on my laptop too.',
    'Please remove all of the junk from my computer.',
    'Please wipe the stale builds off my server.',
  ])('%s -> no deletion request', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).not.toContain('deletion');
  });

  it('"remove all traces of my data from your servers" still asks a deletion', () => {
    expect(readByRules('Please remove all traces of my data from your servers.').requestTypes).toContain('deletion');
  });
});

describe('no privacy matter at all', () => {
  it.each([
    ["Hope you're doing well!", "Hi honey,\n\nJust checking in to see how exams went. Let me know if you need anything!\n\nLove you!\nMom"],
    ['3 documents need your signature', 'Please sign the following by end of day Friday: 1) NDA 2) Contract 3) Equipment form'],
  ])('%s -> other', (subject, body) => {
    expect(classify(subject, body).category).toBe('other');
  });

  it('a parent asking for a child\'s data, signed "Mom", is a parent\'s request', () => {
    const c = classify('My son', 'Please delete all personal information you hold about my son Leo Park, age 12.\n\nThanks,\nLove, Mom');
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe('parent');
  });
});
