import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// Subject-access letters built on GDPR Art. 15 ask about the safeguards for "transferring my
// personal data to a third country": the business's transfer abroad, not a portable copy for the
// writer (issue 16). A transfer to the writer's new provider is still portability.
describe('a transfer abroad asked about', () => {
  it.each([
    ['Please describe the safeguards you use when transferring my personal data to a third country. Please send me a copy of my personal data.', ['access']],
    ['Tell me whether you transfer my information to other countries, and send me a copy of my data.', ['access']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });

  it('a transfer to the writer\'s new provider is portability', () => {
    expect(readByRules('Please transfer my personal data to my new provider.').requestTypes).toEqual(['portability']);
  });
});
