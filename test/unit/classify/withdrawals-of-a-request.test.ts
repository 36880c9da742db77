import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';

const classify = (body: string) =>
  classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });

// Calling off an earlier request names the request or the action it asked for ("cancel the
// deletion"): a withdrawal is a question by the labeling conventions, and the bot must never open
// a deletion from it. "Cancel my account" names no earlier action: a closing request.
describe('withdrawing an earlier request', () => {
  it.each([
    'Please cancel the deletion, I want to keep my account after all.',
    'Stop the deletion of my account, I changed my mind.',
    'Please halt the account deletion, my wife still uses it.',
    'Cancel my deletion request please.',
    'I want to withdraw my request to delete my data.',
    'Cancelen la eliminación de mi cuenta.',
    'Por favor detengan el borrado de mis datos, cambié de opinión.',
    'Quiero cancelar la solicitud de eliminación.',
  ])('%s -> question', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it.each([
    ['Please cancel my account and delete my data.', ['deletion']],
    ['Please disregard my previous email and delete my account.', ['deletion']],
    ['Stop selling my data and delete my account.', ['deletion', 'opt_out']],
    ['Cancelen mi cuenta y borren mis datos.', ['deletion']],
  ])('%s -> still a request %j', (body, types) => {
    const c = classify(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
  });
});

// A withdrawal often tells what it calls off ("yesterday I asked you to delete my account"); that
// account of the old request is no new one, in the rules or in the model's second opinion.
describe('a withdrawal that retells the request it calls off', () => {
  it.each([
    'sorry, i send request to delete yesterday but i change my mind. please NOT delete, i still need the account',
    'Hi, never mind about the deletion request I sent Monday. Please cancel it, my clinic needs the portal.',
    'Yesterday I send email to delete my account but it was mistake. Please no delete my account!! Cancel my request please.',
    'La semana pasada les pedí que borraran mi cuenta, pero lo pensé mejor. Por favor cancelen esa solicitud y no borren nada.',
    'Last week I asked you to delete my account. Please disregard that, I need the portal after all. Please do NOT delete anything.',
  ])('%s -> question', (body) => {
    const c = classify(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
  });

  it('a new request asked in so many words beside the withdrawal still counts', () => {
    const c = classify('Please cancel my deletion request. Instead, please send me a copy of my data.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['access']);
  });
});

// Issue 16, real texts 19h: a reminder's threat names the request it presses, it calls nothing off.
describe('"if you continue to ignore this request"', () => {
  it('is a reminder restating the deletion asked before (§1798.105)', () => {
    const c = classify('I previously submitted a request to remove my personal data from your platform on 20 October. I have not received a response.\n\nIf you continue to ignore this request, I will file a complaint with the supervisory authority.');
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });
  it('"please ignore my previous request" still calls it off', () => {
    expect(classify('Last week I asked you to delete my account. Please ignore my previous request, I want to keep it.').category).toBe('question');
  });
});
