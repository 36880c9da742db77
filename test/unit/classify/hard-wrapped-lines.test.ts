import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/pipeline/classify/normalize-text.js';
import { readByRules } from './read-by-rules.js';

const classify = readByRules;

// Mail clients wrap plain text at about 72 columns (RFC 3676 is the exception, not the rule); a
// request cut by the wrap must read as one sentence, while short unpunctuated lines stay apart.
describe('hard-wrapped paragraphs', () => {
  it('a request wrapped across two lines is one sentence', () => {
    const body =
      "He's had a stroke and I'm handling his affairs. I'd like a copy of the personal information\nyour company holds about him, so I can figure out which accounts he had.";
    const c = classify(`I hold power of attorney for my father.\n${body}`);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('joins a long line into a lower-case continuation, one character for one', () => {
    const text = 'Please delete the account I opened with you years ago and all the\ninformation attached to it.';
    const normalized = normalizeText(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized).not.toContain('\n');
  });

  it.each([
    'delete my account\nthanks',
    'I would like to know what data you have about me and who you sold it to.\nalso delete my account',
    'Please delete my account and everything you hold about me today:\n- my email address',
  ])('keeps the line break: %j', (text) => {
    expect(normalizeText(text)).toContain('\n');
  });
});

// Spelling that the accent folding or the sentence splitter would misread.
describe('accents and abbreviations', () => {
  it('"sí quiero" (yes, I want) is no condition', () => {
    const c = classify('No quiero cerrar mi cuenta. Pero sí quiero que dejen de vender mis datos, y que me digan qué información tienen de mí.');
    expect(c.requestTypes).toEqual(['access', 'opt_out']);
  });

  it('"si quiero" (if I want) stays a condition', () => {
    expect(classify('Si quiero borrar mi cuenta, ¿qué hago?').category).toBe('question');
  });

  it('a title\'s dot does not end the sentence', () => {
    const c = classify("On his behalf we request that you delete Mr. Montclair's personal information.");
    expect(c.requestTypes).toEqual(['deletion']);
    expect(normalizeText('Dear Mr. Reyes')).toHaveLength('Dear Mr. Reyes'.length);
  });

  it('a link named by what it does asks nothing', () => {
    const c = classify('Me mandaron un enlace para eliminar la cuenta: NO quiero que borren nada. Solo quiero que me digan qué datos personales tienen de mí.');
    expect(c.requestTypes).toEqual(['access']);
  });
});
