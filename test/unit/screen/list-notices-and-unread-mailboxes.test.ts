import { describe, expect, it } from 'vitest';
import { plainMailVerdict } from './fixture-mail.js';

/**
 * Issue 16, real texts 27: machine mail sent without the RFC 3834 header (email-rules §1:
 * recognised by content too). Mailman's notices to a poster echo the post's subject on a line of
 * its own; a mailbox that says nobody reads it; a helpdesk's "Thanks for contacting us" with its
 * promise to answer. Fictional mail in the shape of those templates.
 */
const verdict = plainMailVerdict;

describe('machine mail that says what it is', () => {
  it.each([
    ['Your message to members@lists.example.org awaits moderator approval',
      "Your mail to 'members@lists.example.org' with the subject\n\n    Re: Request to delete my personal information\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n"],
    ['Your message to Members was received',
      'Your message entitled\n\n    Re: Request to delete my personal information\n\nwas successfully received by the Members mailing list.\n'],
  ])('a list manager’s notice that echoes our subject is an auto-reply: %s', async (subject, body) => {
    expect((await verdict('members-bounces@lists.example.org', subject, body))?.kind).toBe('auto_reply');
  });

  it.each([
    ['You sent a message to a mailbox that isn\'t monitored', 'You have sent a message to a mailbox that isn’t monitored.\nPlease note this mailbox isn’t checked by anyone. Messages sent to this address won’t get a reply.'],
    ['Re: Please remove my information', 'Thanks for contacting us! We\'ll get back to you within 24 business hours.'],
    ['Re: Account question', 'Please note: this inbox isn’t monitored. For help, visit example.net/help.'],
  ])('%s -> auto_reply', async (subject, body) => {
    expect((await verdict('Example Support <help@example.net>', subject, body))?.kind).toBe('auto_reply');
  });

  it.each([
    ['Re: Your privacy request', 'Thank you for contacting us. I never asked you for anything: please delete my account and all my data.'],
    ['Re: list post', 'My message titled\n\n    Delete my personal information\n\nwas held by your list. Please delete my personal information now.'],
  ])('a person is still a person: %s', async (subject, body) => {
    expect((await verdict('Dana Whitfield <dana.w@example.org>', subject, body))?.kind).toBe('human');
  });
});

describe('a rejection for a full mailbox is a bounce of our mail (email-rules §1)', () => {
  it('"Your message to <x> was automatically rejected: Quota exceeded", signed "Mail Delivery Subsystem", is a bounce, not an auto-reply', async () => {
    const v = await verdict('Mail Delivery Subsystem <admin@example.net>', 'Automatically rejected mail', 'Your message to <dana.w@example.net> was automatically rejected:\nQuota exceeded');
    expect(v?.kind).toBe('bounce');
  });

  it('the same words from no robot, with no mail system signing, are left to the other checks', async () => {
    const v = await verdict('Dana Whitfield <dana.w@example.org>', 'Re: your reply', 'My mailbox said: your message to <dana.w@example.org> was automatically rejected. I have made room now, please send it again.');
    expect(v?.kind).toBe('human');
  });
});
