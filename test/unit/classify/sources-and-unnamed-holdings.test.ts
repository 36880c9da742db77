import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// The right to know covers the sources of the data (§1798.110(a)(2)); "what you have", with no
// noun, is the writer's own data in a letter to a compliance mailbox.
describe('sources and "what you have"', () => {
  it.each([
    'Tell me where you obtained my contact information.',
    'Let me know from whom you bought my details.',
    'I want to see what you have, and then I want it erased.',
  ])('%s -> access first', (body) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes[0]).toBe('access');
  });

  it('a procedure question stays a question', () => {
    expect(classify('Can you tell me how to request my data?').category).toBe('question');
  });

  it('Spanish subjunctive "restrinjan" is the right to limit (§1798.121)', () => {
    expect(classify('Pido que restrinjan el uso de mis datos de salud y mi ubicación.').requestTypes).toEqual(['limit_sensitive']);
  });
});

// Issue 16, real texts 17c and 19l: the source asked as the whole question, in Spanish (three of
// four such Spanish texts were labeled access; the English ones, question, and are left alone).
describe('where the data came from, asked', () => {
  it.each([
    ['Hola, ¿de dónde sacaron mis datos? No me contacten más.'],
    ['¿Quién les dio mi número? Nunca me registré con ustedes.'],
  ])('%s -> access (§1798.110(a)(2))', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('"de dónde sacaron mis datos" takes nothing out: no deletion', () => {
    expect(readByRules('No sé de dónde sacaron mis datos personales.').requestTypes).not.toContain('deletion');
  });
});
