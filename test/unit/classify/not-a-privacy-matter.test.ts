import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16 item 1: mail that is no privacy matter at all is `other` (never answered, listed in the
 * digest), and a real privacy request or question never is (ccpa-rules §1798.130(a)(2): a missed
 * request breaks its clock). Every message here is fictional, at example domains, written for
 * this test; each is read by the daemon's classifier with its trained second opinion.
 */
const classify = readPersonsMail;

const JUNK: Array<[kind: string, subject: string, body: string]> = [
  ['phishing', 'Mailbox storage full', 'Dear user, your mailbox is almost full (98% of quota). Incoming messages will be held. Click here to upgrade your storage now: https://mail-upgrade.example.net/login'],
  ['phishing', 'Password expiry notice', 'Your password will expire today. To keep using your e-mail account, verify your credentials within 24 hours to avoid suspension: http://portal.example.net/verify'],
  ['phishing', 'Document shared with you', 'Jordan Ellis has shared a secure document with you via DocuSign. Please review and sign the document here: https://sign.example.net/d/8812'],
  ['sales', 'Quick question', 'Hi there, I hope this email finds you well. Our agency helps companies like yours rank higher on Google. We have placed backlinks for 300 clients. Can we book a quick 15-minute call next week?'],
  ['sales', 'Partnership', 'Hello, our platform can help you grow revenue with automated outreach. Would you be open to a free trial? Let me know a good time to schedule a demo. Best, Priya, Growthly (example.org)'],
  ['sales', 'Investment opportunity', 'Greetings! Join our crypto trading platform with guaranteed returns of 4% a week. Send USDT to the wallet address below to start today.'],
  ['phishing', 'Storage alert', 'Your mailbox has exceeded its storage limit. Verify your account at http://mail-check.example.net/verify to continue receiving mail.'],
  ['sales', 'DPA', 'Hi, we are a vendor of yours. Please review and sign the attached DPA and return it by Friday.'],
  ['sales', 'Supplier onboarding', 'Good afternoon, attached is our vendor onboarding form and W-9. Please countersign the master services agreement and return it by Friday so we can issue the purchase order.'],
  ['invoice', 'Invoice #20931', 'Hello accounts team, please find attached invoice #20931 for services rendered in November. The amount due is $4,250.00, payable within 30 days. Remittance details are on page 2.'],
  ['invoice', 'Factura pendiente', 'Buenos días, les enviamos la factura número 3381 correspondiente a octubre. El pago vencido asciende a 1.200 dólares. Saludos, Contabilidad'],
  ['job_application', 'Application - Marketing Coordinator', 'Dear Hiring Manager, I am writing to apply for the Marketing Coordinator position you advertised. Attached is my resume and cover letter. I have four years of experience in events.'],
  ['newsletter', 'The November roundup', 'This month\'s newsletter: five new recipes, our holiday hours and a member spotlight. View this email in your browser. You are receiving this email because you signed up at example.org.'],
  ['misdirected', 'Fwd: lease renewal', 'Sorry, this email was meant for Harbor Lane Property Management. Please disregard it. Regards, Tomas Reyes'],
  // "Update your contact information" is the sender's address book, not the writer's data to correct.
  // Issue 16, real texts 18j: the subject names the mistake, not a correction asked.
  ['misdirected', 'Wrong address', 'I think this email was meant for someone else, sorry to bother you.'],
  ['misdirected', 'Re: shipping schedule', 'Hello, you have sent this message to the wrong person. Please update your contact information so the right person gets these. Thanks, Odile'],
  // The sender's address book too (the reader asked to update their own data is read apart, phrases-en.ts).
  ['misdirected', 'Re: delivery slots', 'Hello, you have sent this message to the wrong person. Please update your address book so the right person gets these. Thanks, Odile'],
];

