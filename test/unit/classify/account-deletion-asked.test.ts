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
