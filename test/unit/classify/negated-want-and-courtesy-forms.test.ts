import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// "I do not want my information to be sold" negates "want", several words before the verb; it
// is the §1798.120 opt-out all the same. Spanish courtesy forms ("¿serían tan amables de ...?")
// ask as "¿pueden ...?" does.
describe('negated wishes and courtesy forms', () => {
  it.each([
    ['I do not want my personal information to be sold.', ['opt_out']],
    ['We never agreed to our details being shared.', ['opt_out']],
    ['What do you have saved about me?', ['access']],
    ['¿Serían tan amables de eliminar mi cuenta?', ['deletion']],
    ['¿Me harían el favor de borrar mis datos?', ['deletion']],
    ['Quiero saber qué información tienen sobre mis hijos.', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('a wish not to be contacted is no opt-out of sale', () => {
    expect(classify('I do not want to be called again.').requestTypes).toEqual([]);
  });
});
