import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Medical and billing records are a HIPAA/CMIA matter, exempt from the CCPA (§1798.146(a)(1));
// billing disputes say so in their own words: an EOB, "insurance paid", a balance, faxing records.
describe('billing and records matters in everyday words', () => {
  it.each([
    'The EOB I got does not match what you are asking me to pay.',
    'My insurance said they paid this already, why do I owe anything?',
    'You billed the wrong insurance for my last visit.',
    'There is still a balance on my account after I paid.',
    'Please fax my records to my new cardiologist.',
  ])('%s -> question, hipaa', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.hipaa).toBe(true);
  });

  it('asking whether data is shared with an insurer is a privacy question, not a billing matter', () => {
    expect(classify('Do you share my information with my insurance company?').hipaa).toBe(false);
  });
});
