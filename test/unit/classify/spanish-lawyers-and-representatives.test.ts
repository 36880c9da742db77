import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// A Spanish-writing lawyer or representative names the role and the client ("soy abogada de",
// "en representación del Sr. ..."); a lawyer asking for their own data is the consumer.
describe('Spanish lawyers and representatives', () => {
  it.each([
    ['Soy abogada de la señora Pérez. Solicito una copia de sus datos personales.', 'agent'],
    ['Como abogado del Sr. Ruiz, pido que borren sus datos.', 'agent'],
    ['Actúo en representación del Sr. Hilario Campos. Solicito que informen qué datos personales de mi representado han recopilado.', 'agent'],
    ['Escribo en nombre del Sr. Luis Mena: eliminen su cuenta.', 'agent'],
    ['Soy abogado y quiero que borren mis datos.', 'self'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe(requester);
  });
});
