import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Who may ask (§7063, §7070): counsel for a named consumer, someone acting under the consumer's
// authorization or managing a relative's affairs is an agent; a mother of minors is a parent, and
// data "about my kid" is the child's own.
describe('agent and parent wordings', () => {
  it.each([
    ['Attorney for Dana Wells. Please delete her personal information.', 'agent'],
    ['Pursuant to his signed authorization, erase all personal data of Mr. Oduya.', 'agent'],
    ['I manage my grandmother\'s finances and her affairs; please delete her account.', 'agent'],
    ['I am the father of three minors. Delete their data.', 'parent'],
    // Issue 16, real texts 22b: an agent service signs its letter in the consumer's name.
    ['I am Arjun Mehta. Please delete my profile and all associated personal data.\n\nRegards,\nExampleUnlist Data Subject Agent', 'agent'],
  ])('%s -> %s', (body, requester) => {
    const c = classify(body);
    expect(c.requestTypes).toEqual(['deletion']);
    expect(c.requester).toBe(requester);
  });

  it('"what have you collected about my kid?" is an access request by a parent (§1798.110, §7070)', () => {
    const c = classify('What data have you collected about my kid?');
    expect(c.requestTypes).toEqual(['access']);
    expect(c.requester).toBe('parent');
  });

  // Issue 16, real requests posted by others: a colleague or friend passing on someone's wish to
  // be removed acts for that person. Read by the rules alone, so the model cannot hide a miss.
  it.each([
    ['Please remove the profile photo of Dana Whitfield on her demand.', 'deletion'],
    ['Please delete the personal information you hold about Sam Ortiz. He does not want it on your site.', 'deletion'],
    ['Eliminen los datos de Lucia Perez de su sitio, a peticion suya.', 'deletion'],
  ])('a relayed wish: %s -> agent', (body, type) => {
    const c = readByRules(body);
    expect(c.requestTypes).toEqual([type]);
    expect(c.requester).toBe('agent');
  });

  it('the writer\'s own wish, with a third person only in the story, stays the consumer\'s', () => {
    expect(readByRules('My sister told me about you. Please delete my account and my data.').requester).toBe('self');
  });

  // Issue 16, real requests posted by others: a colleague asks for a named person's data to be
  // fixed or removed, naming no relative and none of the writer's own data.
  it.each([
    ['Just saw this on your terms page: her personal number and address need to be removed from the site please.', 'deletion'],
    ['Please correct the spelling for Katie Connor on the reporter list: it shows Conner. Her email address is correct.', 'correction'],
  ])('a third person\'s data with no relative named: %s -> agent', (body, type) => {
    const c = readByRules(body);
    expect(c.requestTypes).toEqual([type]);
    expect(c.requester).toBe('agent');
  });

  it('her data beside the writer\'s own is the writer\'s story; Spanish "su" is also "your"', () => {
    expect(readByRules('Please delete my account. The agent I spoke to said her name was Ana.').requester).toBe('self');
    expect(readByRules('Quiero que borren mi cuenta y sus registros sobre mi.').requester).toBe('self');
  });
});
