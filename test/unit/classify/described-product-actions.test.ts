import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// A request is the writer asking us to act on a right (test/eval/README labeling conventions).
// A sentence saying what users, the app or the company can or will do describes the product; a
// "please" in another sentence asks something else (issue 16: such a description was read as a
// deletion request).
describe('what users or the product can do, described', () => {
  it.each([
    'The app deletes the account after 30 days of inactivity. Please let me know if my subscription will be refunded.',
    'Hello. Your FAQ says the company deletes inactive accounts after a year. Please confirm the date my trial ends.',
    'Please help. I read that users can delete their account from the profile page, but I cannot find the page.',
    'Thanks for your help. Customers can remove their data from the dashboard. Please send me the link to the dashboard.',
    'Hola. Los usuarios pueden eliminar su cuenta en la configuración. Por favor, díganme cuánto cuesta el plan anual.',
    'La aplicación elimina la cuenta después de 30 días. Por favor confirmen la fecha de mi renovación.',
  ])('%s -> question', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).toEqual([]);
    expect(c.category).toBe('question');
  });

  // The words the backoff pairs ("me" ... "removes") sit on both sides of "whether": what the
  // writer wants to be told is a question, not a deletion.
  it.each([
    'Hi, I have a question about your app. Users can delete their account in the settings. Please tell me whether that also removes the photos I uploaded.',
    'Customers can close their account online. Tell me whether that also erases the reviews I posted.',
  ])('%s -> question (an indirect question about deletion)', (body) => {
    const c = readByRules(body);
    expect(c.requestTypes).toEqual([]);
    expect(c.category).toBe('question');
  });

  it.each([
    'Please delete my account. Users can delete their account in the settings but the button is broken.',
    'I know users can delete their account themselves, but the company can delete my data for me: please do.',
    'Los usuarios pueden eliminar su cuenta, pero yo no puedo. Por favor borren mi cuenta.',
    // An ask in the clause itself makes the described action what is asked.
    'Please make sure the app deletes the account and everything in it.',
  ])('%s -> deletion (the writer still asks)', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });
});