describe('junk is `other`, with one line why', () => {
  it.each(JUNK)('%s: %s', (kind, subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.requester).toBe('none');
    expect(c.otherWhy).toMatch(new RegExp(`^${kind.replace('_', ' ')}:`));
  });
});

// The boundary: junk-like wording around a real ask, or a privacy question, is never `other`.
const REAL: Array<[category: 'privacy_request' | 'question', subject: string, body: string]> = [
  // A courtesy opening and a polite condition: a former employee asking us to take their profile down.
  ['privacy_request', 'Profile to be removed from the website', 'Hi team,\n\nI hope this message finds you well. My profile (Jordan Pike) is still listed on your website at https://www.example.com/people/jordan-pike.\n\nAs I am no longer with the company, I would be grateful if my profile and picture could be removed at your earliest convenience.\n\nBest regards,\nJordan Pike'],
  ['privacy_request', 'Delete my data', 'I hope this email finds you well. Please delete all personal information you hold about me. Click here was in your last newsletter, which I never signed up for.'],
  ['privacy_request', 'Opt out', 'Your newsletter says you share data with partners. Do not sell or share my personal information. View this email in your browser is all I ever see from you.'],
  ['privacy_request', 'Request', 'I am applying my rights under the CCPA: send me a copy of the personal information you have about me, including anything from my job application last year.'],
  ['privacy_request', 'Invoice 4411 and my data', 'I paid invoice #4411 last month. Separately, please delete my account and every record you keep on me.'],
  ['privacy_request', 'Solicitud', 'Buenos días, solicito la cancelación de mis datos personales de sus bases de datos.'],
  ['question', 'Your email', 'I got a marketing email from you today with a link to click here. How did you get my email address, and do you sell my information?'],
  ['question', 'Stop emails', 'Please unsubscribe me from your weekly newsletter.'],
];

describe('a privacy request or question is never `other`', () => {
  it.each(REAL)('%s: %s', (category, subject, body) => {
    expect(classify(subject, body).category).toBe(category);
  });
});

// Customer-service mail with no privacy word is a question staff answer (test/eval/README), not junk.
describe('what is no junk by any sign stays a question for staff', () => {
  it.each([
    ['Hello', 'Thanks, got it.'],
    ['Order 55123', 'Hi, I ordered two blue ceramic mugs three weeks ago and they still have not arrived. Could somebody check with the courier?'],
    // Sellers open with this courtesy, and so do people with a question: alone it is no pitch.
    ['Records after closing', 'Hello,\n\nI hope this email finds you well. I closed my account with you last spring. How long do you keep the records you had on me after that?\n\nThanks,\nRowan Ames'],
    ['Bill', 'I was charged twice for the same visit on 4/22 and now there is a balance due of $186.40 that I do not owe. Please fix my statement.'],
  ])('%s: %s', (subject, body) => {
    expect(classify(subject, body).category).not.toBe('other');
  });
});

describe('a polite condition asks; it does not describe a deletion', () => {
  it('"I would be grateful if my profile could be removed" is read by the rules as asked', () => {
    const c = classify('Profile', 'As I am no longer with the company, I would be grateful if my profile and picture could be removed at your earliest convenience.');
    expect(c.reasons.some((r) => r.startsWith('deletion: '))).toBe(true);
    expect(c.reasons.some((r) => r.includes('describes a past deletion'))).toBe(false);
  });

  // Issue 16, real texts 22g.
  it('"I would appreciate it very much if my account was deleted" asks in the past tense of politeness', () => {
    const c = classify('Accounts', "I don't see any delete account button. I would appreciate it very much if my account was deleted.");
    expect(c.category).toBe('privacy_request');
    expect(c.requestTypes).toEqual(['deletion']);
  });

  it('the same words with no condition still describe one', () => {
    const c = classify('Profile', 'My profile and picture could be removed next week, your colleague said.');
    expect(c.reasons.some((r) => r.includes('describes a past deletion'))).toBe(true);
  });
});
