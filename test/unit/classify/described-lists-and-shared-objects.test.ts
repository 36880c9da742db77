import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Issue 16, real letters: a list of what the law makes a business provide describes rights; the
// letter asks for the ones it wants in its own sentence.
describe('a list under a lead-in saying what the business must provide', () => {
  it('its items describe rights; the ask elsewhere decides', () => {
    const body = [
      'I understand that under the law your company must provide me, on request:',
      '1. A description of the information it holds about me;',
      '2. The chance to have the information deleted;',
      '3. The right to opt out of the sale of my information.',
      'I am asking you to delete all of my personal information.',
    ].join('\n');
    expect(readByRules(body).requestTypes).toEqual(['deletion']);
  });

  it('a lead-in that asks makes its items asks', () => {
    const body = ['I request the following, which you are obliged to provide:', '1. A copy of my personal information;', '2. The deletion of my account once I have the copy.'].join('\n');
    expect(readByRules(body).requestTypes).toEqual(['access', 'deletion']);
  });

  it('in Spanish too', () => {
    const body = ['Según la ley, el responsable debe facilitar al titular:', 'a) El acceso a sus datos.', 'b) La rectificación de sus datos.', 'Por eso solicito la supresión de mis datos.'].join('\n');
    expect(readByRules(body).requestTypes).toEqual(['deletion']);
  });
});

describe('two verbs sharing one object ask both rights', () => {
  it('"review and delete" asks access and deletion', () => {
    const c = readByRules('I demand to review and delete all the data your app has collected about my daughter.');
    expect(c.requestTypes).toEqual(['access', 'deletion']);
    expect(c.requester).toBe('parent');
  });

  it('"review and correct" asks access and correction', () => {
    expect(readByRules('I want to review and correct my personal information.').requestTypes).toEqual(['access', 'correction']);
  });

  it('asked about as a procedure, it stays a question', () => {
    expect(readByRules('Can I review and delete my data myself in the app?').category).toBe('question');
  });
});
