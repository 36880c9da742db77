import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Handing a consumer's data to other businesses is selling or sharing it (§1798.140(ad), (ah));
// an instruction to stop is an opt-out (§1798.120), not a request for a copy.
describe('stop giving my data to others', () => {
  it.each([
    'Stop passing my details to your partners.',
    'Never hand my information to data brokers again.',
    'I do not agree that you send my data to other companies.',
    'Quit providing my email to advertisers.',
  ])('%s -> opt_out', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
    expect(c.lang).toBe('en');
  });

  it('refusing to give us something is not an opt-out', () => {
    expect(classify('I will not give you my social security number.').requestTypes).toEqual([]);
  });

  it('an English text is not read with the Spanish table when it has no Spanish words', () => {
    const c = classify('Quit sending me stuff.');
    expect(c.lang).toBe('en');
    expect(c.requestTypes).toEqual([]);
  });
});
