import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// test/eval/README: account help is a question. A right's phrase that the writer tried and failed
// to carry out themselves ("I am unable to delete my account"), found no control for ("there is no
// option to erase my data") or asks how to do ("I was wondering how I would close my account")
// asks us for nothing yet. Read by the rules alone, so a retrain cannot move it. ("I'm trying to
// delete my account" alone is labeled both ways by analysts and is not decided here.)
describe('a right the writer tried and failed to exercise themselves', () => {
  it.each([
    'I am unable to delete my account on your site.',
    'I can not find a way to delete my account in the app.',
    "I couldn't delete my profile from the dashboard.",
    'There is no option to erase my data anywhere in the menu.',
    'I was wondering how I would delete my account.',
    'Please advise how I may delete my account.',
    'No puedo eliminar mi cuenta desde la aplicación.',
    'La aplicación no me deja borrar mi cuenta.',
    'No encuentro la opción para eliminar mi cuenta en el perfil.',
    'No hay ninguna forma de borrar mi cuenta en la web.',
    // Issue 16, real texts 19g: a site where it "seems impossible to delete my account".
    'On that website it seems impossible to delete my account.',
    // Issue 16, real texts 19a: a way looked for and not found; the account made "by mistake" is no error in it.
    "I created my account by mistake, and after looking for a way to delete it, I didn't find anything.",
    // Issue 16, real texts 22g: the failure coordinated with a second verb.
    "I signed up on the German server by mistake and now I can't change or delete my account. Is there a way to switch it?",
    // Issue 16, real texts 20b: a way that "doesn't seem to be" there, and two verbs joined by a slash.
    "There doesn't seem to be a way on the site to just delete/close my account.",
    // The backoff's co-occurrence ("my applications ... delete") is framed at its later cue too.
    "I have disconnected all my applications but there doesn't seem to be a way on the site to delete the rest.",
    // Issue 16, real texts pc (eighth session of 2026-12-07): an attempt told as a story.
    'After trying everything I decided to try deleting my account and get re-invited. Any reasoning behind this?',
    'I tried to delete my profile in the app last week.',
  ])('%s -> question', (body) => {
    const c = readByRules(body);
    expect(c.category).toBe('question');
    expect(c.requestTypes).toEqual([]);
    expect(c.requester).toBe('none');
  });

  // Only the words right before the phrase are read: an ask of its own still makes a request.
  it.each([
    ['I could not log in, please delete my account.', ['deletion']],
    ['I was unable to delete my account. Please delete my account and all my data.', ['deletion']],
    ['I am unable to delete my account myself, so please delete it and every record about me.', ['deletion']],
    ['You keep trying to sell my data. Stop selling my data.', ['opt_out']],
    ['No pude borrar mi cuenta. Por favor, eliminen mi cuenta y todos mis datos.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    const c = readByRules(body);
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(types);
    expect(c.requester).toBe('self');
  });
});

// Issue 16, real texts 19k: an app review's subjectless complaint.
describe('"unable to delete my account", with no subject', () => {
  it('is account help, as "I am unable to delete my account" is', () => {
    expect(readByRules('unable to delete my account').category).toBe('question');
  });

  it('"Can not log in. Delete my account please." still asks', () => {
    expect(readByRules('Can not log in. Delete my account please.').requestTypes).toEqual(['deletion']);
  });
});

// Issue 16, real texts 17a and 18a: the place or the function the writer could not find.
describe('a function or a place the writer could not find', () => {
  it.each([
    'I am not able to find the place I can correct my date of birth.',
    "I can still log in, but there isn't a function to be able to update my email address.",
  ])('%s -> account help', (body) => {
    expect(readByRules(body).category).toBe('question');
  });

  it('"I could not find the place. Please correct my date of birth." asks', () => {
    expect(readByRules('I could not find the place. Please correct my date of birth to 3 May 1990.').requestTypes).toEqual(['correction']);
  });
});

// Issue 16, real texts 19g and 19k: the act is the subject or the time of the clause, which tells
// what the product does ("Deleting your profile leaves most of your data"): a bug report, no ask.
describe('a clause about the act itself, not asking for it', () => {
  it.each([
    'Trying to delete my account, gives no message, no warnings.',
    'Deleting my account should delete all my information, first of all.',
    'Choosing to delete an account seems to reset the account instead.',
    'After deleting my account I still get your newsletters.',
    'Al intentar eliminar mi cuenta me sale un error.',
    // Issue 16, real texts 20a: the control as the subject.
    'The POST to delete my account appeared to be successful but re-registering still fails.',
    'The option to export my data does not load on the settings page.',
  ])('%s -> question', (body) => {
    expect(readByRules(body).category).toBe('question');
  });

  it.each([
    ['Before deleting my account, please send me a copy of my data.', ['access', 'deletion']],
    ['Deleting my account is what I want: please delete my account.', ['deletion']],
  ])('%s -> %j', (body, types) => {
    expect(readByRules(body).requestTypes).toEqual(types);
  });
});
