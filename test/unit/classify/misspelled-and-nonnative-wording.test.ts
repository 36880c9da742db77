import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Typed fast or in a second language: transposed letters, "a copy from", a bare "delete all".
describe('misspelled and non-native wordings of a request', () => {
  it.each([
    ['pls remvoe my infomations from ur databse', ['deletion']],
    ['I want receive copy from my personal data please', ['access']],
    ['Do not share my data, and then please delete all.', ['deletion', 'opt_out']],
    // Real texts 27: a request made as a hashtag, the words run together.
    ['#deleteme', ['deletion']],
  ])('%s -> %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it('a web page or an address named "removeme" is no one asking', () => {
    expect(classify('To be removed from our list visit http://example.net/marketing/removeme.html or write to removeme@example.net').requestTypes).toEqual([]);
  });

  it('"delete all" needs to end the clause: "delete all the emails you sent me" asks nothing of the data', () => {
    expect(classify('How do I delete all the emails you sent me from my inbox?').category).toBe('question');
  });

  it('Spanish "que los borren" puts the pronoun before the verb (§1798.105)', () => {
    expect(classify('Quiero saber qué datos tienen sobre mí y después que los borren.').requestTypes).toEqual(['access', 'deletion']);
  });
});

// Spanish written by ear, voseo, and a writer who says outright they ask nothing.
describe('spelling by ear, voseo and "not asking you to do anything"', () => {

  it.each([
    ['ola no kiero q bendan mi informasion a otras conpañias ni q la conpartan porfa. grasias', ['opt_out']],
    ['¿Me podés mandar un export de los datos de mi cuenta en CSV o JSON? Quiero pasarlos a otra app.', ['portability']],
    ['Please download my data and send it to me.', ['portability']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });

  it.each([
    'I keep reading about a right to limit use of sensitive personal information. What does that cover? Just curious, not asking you to do anything yet.',
    'Downloaded the report, everything looks right. Thanks.',
  ])('no request: %s', (body) => {
    expect(readByRules(body).category).toBe('question');
  });
});

// Issue 16, real texts 18a: "misspelled" asks a correction only of something held that is
// misspelled, not of an alias a letter lists to find the records, nor of the writer's own slip.
describe('misspelled: what is held, not an alias or a slip', () => {
  it.each([
    ['Please delete all personal information you hold about me.\n\nFull name: Harriet Oduya (also misspelled Oduia)', ['deletion']],
    ['I misspelled my new email when I signed up, so I cannot log in. Can you help me delete the account?', ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });

  it.each(['My name is misspelled in your records. Please fix it.', 'You misspelled my last name on every statement; please correct it.'])('%s -> correction', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['correction']);
  });
});

// Issue 16, real texts 19g: "scrap" is a verb of deletion; "scrape" (collecting addresses) is not.
describe('scraped is not scrapped', () => {
  it('"I don\'t know where you scraped my email address from" asks no deletion', () => {
    expect(readByRules("I don't know where you scraped my email address from but I did not authorize you to send marketing emails to me").requestTypes).toEqual([]);
  });

  it('"please scrap my data" still does', () => {
    expect(readByRules('Please scrap my data and everything you hold on me.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 18a and 19i: "please fix this" corrects the writer's data only after naming
// it; after a bug report it asks for a fix of the product.
describe('"please fix it" after the data, or after a bug', () => {
  it('"There is an error in my contact information. Please correct it." -> correction', () => {
    expect(readByRules('There is an error in my contact information. Please correct it.').requestTypes).toEqual(['correction']);
  });

  it.each([
    'I tried to remove the members of the family group, and the button does nothing. Please fix this.',
    'The site says a login exists for my domain and I never created one. Can you please fix that?',
  ])('%s -> no correction', (body) => {
    expect(readByRules(body).requestTypes).not.toContain('correction');
  });
});

// Issue 16, real texts 18a: the right spelling given is a correction (§1798.106); asked about, a question.
describe('a name\'s spelling given', () => {
  it('"My name is spelt Jayne" -> correction', () => {
    expect(readByRules('Small point: my name is spelt Jayne. I directed the 2001 production.').requestTypes).toEqual(['correction']);
  });
  it('"How is my name spelled in your records?" asks nothing to correct', () => {
    expect(readByRules('How is my name spelled in your records?').category).toBe('question');
  });
});

// Issue 16, real texts 20b: "confirm deletion and tell me ..." deletes nothing called "me".
describe('a deletion verb before another ask', () => {
  it('"Please confirm deletion and tell me your retention period" reads no phrase deleting "me"', () => {
    expect(readByRules('Please confirm deletion and tell me your retention period.').reasons.some((r) => r.includes('(delete+object'))).toBe(false);
  });
});
