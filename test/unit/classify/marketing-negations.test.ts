import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16, real texts oa-oh (2026-12-08): a shop's subject "Don't miss our mega summer sale!" was
 * read as "do not sell" (a negation, up to four words, then "sale"), and the promotion opened an
 * opt-out request. The negation in a marketing call ("don't miss", "don't forget", "don't wait",
 * "don't hesitate", "don't let it pass") bears on its own verb, not on a sale. Every message is
 * fictional, written for this test.
 */
const classify = readPersonsMail;

describe("a marketing call's negation is no opt-out", () => {
  it.each([
    ["Don't miss our mega summer sale!", 'Claim 65% off all accessories before midnight. You are receiving this email because you signed up for our deals.'],
    ["Don't forget: the spring sale ends Sunday", 'Everything in the garden shop is 30% off until Sunday night. See you there!'],
    ["Don't wait for the big clearance sale", 'Doors open at 8 on Saturday; the first fifty customers get a free tote bag.'],
  ])('%s -> no opt_out', (subject, body) => {
    const c = classify(subject, body);
    expect(c.requestTypes).not.toContain('opt_out');
    expect(c.category).not.toBe('privacy_request');
  });

  it('a person who tells us not to sell still opts out (§1798.120)', () => {
    for (const [subject, body] of [
      ['Do not sell', 'Please do not sell my personal information to anyone.'],
      ['My data', "Don't ever sell or share my data with advertisers."],
    ]) {
      const c = classify(subject!, body!);
      expect(c.category).toBe('privacy_request');
      expect(c.requestTypes).toContain('opt_out');
    }
  });
});
