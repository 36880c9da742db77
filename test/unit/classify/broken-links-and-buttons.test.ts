import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// A control named by what it does ("the delete account link") and reported broken is account
// help; an ask in a clause or sentence of its own still makes a request.
describe('a broken link or button', () => {
  it.each([
    "The 'Remove card' button does nothing.",
    'The delete account link gives an error.',
    "The export my data button doesn't work.",
    'When I tap Delete Account nothing happens.',
    // "just" and "only" before the failure do not cut the report in two.
    'Your download my data page just shows a 404.',
    'The export page only gives a blank page.',
    'El enlace para borrar mi cuenta da error.',
    'No funciona el botón de eliminar cuenta.',
  ])('%s -> question', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it.each([
    ['The delete account link gives an error, so please delete my account for me.', ['deletion']],
    ['The delete account link is broken. Please delete my account.', ['deletion']],
    ['Delete my account, the app is not working for me anyway.', ['deletion']],
    ['El botón de borrar cuenta no hace nada, así que bórrenla ustedes por favor.', ['deletion']],
  ])('%s -> still a request %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});
