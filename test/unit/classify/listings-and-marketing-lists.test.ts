import { describe, expect, it } from 'vitest';
import { readByRules } from './read-by-rules.js';

// "List" is a mailing list in "remove me from your list", a published listing in "remove my
// information from your list", and the sharing refused in "lists provided to third parties".
describe('removal from a list', () => {
  it('the writer’s data taken off a plain list is a deletion', () => {
    expect(readByRules('Please remove my information from your list.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Please remove my info from all your lists.').requestTypes).toEqual(['deletion']);
  });

  it('a mailing list, or the writer’s address, is an unsubscribe', () => {
    // Issue 16, real texts 21e: "whatever list this is", from someone who never used the product.
    for (const body of ['Remove me from your mailing list.', 'Please remove my email from your list.', 'Please remove my data from your mailing list.', 'Please remove me from whatever list this is.']) {
      const c = readByRules(body);
      expect(c.requestTypes).toEqual([]);
      expect(c.category).toBe('question');
    }
  });

  // Issue 16, real texts 19g: a list a project keeps of people ("the provision list", "the GitHub
  // list") is their data published, not a mailing list.
  it('a list named for something other than mail is the writer\'s data: a deletion (§1798.105)', () => {
    expect(readByRules('Please remove me from the provision list.').requestTypes).toEqual(['deletion']);
    expect(readByRules('I am requesting to be removed from the GitHub list.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Please remove me from your spam list.').requestTypes).toEqual([]);
    expect(readByRules('Please remove me from this list.').requestTypes).toEqual([]);
  });

  // Issue 16, real texts 20g: a contributors page's list of names.
  it('the writer\'s name or photo taken off a list is a deletion; off a mailing list, an unsubscribe', () => {
    expect(readByRules('I would like to remove my full name from this list.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Please remove my photo from the list on your website.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Please remove my name from your mailing list.').requestTypes).toEqual([]);
    // Issue 16, real texts 19c: a page's contact section is no mailing list either.
    expect(readByRules('Please remove my email from the Contact section on README.md.').requestTypes).toEqual(['deletion']);
    // Issue 16, real texts 22g: a username sits on a published list of users, never on a mailing list.
    expect(readByRules('Can you remove my username from the list?').requestTypes).toEqual(['deletion']);
  });

  it('lists given to third parties are the sharing refused (opt-out)', () => {
    expect(readByRules('Please remove my information from any lists provided to third parties for prescreened offers.').requestTypes).toEqual(['opt_out']);
  });
});

// People-search sites call taking a listing down "suppression".
describe('suppressing a record', () => {
  it('"suppress my record/listing" asks a deletion', () => {
    expect(readByRules('Please suppress my record so it no longer appears in your search results.').requestTypes).toEqual(['deletion']);
    expect(readByRules('Suppress my listing.').requestTypes).toEqual(['deletion']);
  });

  it('"I request privacy suppression for information about me" asks a deletion (§1798.105)', () => {
    expect(readByRules('I am writing to request privacy suppression for information about me that is publicly accessible through your service.').requestTypes).toEqual(['deletion']);
  });

  it('suppressing an address from a mailing list unsubscribes; a past suppression asks nothing', () => {
    expect(readByRules('Please suppress my email address from your marketing list.').requestTypes).toEqual([]);
    expect(readByRules('I suppressed my profile.').requestTypes).toEqual([]);
  });
});

// Issue 16, real texts 19b and 19h: state-law deletion templates list what the opt-out refuses.
describe('the disclosure refused with the sale and the sharing', () => {
  it('"opt me out of the sale, sharing, or disclosure of my personal information" asks no copy (§1798.120)', () => {
    expect(readByRules('Please opt me out of the sale, sharing, or disclosure of my personal information for targeted advertising.').requestTypes).toEqual(['opt_out']);
  });

  it('a disclosure asked in its own words is still access (§1798.110)', () => {
    expect(readByRules('Please provide disclosure of my personal information you collected.').requestTypes).toEqual(['access']);
  });
});

// Issue 16, real texts 17j and 18b: a demand lists the acts it refuses with commas.
describe('a sale refused in a list of acts', () => {
  it.each([
    'I demand that you cease and desist the publication, sale, distribution, and display of my personal information.',
    'Please confirm that you will not collect, sell, or share my personal information in the future.',
  ])('%s -> opt-out (§1798.120)', (body) => {
    expect(readByRules(body).requestTypes).toContain('opt_out');
  });
});
