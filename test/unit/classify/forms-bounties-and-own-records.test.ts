import { describe, expect, it } from 'vitest';
import { combineOpinions } from '../../../src/pipeline/classify/combine-opinions.js';
import { namesOwnRecords } from '../../../src/pipeline/classify/privacy-matter.js';
import { normalizeText } from '../../../src/pipeline/classify/normalize-text.js';
import { opinion, rulesSaid } from './opinion-fixtures.js';
import { readByRules, readSubjectAndBodyByRules } from './read-by-rules.js';

// Issue 16, real texts 27 (development half): shapes of its misses, in the team's own words.

describe('a request form that answers "no" to the agent question is the consumer’s (§7063)', () => {
  const form = (agent: 'yes' | 'no') =>
    [
      'What would you like us to do? Delete my personal information (Right to Delete)',
      'Your relationship to us: Website visitor',
      'Full name: Oliver Grant',
      'Email: oliver.grant@example.net',
      `I'm submitting this as an authorized agent on someone else's behalf: ${agent}`,
      'I declare under penalty of perjury that the information above is true and that I am the person I claim to be (or their authorized agent): yes',
    ].join('\n');

  it('"...as an authorized agent on someone else\'s behalf: no" and the sworn "(or their authorized agent)" make no agent', () => {
    const c = readByRules(form('no'));
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('self');
  });

  it('answered "yes", the writer is an agent', () => {
    expect(readByRules(form('yes')).requester).toBe('agent');
  });
});

describe('begging for a bug bounty is no privacy matter', () => {
  it.each([
    ['Bug Bounty Inquiry', 'Hi,\n\nI would like to report a security vulnerability in your website. Do you have bug bounty?\n\nThank you'],
    ['SECURITY BUG', 'Hello, I found a bug on your website, can I get any rewards for these bugs? I am a security researcher.\n\nThank You'],
  ])('%s', (subject, body) => {
    const c = readSubjectAndBodyByRules(subject, body);
    expect(c.category).toBe('other');
    expect(c.otherWhy).toMatch(/bug bounty begging/);
  });

  it('a customer who found their own data exposed still writes a request', () => {
    const c = readSubjectAndBodyByRules('Exposed data', 'I found a bug on your website that shows my account details to anyone, no reward wanted. Please delete my account and all my personal information.');
    expect(c.category).toBe('privacy_request');
  });
});

describe('a patient’s own medical records or bill is never made junk by the model (ccpa-rules, Health data)', () => {
  it.each([
    'I am following up on our call about my medical bill and the duplicate CT charge.',
    'Re: Payment for Medical Records\nPatient: Samuel Ortiz\nPlease find enclosed payment for the records requested.',
    'Necesito una copia de mi historia clínica.',
  ])('names own records: %s', (body) => {
    expect(namesOwnRecords(normalizeText(body))).toBe(true);
  });

  it.each([
    'I have five years of experience in medical billing and would love to join your team.',
    'Work from home and finally pay my bills! Reply now.',
  ])('names none: %s', (body) => {
    expect(namesOwnRecords(normalizeText(body))).toBe(false);
  });

  const question = rulesSaid('question', { hipaa: true, needsReview: true });
  const junkSure = opinion(0.01, { types: [], requester: 'self', typeProbabilities: {}, agentProbability: 0, parentProbability: 0, otherProbability: 0.95, evidence: ['"invoice" +2.00'] });

  it('with its own records named the question stays a question; without, the sure junk model decides', () => {
    expect(combineOpinions(question, junkSure, { ownRecords: true }).category).toBe('question');
    expect(combineOpinions(question, junkSure, { ownRecords: false }).category).toBe('other');
  });
});
