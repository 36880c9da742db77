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
