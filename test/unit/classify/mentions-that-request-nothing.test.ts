import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { readByRules } from './read-by-rules.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Phrases that name a right without asking for it (test/eval/README: complaints and unsubscribes
// are questions): the name of the "Do Not Sell" link, a report of an earlier request, a bare list.
describe('a right named but not asked for', () => {
  it.each([
    'Your Do Not Sell link just reloads the home page. Is the site broken?',
    'The "Do Not Sell My Personal Information" button on your app does nothing when I tap it.',
    'I got a letter stating that my deletion request was completed, but I never sent one. What is going on?',
    'Someone told me my access request has been received. I did not make any request.',
    'Take me off your list.',
    'please remove me from all your lists',
  ])('%s -> question', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it('a second imperative after "and" is its own request: "take me off your lists and erase ..."', () => {
    expect(classify('Remove me from your lists and delete everything you have on me.').requestTypes).toEqual(['deletion']);
  });

  it('a complaint about the link followed by an instruction is still an opt-out (§1798.120)', () => {
    expect(classify('Your Do Not Sell link is broken. Do not sell my personal information.').requestTypes).toEqual(['opt_out']);
  });
});

// Deleting an appointment or a payment card is account help, not the deletion of personal
// information (§1798.105); "delete my account and cancel my appointments" still deletes.
describe('appointments and payment cards', () => {
  it.each(['delete my appointment on thursday pls, I cant make it.', 'Please remove my expired card from the account.', 'Por favor eliminen mi tarjeta vieja de la cuenta, ya está vencida.'])(
    '%s -> question',
    (body) => {
      const c = readByRules(body);
      expect(c.category).toBe('question');
    },
  );

  it('a deletion beside a cancelled appointment stands', () => {
    const c = readByRules('Please delete my account and cancel my appointments.');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});

// A right named only to say it is not asked ("I'm not asking about data selling", "you do not need
// to run an opt-out for me") is not asked; one asked beside it still is.
describe('a right named to say it is not asked', () => {
  it('an unsubscribe that says it asks nothing else', () => {
    const c = readByRules("Please take me off the monthly newsletter. I'm not asking about data selling or deleting anything, I just don't want the emails anymore.");
    expect(c.category).toBe('question');
  });

  it('a copy and an erasure, with the opt-out said not to be needed', () => {
    const c = readByRules(
      "1. Send me a copy of the personal information you hold about me. 2. Once I've confirmed I received it, delete all of it. You do not need to run a separate opt-out of sale for me. Once everything is erased there won't be anything left to sell.",
    );
    expect(c.requestTypes).toEqual(['access', 'deletion']);
  });

  it.each([
    ["I'm not asking you to delete my account, just stop selling my data.", ['opt_out']],
    ['My data should not be sold.', ['opt_out']],
    ['Last week I asked you to delete my account. Please cancel that. What I would like instead is a copy of the personal information you hold about me.', ['access']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });
});

describe('a quoted option label beside a refusal', () => {
  it('"accidentally checked \\"delete\\" - please DON\'T delete my account" deletes nothing', () => {
    const c = readByRules('I filled out your privacy form and accidentally checked "delete" - please DON\'T delete my account. What I actually want is to know what information you have about me.');
    expect(c.requestTypes).toEqual(['access']);
  });
});

// Issue 16, development texts 17a-24h: data that goes the other way, from the writer to us, or
// mail sent to the writer that is no data of theirs, asks no copy (§1798.110).
describe('what the writer gives, or what we send that is no data of theirs', () => {
  it('"I will not give you more of my personal data" asks no access', () => {
    expect(readByRules('Please delete my personal data. I will not give you more of my personal data to prove who I am.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Please delete my account. You asked me to give you more of my personal data first.').requestTypes).toEqual(['deletion']);
  });

  it('"dejen de mandarme promociones, no autorizo el uso de mis datos" asks no copy', () => {
    expect(readByRules('dejen de mandarme promociones, no autorizo el uso de mis datos').requestTypes).not.toContain('access');
    expect(readByRules('por favor mándenme mis datos').requestTypes).toEqual(['access']);
  });
});
