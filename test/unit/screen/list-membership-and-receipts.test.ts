import { describe, expect, it } from 'vitest';
import { plainMailVerdict as verdict } from './fixture-mail.js';

/**
 * Issue 16, real texts p (2026-12-07, eighth session): machine mail sent without the RFC 3834
 * header (email-rules §1: recognised by content too). A list manager's notice about membership
 * (welcome, goodbye, confirm, removed for bounces) is mailing-list mail, `bulk`; its notice about
 * a post stays an auto-reply, from "-bounces" as from "-owner". A helpdesk's "has been submitted",
 * a contact form's copy of what was sent, an issue tracker's new ticket, a read receipt and
 * "I will respond to you at the first time" are auto-replies. Fictional mail in the shape of the
 * templates of Mailman 3, mlmmj, Redmine and Roundcube.
 */
describe("a list manager's notice about membership is list mail", () => {
  it.each([
    ['hikers+owner@lists.example.net', 'Goodbye from hikers@lists.example.net', 'Hi, this is the Mlmmj program managing the <hikers@lists.example.net> mailing\nlist.\n\nThank you for confirming your unsubscribe. You have now been removed from the\nlist.'],
    ['garden-club-request@lists.example.org', 'Welcome to the "Garden-club" mailing list', 'Welcome to the "Garden-club" mailing list!\n\nTo post to this list, send your message to:\n\n  garden-club@lists.example.org'],
    ['garden-club-confirm+9d2e@lists.example.org', 'Your confirmation is needed to join the garden-club@lists.example.org mailing list.', 'Email Address Registration Confirmation\n\nHello, this is the GNU Mailman server at lists.example.org.\n\nWe have received a registration request for the email address\n\n    dana.w@example.org'],
    ['garden-club-owner@lists.example.org', 'Garden-club unsubscription notification', 'Luis Mora <luis.m@example.net> ha sido borrado de Garden-club.'],
    ['garden-club-owner@lists.example.org', 'Removal notice', 'Pat Lee <pat.lee@example.net> has been unsubscribed from garden-club@lists.example.org due to excessive bounces.'],
  ])('%s: %s -> bulk', async (from, subject, body) => {
    const v = await verdict(from, subject, body);
    expect(v?.kind).toBe('bulk');
    expect(v?.reason).toBe('content:list-membership-notice');
  });

  it("a notice about a post from the list's -bounces address is an auto-reply", async () => {
    const body = 'Your request to the garden-club@lists.example.org mailing list\n\n    Posting of your message titled "Plant swap"\n\nhas been rejected by the list moderator.';
    expect((await verdict('garden-club-bounces@lists.example.org', 'Request to mailing list "Garden-club" rejected', body))?.kind).toBe('auto_reply');
  });

  it.each([
    // membership words from a person's address
    ['Dana Whitfield <dana.w@example.org>', 'Unsubscribe', 'Please confirm my unsubscription: I have been subscribed to your newsletter without asking.'],
    // a list manager's address, but the text is a person's request about their own data
    ['garden-club-owner@lists.example.org', 'Welcome to the list', 'Welcome to the Garden-club mailing list! Also, as a member, please delete my personal information you hold from the old list.'],
  ])('a person is not list mail: %s', async (from, subject, body) => {
    expect((await verdict(from, subject, body))?.kind).not.toBe('bulk');
  });
});

describe('receipts and acknowledgements in their own words', () => {
  it.each([
    ['Re: Site migration question', 'Hi there,\n\nYour support request has been submitted to our team. Rest assured that your email arrived safely and our support team will be in touch as soon as we can.'],
    ['[Example] Support - Downloads not working', "Hi!\n\nWe're working hard to reply to everyone, and we'll respond to you as soon as we can. In the meantime, here is a copy of the information you submitted through the Support form:\n\n* Downloads not working *\nThe file is empty."],
    ['[Helpdesk - Support #2041] (New) Badge reader offline', 'Issue #2041 has been reported by Paul Becker.\n\n----------------------------------------\nSupport #2041: Badge reader offline\n\n* Author: Paul Becker\n* Status: New'],
    ['[Helpdesk - Soporte #2042] (Nueva) No puedo entrar', 'Petición #2042 añadida por Pilar Navarro.\n\n----------------------------------------\nSoporte #2042: No puedo entrar\n\n* Autor: Pilar Navarro'],
    ['Return Receipt (read): Your request reference 4410', 'This is a Return Receipt for your message\n\n\tSubject: Your request reference 4410\n\nNote: This receipt only acknowledges that the message was displayed on the recipient\'s computer.'],
    ['Devolver recibo de confirmación (lectura): Referencia 4411', 'Esto es un acuse de recibo de su mensaje\n\n\tAsunto: Referencia 4411\n\nNota: Esta notificación sólo confirma que su mensaje fue abierto en el ordenador del destinatario.'],
    ['Re: Update README', 'Thanks for your email! I will respond to you at the first time!'],
  ])('%s -> auto_reply', async (subject, body) => {
    expect((await verdict('Example Support <help@example.net>', subject, body))?.kind).toBe('auto_reply');
  });

  it('a person who says their request was submitted and asks is a person', async () => {
    const body = 'My request has been submitted twice through your form and nobody answered. Please delete my account and all my data.';
    expect((await verdict('Dana Whitfield <dana.w@example.org>', 'Re: my request', body))?.kind).toBe('human');
  });
});
