import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Mail from bilingual Californians mixes the languages inside a sentence: an English verb with a
// Spanish object ("please delete mi cuenta"), "info" for "información".
describe('Spanglish requests', () => {
  it.each([
    ['Buenas, please remove mis datos de su sistema, gracias', ['deletion']],
    ['hola, delete mi cuenta por favor', ['deletion']],
    ['quiero saber que info tienen sobre mi', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
    expect(c.lang).toBe('es');
  });

  it('"confirmo que quiero que borren" confirms a deletion; it does not ask what is held', () => {
    expect(classify('Sí, confirmo que deseo que borren toda mi información.').requestTypes).toEqual(['deletion']);
    expect(classify('Por favor confirmen si tienen datos míos.').requestTypes).toEqual(['access']);
  });
});
