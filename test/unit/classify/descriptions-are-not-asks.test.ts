import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// A right's name used to describe something ("the deletion process", "providers to whom you
// disclosed my data") asks nothing (test/eval/README: questions about procedure are questions).
describe('a right named in a description', () => {
  it('"your deletion process" is a question about procedure', () => {
    const c = classify('Do not delete anything yet. I want to learn how your deletion procedure works.');
    expect(c.category).toBe('question');
  });

  it('"to whom you disclosed my data" describes; the request is the deletion (§1798.105(c))', () => {
    const c = classify('I request deletion of my personal information, and please tell the vendors to whom you disclosed my data to do the same.');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('"please disclose my data to me" still asks for it (§1798.110)', () => {
    expect(classify('Please disclose to me all the data you hold about me.').requestTypes).toEqual(['access']);
  });
});

describe('short and third-person access wordings', () => {
  it.each([
    "What's on file for me?",
    'whats in your system about me',
    "My sister would like to see a copy of the personal info your company has on her. She'd like it by mail.",
  ])('%s -> access (§1798.110)', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('biometrics named by kind can be limited (§1798.121, §1798.140(ae))', () => {
    expect(classify('Please stop processing my voiceprint except to verify me.').requestTypes).toEqual(['limit_sensitive']);
  });
});
