import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// A parent may name the child instead of saying "my son" (§7070: a child of unstated age counts
// as a minor by the labeling conventions).
describe('"I\'m Mark\'s dad": the writer is the parent of a person named', () => {
  it.each([
    ["I'm Mark's dad. He's 14. Please delete his account and everything tied to it.", 'deletion'],
    ["I am Sarah's mother; please send me a copy of her data.", 'access'],
    ['Soy la mamá de Sofía. Por favor borren su cuenta y sus datos.', 'deletion'],
  ])('%s', (body, type) => {
    const c = readByRules(body);
    expect(c.requestTypes).toEqual([type]);
    expect(c.requester).toBe('parent');
  });

  it('asking for the writer’s own account stays self', () => {
    expect(readByRules("I'm Mark's dad and I want my own account deleted.").requester).toBe('self');
  });
});

// The Global Privacy Control by its short name (§7025).
describe('GPC honored on request', () => {
  it.each(['Please honor the GPC signal from my browser.', 'I have GPC turned on, please respect it.'])('%s', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });

  it('asked whether it is honored, it stays a question', () => {
    expect(readByRules('Do you honor GPC?').category).toBe('question');
    expect(readByRules('Does your site process GPC signals?').category).toBe('question');
  });
});
