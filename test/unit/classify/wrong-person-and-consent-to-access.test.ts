import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Two phrases that name a right's words with another meaning (issue 16): "you have the wrong
// number" says a call or letter reached the wrong person, and "I no longer permit you to access
// my information" takes back the business's access; neither asks a correction or a copy.
describe('a right\'s words said of the business, beside an ask', () => {
  it.each([
    ['You have the wrong number. I have never had a loan with you. Please remove my information from your records.', ['deletion']],
    ['You have got the wrong person, I never shopped there. Delete my details please.', ['deletion']],
    ['I no longer permit you or your agents to access my information. Please remove my information from your system.', ['deletion']],
    ['I do not allow anyone at your company to access my data any more, so delete my data.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each([
    ['You have the wrong number for me on file; it is 555-0188. Please correct it.', ['correction']],
    ['Please allow me to access my information.', ['access']],
  ])('still asked: %s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });
});
