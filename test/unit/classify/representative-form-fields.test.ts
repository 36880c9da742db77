import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Agents' and businesses' web forms say who submits in a field, not a sentence (§7063: an
// authorized agent acts for the consumer). Issue 16: a representative named only in a form field
// was read as the consumer writing; a field left "N/A" must not make an agent either.
describe('a representative named in a form field', () => {
  it.each([
    'Request type: Deletion\nConsumer name: Maria Lopez\nAuthorized agent: Lee Park\nEmail: maria.lopez@example.com\nPlease delete all personal information about the consumer.',
    'Agent name: Lee Park\nConsumer name: Maria Lopez\nPlease delete the consumer\'s personal information.',
    'Requester relationship: authorized agent\nPlease delete all data about Maria Lopez.',
    'Are you an authorized agent? Yes\nName: Sam Ortiz\nPlease delete all information about Sam Ortiz.',
    'Tipo de solicitud: Eliminación\nNombre del titular: María López\nNombre del representante: Jorge Ruiz\nSolicito la eliminación de los datos personales del titular.',
    'Relación con el titular: representante legal\nSolicito la supresión de los datos.',
  ])('%s -> agent', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe('agent');
  });

  it.each([
    'Request type: Deletion\nName: Maria Lopez\nAuthorized agent: N/A\nEmail: maria.lopez@example.com\nPlease delete my personal information.',
    'Are you an authorized agent submitting on behalf of a consumer? No\nPlease delete my data.',
    'Agent name: none\nPlease delete my data.',
    'Requester relationship: self\nPlease delete my data.',
    'Tipo de solicitud: Eliminación\nNombre: María López\nNombre del representante:\nSolicito la eliminación de mis datos personales.',
    'Representante legal: -\nSolicito la eliminación de mis datos.',
    // A pasted support chat: "Agent:" opens the support agent's lines, not a form's field.
    'I chatted with support and was told to write here.\nAgent: Lee Park\nAgent: How can I help you today?\nMe: Please delete my account and my data.',
  ])('%s -> self (the field is empty or says nobody)', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requester).toBe('self');
  });
});

// Issue 16, real texts 21c: a school app's form for parents names the parent and the child in
// fields, and the right in "Request type: object" (an objection: opt-out, §1798.120).
describe('a parent named in a form field', () => {
  it.each([
    ['Parent / guardian name: Rana Haddad\nParent / guardian email: rana.haddad@example.com\nChild\'s display name: Lina\nRequest type: erasure', ['deletion']],
    ['Parent / guardian name: Olga Petrova\nChild\'s display name: Misha P.\nRequest type: object', ['opt_out']],
    ['Nombre del padre o tutor: Ana Ruiz\nNombre del menor: Leo\nTipo de solicitud: acceso', ['access']],
  ])('%s -> parent (§7070)', (body, types) => {
    const c = readByRules(body);
    expect(c.requester).toBe('parent');
    expect(c.requestTypes).toEqual(types);
  });

  it('a field left empty names nobody', () => {
    const c = readByRules('Child\'s name:\nName: Dana Lee\nRequest type: erasure\nPlease delete my data.');
    expect(c.requester).toBe('self');
  });
});
