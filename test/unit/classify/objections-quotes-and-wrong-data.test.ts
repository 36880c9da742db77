import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../../../src/pipeline/classify/reading-roles.js';
import { readByRules } from './read-by-rules.js';

// Issue 16, real letters: shapes a privacy analyst reads at a glance that the rules misread.
describe('a stop on processing the writer’s data for marketing is an objection (opt-out)', () => {
  it.each([
    'Please stop using my personal data for marketing purposes.',
    "I'd like you to cease processing my information for direct marketing.",
    'I do not want you to use my son’s information for advertising.',
  ])('English: %s', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });

  it.each([
    'Les pido que dejen de utilizar mis datos con fines publicitarios.',
    'Quiero que ya no usen mi información para enviarme promociones.',
    'Solicito que se deje de tratar mis datos para la siguiente finalidad: envío de publicidad por SMS.',
    'Solicito que se abstengan de utilizar mis datos para el envío de publicidad.',
  ])('Spanish: %s', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });

  it('a stop on mail that names no data stays an unsubscribe', () => {
    const c = readByRules('Stop emailing me your marketing offers.');
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });
});

describe('data called wrong inside a deletion names what to delete', () => {
  it('"delete the outdated phone number" asks a deletion only', () => {
    expect(readByRules('Please delete the outdated phone number you have for me.').requestTypes).toEqual(['deletion']);
  });

  it('beside an asked deletion, wrong data said as a fact is the reason, not a second request', () => {
    expect(readByRules('Please remove my data from your site. I have no idea how my profile ended up with incorrect data.').requestTypes).toEqual(['deletion']);
  });

  // Issue 16, development texts 17a-24h: a listing's form, a relayed deletion, a reply.
  it.each([
    'Request: Please remove my listing. I am not accepting referrals and the phone number is wrong.',
    'The best would be to delete my original account associated with the incorrect email address.',
    'I think this child used wrong information about his birthday, please remove this account.',
  ])('a field called wrong beside a deletion, stated or asked in its sentence, is the reason: %s', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['deletion']);
  });

  it('a fix verb still asks the correction', () => {
    expect(readByRules('Please correct or delete the inaccurate data.').requestTypes).toEqual(['deletion', 'correction']);
    // "Please to fix this": the writer's English, the same ask.
    expect(readByRules('In my profile the phone number is wrong. Please to fix this. Also please remove my old second account.').requestTypes).toEqual(['deletion', 'correction']);
  });
});

describe('quoted passages and headings of a letter ask nothing of their own', () => {
  it('a regulation quoted in the letter does not add its right', () => {
    const body = 'The regulations state, "A business shall delete the personal information of a consumer from its records upon receiving a verifiable request." I opt out of the sale of my personal information.';
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });

  it('a short quote closes before the next one opens', () => {
    const text = 'the law defines "sale" broadly. the terms say "you will remove that user from every audience you have built with the data" and so on.';
    const spans = quotedPassages(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toContain('remove that user');
  });

  it("the writer's own earlier request, quoted, still asks", () => {
    const body = 'Three weeks ago I wrote to you: "Please delete my account and all of my data right away." I have had no reply.';
    expect(readByRules(body).requestTypes).toEqual(['deletion']);
  });

  it('a Markdown section heading names a section', () => {
    const body = '## Transfer of my data to advertisers\n\nI opt out of the sale of my personal information.';
    expect(readByRules(body).requestTypes).toEqual(['opt_out']);
  });
});

// "Toda la info" is how Spanish writers shorten "toda la información" (the English tables already
// read "info").
describe('"toda la info que tienen" is what is held', () => {
  it('asked for, it is access; ordered deleted, a deletion', () => {
    expect(readByRules('Hola, ¿me pueden pasar toda la info que tienen mía? Gracias.').requestTypes).toEqual(['access']);
    expect(readByRules('Borren toda la info que tienen de mí.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 19k: a change reported in the past, or the adverb "correctly", asks no correction.
describe('a change that happened is no correction asked', () => {
  it.each([
    ['Someone hacked into my account and changed my email address.', []],
    ["Please remove my email address from this account. Since you don't validate addresses correctly, I have begun receiving email meant for someone else.", ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });

  it.each(['Please change my email address to dana@example.org.', 'I would like my address updated in your records.'])('%s still asks', (body) => {
    expect(readByRules(body).requestTypes).toEqual(['correction']);
  });
});

// Issue 16, real texts 19k: what is held, by the verb of receiving.
describe('"What data do you receive from my account?"', () => {
  it('asks what is held (access)', () => {
    expect(readByRules('What data do you receive from my account?').requestTypes).toEqual(['access']);
  });
});
