import { describe, expect, it } from 'vitest';
import { readPersonsMail } from './read-persons-mail.js';

/**
 * Issue 16, the SpamAssassin public corpus (spam-1, development): a bulk mailer's footer that says
 * where it got the address and how to leave its list ("Your email address was obtained from an
 * opt-in list ... If you wish to be unsubscribed from this list, please click here. We do not
 * condone spam"), and the advance-fee letter's millions to move or invest ("$30.5 Million US
 * Dollars ready for investment", "transferring the money (US$15 Million) ... your share"). Both
 * `other`, never answered, as is mail labeled an advertisement as Japan's and Korea's laws ask
 * ("未承諾広告※", "(광고)"). The footer's "unsubscribed" is the sender's list, not a person
 * unsubscribing; a person who writes of their own unsubscribing, or of money and their data,
 * stays a person. Every message is fictional, written for this test.
 */
const classify = readPersonsMail;

describe("a mass mailer's lines", () => {
  it.each([
    ['PROTECT YOUR COMPUTER', 'Does your computer need a tune-up? Our utility suite fixes it all.\n\nYour email address was obtained from an opt-in list. If you wish to be unsubscribed from this list, please click here.'],
    ['Great offer', 'The best garden furniture at half price, only this month.\n\nIf you would like to be removed from future offers, please visit our site. We do not condone spam in any shape or form.'],
    ['investment', 'ATTN: President,\n\nI am an investor in exile. I am having $30.5 Million US Dollars ready for investment, left behind by my late husband. Send me your company profile.\n\nMrs. Ada Moreno'],
    ['URGENT ASSISTANCE', 'Dear sir,\n\nI am seeking your assistance in transferring the money in the security company (US$15 Million) out of this country to your country. Your compensation will be negotiated.\n\nDr. Sam Okafor'],
  ])('%s -> other', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.reasons.join('\n')).toMatch(/not a privacy matter: (?:sales|phishing)/);
  });

  it.each([
    ['未承諾広告※出会いの広場', '突然のメール失礼いたします。今後この広告がご不要な方はお送り下さい。'],
    ['(광고) 최고의 기회', '지금 가입하세요. 수신을 원하지 않으시면 회신해 주세요.'],
  ])('an advertisement labeled as the law asks (Japan, Korea): %s -> other', (subject, body) => {
    const c = classify(subject, body);
    expect(c.category).toBe('other');
    expect(c.reasons.join('\n')).toContain('labeled an advertisement');
  });

  it.each([
    ['Unsubscribe', 'I wish to be unsubscribed from your newsletter, please. I never signed up.', 'question'],
    ['My data', 'You sold my data to a firm that says it will invest $2 million in ads. Do not sell my personal information.', 'privacy_request'],
  ])('%s: a person stays a person', (subject, body, category) => {
    expect(classify(subject, body).category).toBe(category);
  });
});
