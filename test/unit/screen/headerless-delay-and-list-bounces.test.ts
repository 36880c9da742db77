import { describe, expect, it } from 'vitest';
import { plainMailVerdict } from './fixture-mail.js';

/**
 * Issue 16, real texts 19j: bounces and delay warnings that reach the screen without a
 * multipart/report or a mailer-daemon sender (email-rules §1): Courier's and Exchange's wording,
 * and a list manager refusing a post from its "list+owner" address. Fictional mail in the shape
 * of the MTAs' and list managers' templates.
 */
const verdict = plainMailVerdict;

describe('bounces without a report part', () => {
  it.each([
    ['Mail System <mail@example.net>', 'NOTICE: mail delivery status.', 'This is a delivery status notification from mail.example.net, running the Courier mail server.\n\nYour message was not delivered to: lee@example.org'],
    ['Mail System <mail@example.net>', 'WARNING: delayed mail.', 'This is a delivery status notification from mail.example.net.\n\nYour message has not been delivered yet; delivery will be retried.'],
    ['Microsoft Outlook <exchange@example.com>', 'Delivery delayed:test', 'Delivery is delayed to these recipients or groups:\n\nray.lane@example.com\n\nThis message has not been delivered yet. Delivery will continue to be attempted.'],
  ])('%s: %s -> bounce', async (from, subject, body) => {
    expect((await verdict(from, subject, body))?.kind).toBe('bounce');
  });

  it("a list manager's refusal from its list+owner address is a bounce", async () => {
    const body = 'Hi, this is the Mlmmj program managing the <hikers@lists.example.org> mailing\nlist.\n\nThe message from <pat.moreno@example.com> with subject "Saturday trail cleanup" was unable to\nbe delivered to the list because it exceeded the maximum allowed message size.';
    expect((await verdict('hikers+owner@lists.example.org', 'Post to hikers@lists.example.org denied', body))?.kind).toBe('bounce');
  });

  it('a person who says their message was unable to be delivered to the list is a person', async () => {
    const body = 'My message was unable to be delivered to the list, so I am writing here. Please delete my data.';
    expect((await verdict('Pat Moreno <pat.moreno@example.com>', 'my data', body))?.kind).toBe('human');
  });
});

// Issue 16, real texts 19j: a list manager's notice about a held post or a subscription comes from
// the list's robot address ("socios-owner", "hikers+owner", Sympa); answering it would start a loop.
describe("a list manager's notice from its robot address", () => {
  it.each([
    ['hikers+owner@lists.example.org', 'Awaiting release to hikers@lists.example.org', 'Hi, this is the Mlmmj program managing the <hikers@lists.example.org> mailing list. Your message has been submitted to the list and awaits the moderator.'],
    ['SYMPA <sympa@lists.example.org>', 'Message distribution', "Your message to the list 'volunteers' has been forwarded to the moderator(s)"],
    ['socios-owner@lists.example.org', 'Solicitud a la lista Socios rechazada', 'Su solicitud de suscripción a la lista de correo socios@lists.example.org ha sido rechazada por el moderador.'],
  ])('%s -> auto_reply', async (from, subject, body) => {
    const v = await verdict(from, subject, body);
    expect(v?.kind).toBe('auto_reply');
    expect(v?.reason).toMatch(/^from:list-robot/);
  });

  it('a person whose address only contains "owner" is a person', async () => {
    expect((await verdict('Pat Owner <pat.owner@example.com>', 'my data', 'Please delete my data.'))?.kind).toBe('human');
  });
});

// A person's request sent from an address that looks like a robot's is still read as a person's
// (no privacy request judged machine mail); an agent service's "privacy-request@" is no list robot.
describe('a request from a robot-looking address', () => {
  it('"privacy-request@" writing a request is a person', async () => {
    expect((await verdict('Example Agents <privacy-request@example.net>', 'Deletion request', 'On behalf of our client Dana Reyes, please delete her personal information.'))?.kind).toBe('human');
  });
  it('a list owner\'s address whose own text asks to delete "my data" is a person', async () => {
    expect((await verdict('club-owner@lists.example.org', 'my data', 'I run this list, but I write for myself: please delete my data from your systems.'))?.kind).toBe('human');
  });
  it('a held post whose quoted subject asks for a deletion is still the robot\'s notice', async () => {
    const body = "Your message to the list 'volunteers' with subject \"Please delete my data\" has been forwarded to the moderator(s).";
    expect((await verdict('SYMPA <sympa@lists.example.org>', 'Message distribution', body))?.kind).toBe('auto_reply');
  });
});
