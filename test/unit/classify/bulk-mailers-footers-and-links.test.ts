import { describe, expect, it } from 'vitest';
import { readByRules, readSubjectAndBodyByRules } from './read-by-rules.js';

// Issue 16, the SpamAssassin public corpus (spam-1 as development): bulk mail read as a person's
// question or a deletion request. Fictional mail in the shapes of that spam.
const read = readSubjectAndBodyByRules;

describe('a bulk mailer’s removal instructions ask us nothing', () => {
  it.each([
    'To be removed, reply to this email with REMOVE in the SUBJECT line.',
    'To be removed from our database, click here.',
    'Please allow 7 days to be removed and send all addresses to remove@example.net.',
    'If you would like to be removed, write to remove@example.net.',
    'To be removed: http://www.example.net/removeme.html',
  ])('%s', (line) => {
    const c = readByRules(`Great prices on printer ink this week only.\n\n${line}`);
    expect(c.requestTypes).toEqual([]);
  });

  it('a person asking to be removed from a database still asks a deletion', () => {
    expect(readByRules('I would like to be removed from your database. Please delete my records.').requestTypes).toEqual(['deletion']);
  });
});

describe('bulk mail is junk by its list machinery, even in a footer the readers drop', () => {
  it('"This is NOT SPAM ... Click Here to Unsubscribe" in a disclaimer-like footer', () => {
    const body = 'Me and my friends have this brand new idea, a live webcam. Click Here\n\nThis is NOT SPAM - You have received this e-mail because you entered a draw at one of our portals. We comply with all laws on commercial e-mail. If you have received this e-mail in error, we apologize for the inconvenience and ask that you remove yourself from our distribution. Click Here to Unsubscribe';
    expect(read('Re: Hi', body).category).toBe('other');
  });

  it('"If you would no longer like us to contact you ... click here to unsubscribe"', () => {
    expect(read('', 'Copyright 2026 - All rights reserved\n\nIf you would no longer like us to contact you or feel that you have received this email in error, please click here to unsubscribe.').category).toBe('other');
  });

  it('the mailer’s own "unsubscribe" is not a person unsubscribing', () => {
    expect(read('Ink deals', 'Brand name toner cartridges at half price.\n\nYou are on our list of ink buyers. To unsubscribe, reply with REMOVE in the subject line.').category).toBe('other');
  });

  it('a person unsubscribing from our mail is still asking', () => {
    expect(read('Unsubscribe', 'Please unsubscribe me from your marketing emails.').category).toBe('question');
  });
});

describe('an advert says what it is', () => {
  it('the "ADV:" subject label', () => {
    expect(read('ADV: Promote your website', 'We can put your site in front of thousands of buyers.').category).toBe('other');
  });

  it('"click here" with no link shown, beside the adman’s words', () => {
    expect(read('Save on ink', 'Brand name toner cartridges at the lowest prices. Order now! Click here').category).toBe('other');
  });

  it('adult-content spam', () => {
    expect(read('Hot content', 'Rated the number one adult site three years in a row! You must be at least 18 to enter.').category).toBe('other');
  });
});

describe('a web address’s words are not the writer’s', () => {
  it('"go here: http://www.example.net/optout" asks no opt-out', () => {
    expect(readByRules('To stop these mailings, go here: http://www.example.net/optout').requestTypes).toEqual([]);
  });

  it('"portable communication devices" names products, not a portable copy', () => {
    expect(readByRules('The exhibition covers optical networking, portable communication devices and wireless access.').requestTypes).toEqual([]);
  });
});

describe('a pronoun removed in a longer message names the writer’s data only where the message does', () => {
  const discussion = 'Given that there will be some false positives in the spam filter, you absolutely have to put the mail somewhere. You can\'t simply delete it. I also don\'t like replying with a message that says what to do to really get through: that puts an extra burden on my correspondents, and most of them never read it anyway. A quarantine folder that I check once a week works better for me than any of the clever schemes.';

  it('a mailing-list discussion of a spam filter asks no deletion', () => {
    expect(readByRules(discussion).requestTypes).toEqual([]);
  });

  it('the same length of text that names the writer’s account still asks it', () => {
    expect(readByRules(`${discussion} Anyway, I no longer use my account with you, so please delete it.`).requestTypes).toEqual(['deletion']);
  });

  it('a short reply pointing at the mail it answers still asks it', () => {
    expect(readByRules('Yes, please delete it.').requestTypes).toEqual(['deletion']);
  });
});

// SpamAssassin public corpus (spam-1, development): mass mail's offers, in the team's own words.
describe('mass mail’s offers are junk', () => {
  it.each([
    ['Everybody Gets Paid - No Recruiting Needed', 'Join and reserve a position for free now. No recruiting needed, everyone makes money.', 'money-making offer'],
    ['Work from home', 'Work from home and earn $5,000 a month with our simple system. Reply for details.', 'money-making offer'],
    ["You're approved", 'Congratulations, you have been pre-approved for a second mortgage at our lowest rate. Bad credit OK.', 'loan or mortgage offer'],
    ['MULTIPLY YOUR CUSTOMER BASE', 'We sell 20 million fresh opt-in email addresses, sorted by state. Direct marketing will increase your sales.', 'e-mail addresses or bulk mailing sold'],
  ])('%s', (subject, body, sign) => {
    const c = readSubjectAndBodyByRules(subject, body);
    expect(c.category).toBe('other');
    expect(c.otherWhy).toContain(sign);
  });

  it('a person asking about their own mortgage data is still a person', () => {
    const c = readSubjectAndBodyByRules('My data', 'Do you share my personal information with mortgage lenders? I was told I was pre-approved for a loan I never asked for.');
    expect(c.category).not.toBe('other');
  });
});

describe('a bulk sender’s opt-out line is its list, not a person opting out', () => {
  it('"you may opt-out of our database by clicking here" under an offer is junk, not an opt-out', () => {
    const c = readSubjectAndBodyByRules('Specials for you', 'Hot specials through our affiliated websites, this week only. If you do not wish to receive further emails or have received this email in error you may opt-out of our database by clicking here: http://example.net/out');
    expect(c.requestTypes).toEqual([]);
    expect(c.category).toBe('other');
  });

  it('"You may opt-out of our database by clicking here" alone asks no opt-out', () => {
    expect(readSubjectAndBodyByRules('Hot deals', 'Hot deals on printer ink this week. You may opt-out of our database by clicking here: http://example.net/out').requestTypes).toEqual([]);
  });

  it('a person opting out by writing to us still opts out', () => {
    expect(readByRules('I opt out of the sale of my personal information. Please confirm by replying to this email.').requestTypes).toEqual(['opt_out']);
  });

  it('"$50 per 1 million email addresses" sells addresses', () => {
    expect(readSubjectAndBodyByRules('Direct email advertising', 'Promote your business for as low as $50 per 1 million email addresses. Complete and fax this form.').otherWhy).toContain('e-mail addresses or bulk mailing sold');
  });
});
