import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Who may ask (§7063, §7070): counsel for a named consumer, someone acting under the consumer's
// authorization or managing a relative's affairs is an agent; a mother of minors is a parent, and
// data "about my kid" is the child's own.
describe('agent and parent wordings', () => {
  it.each([
    ['Attorney for Dana Wells. Please delete her personal information.', 'agent'],
    ['Pursuant to his signed authorization, erase all personal data of Mr. Oduya.', 'agent'],
    ['I manage my grandmother\'s finances and her affairs; please delete her account.', 'agent'],
    ['I am the father of three minors. Delete their data.', 'parent'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe(requester);
  });

  it('"what have you collected about my kid?" is an access request by a parent (§1798.110, §7070)', () => {
    const c = classify('What data have you collected about my kid?');
    expect(c.requestTypes).toEqual(['access']);
    expect(c.requester).toBe('parent');
  });
});
