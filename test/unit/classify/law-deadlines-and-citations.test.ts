import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/classify/split-sentences.js';
import { readByRules } from './read-by-rules.js';

// Issue 16 item 2: what a formal letter says of the law is not asked in the writer's name.
// Sentences written for these tests, in the shape of CCPA letter generators' output.

describe('a statute citation is one sentence', () => {
  it('"§ 1798.120 and § 1798.121" does not end a sentence at its full stops', () => {
    const sentences = splitSentences('for opt-out requests under § 1798.120 and § 1798.121, you must comply within fifteen (15) business days. thank you.');
    expect(sentences.map((s) => s.text)).toEqual(['for opt-out requests under § 1798.120 and § 1798.121, you must comply within fifteen (15) business days.', 'thank you.']);
  });
});

describe('the deadline the law sets is no request (§1798.120 names the opt-out, §1798.130 the clocks)', () => {
  const letter = 'RIGHT TO DELETE (Cal. Civ. Code § 1798.105): I request that you delete all personal information you hold about me.\n\nFor opt-out requests under § 1798.120 and § 1798.121, you must comply within fifteen (15) business days.';

  it('"for opt-out requests ..., you must comply within 15 business days" adds no opt-out nor limit', () => {
    expect(readByRules(letter).requestTypes).toEqual(['deletion']);
  });

  it('the same deadline said of the writer\'s own request keeps the request', () => {
    expect(readByRules('Please stop selling my personal information. You must comply with my request within fifteen business days under § 1798.120.').requestTypes).toEqual(['opt_out']);
  });

  it('a Spanish deadline of the law ("deberán responder en un plazo de") asks no right', () => {
    const c = readByRules('Solicito la supresión de todos mis datos personales.\n\nEl responsable deberá responder a la oposición al tratamiento con fines publicitarios en un plazo de diez días.');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});

describe('the law a letter cites', () => {
  it('§1798.100 opens the Act and names no right: not a correction (§1798.106 is)', () => {
    const c = readByRules('I am writing to exercise my right to know under the California Consumer Privacy Act (CCPA), § 1798.100.\n\nI request disclosure of the categories of personal information you collected about me.');
    expect(c.requestTypes).toEqual(['access']);
  });

  it('the Health Insurance Portability and Accountability Act is not a portability request', () => {
    const c = readByRules('This is a request under the Health Insurance Portability and Accountability Act (HIPAA). I am seeking an accounting of disclosures of my health information.');
    expect(c.requestTypes).not.toContain('portability');
  });
});

describe('polite asks and questions of how', () => {
  it('"do you mind deleting my account?" asks for the deletion (§1798.105)', () => {
    const c = readByRules('Hi, do you mind deleting my account manually?');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('"please delete my account, and please provide directions on how to delete accounts" asks twice (§1798.105)', () => {
    const c = readByRules("Either way, please delete my account as I don't want accounts all over the place, and please provide directions on how to delete accounts.");
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a question of how in the same clause, or after the writer\'s own want, stays a question', () => {
    expect(readByRules('Please tell me how to update my address in my profile.').category).toBe('question');
    expect(readByRules('I want to delete my account, how do I do that?').category).toBe('question');
  });

  it('"could someone tell me how I would delete my account" asks how, a question', () => {
    expect(readByRules('I was wondering if someone could please tell me how I would delete my account.').category).toBe('question');
    expect(readByRules('Could someone please tell me where I would go to delete my account?').category).toBe('question');
  });
});
