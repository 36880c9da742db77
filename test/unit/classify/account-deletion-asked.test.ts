import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import type { ModelBundle } from '../../../src/pipeline/classify/linear-model.js';
import { readByRules } from './read-by-rules.js';

/**
 * Issue 16, real texts 21a-21c: people who ask us to delete their account inside a complaint that
 * the product's own deletion does not work ("I'd like to delete our account but the button does
 * nothing"). The labeling conventions make "delete my account" a deletion request (§1798.105); a
 * second opinion that reads no request anywhere stands in for the trained model, which weighed
 * the complaint's words and dropped such asks. Fictional mail, example domains.
 */
const noRequestAnywhere: ModelBundle = {
  category: { bias: -6, weights: {} },
  types: {},
  agent: { bias: -6, weights: {} },
  parent: { bias: -6, weights: {} },
  other: { bias: -6, weights: {} },
};
const read = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: noRequestAnywhere });

describe('an asked deletion of an account is never dropped by the second opinion', () => {
  it.each([
    ['Deleted my account but still get emails', 'Hello, I need help deleting my account completely. I deleted it in the app but I am still getting all the notifications.'],
    ["Can't delete user", "I'd like to delete our account but cannot. The \"Delete user and all data\" button does nothing."],
  ])('%s -> deletion', (subject, body) => {
    const c = read(subject, body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('a question about deleting an account is still the model\'s to overrule', () => {
    expect(read('Receipts', 'Is it possible to delete my account without losing my purchase receipts? Just asking for now.').category).toBe('question');
  });

  it('an asked deletion of something else is still the model\'s to overrule', () => {
    expect(read('Posts', 'Please delete my old posts from the forum thread.').category).toBe('question');
  });
});

// A bug report names the product's controls by their labels: no ask in them.
describe("a control's label is no ask", () => {
  it.each([
    ["I searched the settings page for 'Delete Account': nothing. The FAQ says it is at the bottom."],
    ['The Delete my data button gives an error when I press it.'],
  ])('%s -> no deletion read', (body) => {
    expect(readByRules(body).requestTypes).toEqual([]);
  });
});

describe('a right asked beside a control named is still asked', () => {
  it('"The Delete Account button does nothing, so please delete my account" -> deletion', () => {
    expect(readByRules('The Delete Account button does nothing, so please delete my account.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 17-21: an executor's or a relative's notice of a death ("please update your
// records and close the account") is an estate matter for staff; a model that reads a request
// everywhere stands in for the trained one, which opened deletions and access requests from them.
const requestEverywhere: ModelBundle = { ...noRequestAnywhere, category: { bias: 6, weights: {} } };
const readEager = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: requestEverywhere });

describe('a death notice is no request of the second opinion\'s making', () => {
  it('an executor\'s notice stays a question', () => {
    const c = readEager('Notice of death', 'I am writing to notify you of the death of Eleanor Whitcomb, who passed away on 2 October. I am the executor of her estate. Please note this on the account and let me know what you need from me.');
    expect(c.category).toBe('question');
  });
  it('a notice that asks a right in so many words is still that request (§1798.105)', () => {
    const c = readEager('My late husband', 'My husband passed away in June. I am the executor of his estate. Please delete his account and all the personal information you hold about him.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });
  it('the same words without a death are the model\'s to read', () => {
    expect(readEager('Account', 'Please note this on the account and let me know what you need from me.').category).toBe('privacy_request');
  });
});

// Issue 16 goal: no privacy request judged junk. A model sure of junk everywhere stands in for one
// fooled by a parent's short follow-up; the rules' phrase keeps it a request or a question for
// staff, never junk, while a co-occurrence alone in a seller's mail may still be junk.
const junkEverywhere: ModelBundle = { ...noRequestAnywhere, other: { bias: 8, weights: {} } };
const readJunk = (subject: string, body: string) =>
  classifyMessage({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { model: junkEverywhere });

describe('request words the rules read are never junk', () => {
  it('a parent opting a child out stays with staff', () => {
    expect(readJunk('Re: EdTech', 'Following up: we are opting out of the sale and sharing of our son\'s information.').category).not.toBe('other');
  });
  it('a seller\'s "I will remove you from my outreach" is junk to a sure junk model', () => {
    expect(readJunk('Last email', 'This is my last email. I will remove you from my outreach list after today. Our tool books demos for clinics.').category).toBe('other');
  });
});
