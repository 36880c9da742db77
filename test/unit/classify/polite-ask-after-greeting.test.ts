import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// A polite question asks for the right it names (test/eval/README: "could you delete my
// account?" is a request), also when a greeting or a first clause comes before it.
describe('a polite ask after a greeting or a first clause is still an ask', () => {
  it.each([
    ['Hi there, could you erase my account details?', 'deletion'],
    ['Good morning, would you be able to send me a copy of my personal data?', 'access'],
    ['I stopped using the app last year, could you remove my profile?', 'deletion'],
    ['Hello all, would you please stop selling my information?', 'opt_out'],
    // Issue 16, real texts 22g: "just" between "can I" and the verb.
    ['Hi team, can I just request a change to my name on your site? It should read Dana Whitlock.', 'correction'],
    // Issue 16, real texts 24h: the passive polite question, about the writer or what is theirs.
    ['Hello, could I be removed from the list of people you follow?', 'deletion'],
    ['It looks like I am back in your ranking. May I be removed again?', 'deletion'],
    ['Can any existing usernames associated with my email address be deleted?', 'deletion'],
  ])('%s -> %s (§1798.105, §1798.110, §1798.120)', (body, type) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual([type]);
  });

  it('a greeting does not turn a procedure question into a request', () => {
    expect(classify('Hi there, how would I go about deleting my account?').category).toBe('question');
  });

  it('a sequence word opens an imperative: "First send me ..., then delete it"', () => {
    expect(classify('First email me whatever you have about me, then erase it all.').requestTypes).toEqual(['access', 'deletion']);
  });
});
