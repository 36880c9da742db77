import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// What is to be deleted can be "whatever", a third person's data, or said as what the business
// should stop keeping (§1798.105).
describe('deletion objects beyond "my data"', () => {
  it.each([
    'Erase whatever the law lets you erase.',
    'She wants her profile removed from your site.',
    'I do not want you storing my details any longer.',
    'We no longer want your company holding any of our information.',
  ])('%s -> deletion', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('the answer "the deletion one" to our question names the right', () => {
    const c = classify('The deletion one please.', );
    expect(c.requestTypes).toEqual(['deletion']);
  });
});
