import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { normalizeText } from '../../../src/pipeline/classify/normalize-text.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: 'Pat Example', screen: { kind: 'human', reason: 'none' } });

// The dots of an address inside a sentence must not end it: "my dad (al.ng@example.org) asked me
// to ..." is one sentence naming an agent (§7063).
describe('an e-mail address inside a sentence', () => {
  it('keeps the relative and the ask in one sentence', () => {
    const c = classify('My dad (Al Ng, al.ng@example.org) has asked me to have his information deleted.');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('agent');
  });

  it('normalizing keeps the length, so offsets still point into the text', () => {
    const text = 'write to jo.doe@mail.example.com today.';
    expect(normalizeText(text)).toHaveLength(text.length);
    expect(normalizeText(text)).toContain('jo_doe@mail_example_com today.');
  });
});
