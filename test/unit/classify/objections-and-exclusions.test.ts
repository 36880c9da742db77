import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Objections to marketing use and "exclude me" from a sale are opt-outs (§1798.120; the GDPR
// objection, test/eval/README); a CSV export does not swallow a separate "tell me what you have".
describe('objections, exclusions and several asks in one sentence', () => {
  it.each([
    'I object to my information being used for targeted marketing.',
    'If your company shares customer data, please exclude mine.',
    'Exclude me from any sale of personal information.',
  ])('%s -> opt_out', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('"exclude" with no sale or sharing in view asks for no opt-out', () => {
    expect(classify('Please exclude my old address from future mailings.').requestTypes).not.toContain('opt_out');
  });

  it('"tell me what you have on me, send me a CSV" is access and portability (§1798.110, §1798.130(a)(3)(B)(iii))', () => {
    expect(classify('Tell me what you hold about me, send me a JSON export of my profile, and do not sell it.').requestTypes).toEqual([
      'access',
      'portability',
      'opt_out',
    ]);
  });
});
