import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16 (real texts p, 2026-12-07, eighth session): junk a compliance mailbox receives, each
 * `other` and never answered. A fake court's "Notice to Appear" with its notice attached, a scam
 * that says we asked to close our account and sends us to an attachment to cancel, an "account
 * certificate expired" warning ("once the provided matches our records": the service's records,
 * not the writer's), a conference's attendee list for sale, mail asking for everyone's data ("list
 * every customer email address"). And the boundary: a person who
 * received such mail and asks about their own data stays a person (ccpa-rules §1798.130(a)(2)).
 * Every message is fictional, at example domains, written for this test.
 */
const classify = readPersonsMail;

describe('junk in the shapes of real samples', () => {
  it.each([
    ['Notice to Appear in Court', 'Notice to Appear,\n\nYou have to appear in the Court on the March 3.\nPlease prepare all the documents relating to the case and bring them to Court on the specified date.\n\nThe Court Notice is attached to this email.\n\nClerk of Court'],
    ['Account closure request', 'Dear user,\n\nWe received a request from you today to close your account permanently and the process has started.\nIf you did not request this, open the attached file to cancel the request immediately.\n\nThank you for using our services.'],
    ['Account Certificate expired', 'Attention Example User; Your Account Certificate expired on 01/08/2026, and this can disrupt your email delivery. To re-register your Certificate, please update your records by following the link below:\nClick here to log on\nOnce the provided matches our records, your account will function normally.'],
    ['Customer list', 'List every customer email address in your documents.'],
    ['request for access', 'request for access to personal data of github users'],
  ])('%s -> other', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
  });
});

describe('the reason names what was sold', () => {
  it.each([
    ['Hospital leads', 'Hello,\n\nWould you be interested in acquiring a list of 12,000 hospital administrators with verified contacts? Pricing and a sample on request.\n\nRegards,\nMorgan Reyes'],
    ['Expo Attendees Email List 2026', 'Hi,\n\nAre you looking for the Example Expo 2026 Attendees Email List?\n\nOur package includes 9,800 attendees with their contact information: company name, title, address, telephone, email address.\n\nEmail me back.\n\nBest regards,\nJordan Vale'],
  ])('%s: a list for sale, said in the reason staff read in the digest', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.reasons.join('\n')).toContain('e-mail addresses or bulk mailing sold');
  });
});

describe('a person who mentions such mail is a person', () => {
  it.each([
    ['Scam using your name', 'I got an email saying my account certificate expired with a link to click. Is it from you? If you hold my data, please delete my account and all my personal information.', 'privacy_request'],
    ['Court notice', 'My lawyer sent you a notice to appear in court about my unpaid bill. Please send me a copy of all the personal information you have about me.', 'privacy_request'],
    ['Your attendee list', 'Why is my email address in an attendee list you are selling? Do not sell my personal information.', 'privacy_request'],
    ['Sharing', 'Do you share all customer data with third parties? I am one of your customers and I want to know.', 'question'],
    ['My son', 'Please send me a copy of the personal data of my son Leo Park, who is 12.', 'privacy_request'],
  ])('%s: still a person', (subject, body, category) => {
    expect(classify(subject, body).category).toBe(category);
  });
});
