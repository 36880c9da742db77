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
