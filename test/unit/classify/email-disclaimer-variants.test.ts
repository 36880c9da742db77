import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Signature boilerplate ("if you received it in error, please delete it") asks nothing of us;
// its wordings vary, and a question above it must stay a question.
describe('e-mail disclaimers in their common wordings are not deletion requests', () => {
  it.each([
    'This e-mail is intended solely for the addressee. If you have received it by mistake, please delete it.',
    'This communication is intended only for the named recipient. If you received this in error, kindly delete it and tell the sender.',
  ])('question above: %s', (disclaimer) => {
    const c = classify(`What is your retention period for website logs?\n\nJo Example\n${disclaimer}`);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it('a real request above a disclaimer keeps its own type and gains none', () => {
    const c = classify('Please send me a copy of my personal information.\n\nIntended only for the named recipient. If received in error, delete it.');
    expect(c.requestTypes).toEqual(['access']);
  });
});
