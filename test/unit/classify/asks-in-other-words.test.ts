import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

/**
 * Issue 16 item 2: asks the rules missed, in the writer's own words (fictional, written for this
 * test). Each phrase is read by the rules alone, so a retrain cannot move it.
 */
describe('a direction not to sell, however it is put (§1798.120(a))', () => {
  it.each([
    'If you sell my data, this is my direction not to.',
    'If you sell or share my personal information, this is my direction not to do so.',
    'I hereby direct you not to sell my personal information.',
    'I revoke my permission for you to sell or share my personal information.',
    'I rescind any authorization to share my data for advertising.',
  ])('%s -> opt_out', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['opt_out']);
  });

  it('asking how to give the direction is a question', () => {
    expect(readByRules('Your policy says you sell data. How would I give you a direction not to?').category).toBe('question');
  });
});

describe('a reminder restates the request it cites (§1798.130(a)(2)), and goes to staff', () => {
  it.each([
    ['This is a reminder of my request of 3 November under Section 1798.105 that you have not answered.', 'deletion'],
    ['I am still waiting for an answer to my request under Article 15 GDPR sent on 2 October.', 'access'],
    ['Le recuerdo mi solicitud del 5 de octubre conforme al artículo 17 del RGPD, que sigue sin respuesta.', 'deletion'],
  ])('%s -> %s', (body, type) => {
    const c = readByRules(body);
    expect([c.category, c.requestTypes, c.needsReview]).toEqual(['privacy_request', [type], true]);
  });

  it('a question about a section is no reminder', () => {
    expect(readByRules('What does section 1798.105 say about backups?').category).toBe('question');
  });
});

describe('a parent naming a child under 18 (§7070), not an agent', () => {
  it('the mother of a named 9-year-old is a parent', () => {
    expect(readByRules('I am the mother of Lucas Rivera, who is 9. Please delete all data you hold on him.').requester).toBe('parent');
  });

  it('the son of a named adult of 45 is no parent', () => {
    expect(readByRules('I am the son of Tom Ng, who is 81. Please delete all data you hold on him.').requester).not.toBe('parent');
  });
});

// Issue 16, real texts 20a and 20d: a site asked to take one thing out, and a report of the data
// asked as "¿Puedo solicitar...?" (as "Can I get a copy of my data?" asks, labeling conventions).
describe('"take out my address", "unpublish", "¿Puedo solicitar un reporte de mis datos?"', () => {
  it.each([
    ['Please take out my address from your site.', ['deletion']],
    ['Could you unpublish my profile from the members page?', ['deletion']],
    ['¿Puedo solicitar reporte de mis datos?', ['access']],
    ['¿Puedo obtener una copia de mis datos personales?', ['access']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each(['I had to take out a loan to pay my bill. Why is it so high?', '¿Puedo ver mi saldo en la aplicación?'])('%s -> no request', (body) => {
    expect(readByRules(body).category).not.toBe('privacy_request');
  });
});

it('"en relación con mis datos personales" names no report: the labeled-set letter stays a request with no right', () => {
  const c = readByRules('Por la presente deseo ejercer los derechos que me otorga la CCPA en relación con mis datos personales.');
  expect(c.requestTypes).toEqual([]);
});

// Issue 16, real texts 18h, 19k, 20a: closing one's account is its deletion (labeling conventions),
// unless it is asked how, or is another person's wish reported.
describe('"close my account"', () => {
  it.each(['close my account', 'I want to close my account permanently.', 'I did not make any changes, I just would like to close the account.'])('%s -> deletion', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it.each([
    'How do I close my account?',
    'My son may have asked you to close our family account. Please don\'t; the rest of us still use it.',
    'My dad wants to close his account but he is not good with computers. Can I do it for him?',
  ])('%s -> no deletion', (body) => {
    expect(readByRules(body).requestTypes).not.toContain('deletion');
  });
});

// Issue 16, real texts 20a: where the data came from, asked as the question itself (§1798.110(a)(2)).
describe('"Where did you get my email address?"', () => {
  it.each(['Where did you get my email address???', 'Hi, where did you get my info? I never signed up.'])('%s -> access', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['access']);
  });

  it('"Where do I get my data?" asks how, and is no request', () => {
    expect(readByRules('Where do I get my data export?').category).toBe('question');
  });
});
