import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// After "if ...," the main clause decides: a question there stays a question (test/eval/README:
// questions about rights are questions), and "if so, I'd like copies" is a go-ahead.
describe('a condition followed by a main clause', () => {
  it.each([
    'If my daughter signs up, could I later ask you to erase her data?',
    'If I move out of California, can I still ask you to delete my account?',
  ])('%s -> question', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requester).toBe('none');
  });

  it('"if so, I would like copies" after "do you keep records of my ...?" is an access request (§1798.110)', () => {
    const c = classify('Do you keep recordings of my phone calls? If so, I would like copies.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('the main clause of a condition can still ask (§1798.105)', () => {
    expect(classify('If you have anything on me, erase it.').requestTypes).toEqual(['deletion']);
  });
});

// "If you sell my data, stop": the main clause of a conditional opt-out names no object; it is
// still an opt-out of sale (§1798.120). A condition about selling products is not.
describe('a conditional opt-out with no object', () => {
  it.each([
    "If you sell my data, stop. If you don't, great.",
    'Si ustedes venden o comparten mis datos personales con otras empresas, les pido que dejen de hacerlo desde hoy.',
    'Si venden mi información, no lo hagan más.',
  ])('%s -> opt_out', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('a condition about selling products is no opt-out', () => {
    const c = readByRules('If you sell products online, stop it.');
    expect(c.requestTypes).not.toContain('opt_out');
  });
});
