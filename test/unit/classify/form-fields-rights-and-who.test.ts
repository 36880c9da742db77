import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// ARCO and CCPA web forms put the rights asked in a field ("Derechos que ejerce: Cancelación,
// Acceso"): every right named in its value is asked, access too, though the field's one span
// also holds the other rights' names (issue 16).
describe('rights named in a form field', () => {
  it.each([
    ['Nombre: Lucía Prado\nDerechos que ejerce: Cancelación, Acceso\nCorreo: lucia@example.com', ['access', 'deletion']],
    ['Derecho que desea ejercer: Acceso, Rectificación', ['access', 'correction']],
    ['Derechos que ejerzo: Oposición\nCorreo: tomas@example.org', ['opt_out']],
    ['Name: Noah Fields\nRights you are exercising: Access, Deletion', ['access', 'deletion']],
    // Issue 16, real texts 22d: a Mexican ARCO form's bare label.
    ['Nombre: Lucía Prado\nDerechos: cancelación, acceso\nCuenta: lucia@example.com', ['access', 'deletion']],
  ])('%j -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

// A form's prompt that offers who submits as alternatives names an agent and a child only as
// options; the answer under it says who writes.
describe('a form prompt that offers who is submitting', () => {
  const EN_PROMPT =
    'Please indicate whether you are making this request for yourself, for your minor child, or as an authorized agent on behalf of another person:';
  const ES_PROMPT = 'Indique si actúa en nombre propio, en nombre de su hijo menor o como representante de otra persona:';

  it.each([
    [`${EN_PROMPT}\nFor myself\n\nRights you are exercising: Deletion`, 'self'],
    [`${ES_PROMPT}\nEn nombre propio\nDerechos que ejerce: Acceso`, 'self'],
    [`${EN_PROMPT}\nAs an authorized agent on behalf of my client Dana Whitlow\n\nRights you are exercising: Deletion`, 'agent'],
    [`${ES_PROMPT}\nComo representante de mi madre, Rosa Vidal\nDerechos que ejerce: Acceso`, 'agent'],
  ])('%j -> %s', (body, requester) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe(requester);
  });
});

// Issue 16, real texts 19-21: a dataset's opt-out form names what to delete in a field.
describe('what to remove, named by a form field', () => {
  it('"Accounts and organizations to remove ENTIRELY:" above an account name -> deletion (§1798.105)', () => {
    expect(readByRules('Accounts and organizations to remove ENTIRELY:\nexample-luis\n\nRepositories to remove:\nNone').requestTypes).toEqual(['deletion']);
  });
});
