import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// §7063, §7070: helping a relative with their affairs is acting as their agent; a newborn or a
// toddler is a minor child. Spanish "de parte de mi mamá" is "on behalf of my mom".
describe('helping relatives and very young children', () => {
  it.each([
    ['I am helping my uncle Ray with his paperwork. He wants his account deleted.', ['deletion'], 'agent'],
    ['My nephew asked me to help; I am caring for my nephew while he recovers. Please delete his data.', ['deletion'], 'agent'],
    ['I opened an account for my toddler by accident. Delete it please.', ['deletion'], 'parent'],
    ['Escribo de parte de mi tía Rosa. Pide que borren su cuenta.', ['deletion'], 'agent'],
  ])('%s -> %s', (body, types, requester) => {
    const c = classify(body);
    expect(c.requestTypes).toEqual(types);
    expect(c.requester).toBe(requester);
  });
});

describe('Spanish wordings', () => {
  it.each([
    ['Solo usen mi ubicación para el servicio, nada más.', ['limit_sensitive']],
    ['Borren mi teléfono viejo de su sistema.', ['deletion']],
    ['necesito un copy de mis datos personales', ['access']],
  ])('%s -> %j', (body, types) => {
    expect(classify(body).requestTypes).toEqual(types);
  });
});
