import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, plainMail, RECEIVED } from './fixture-mail.js';

/**
 * Issue 16, real texts 18j: English machine mail without RFC 3834 headers that the screen let
 * through (email-rules §1): the short "OOO" note, "I am on leave and will revert on my return",
 * a ticket announced as "Your support ticket has been created". And the boundary: a person back
 * from leave who asks about their data is a person. Fictional mail in the shape of the templates.
 */
const raw = plainMail;

const kind = async (from: string, subject: string, body: string) =>
  (await understandMessage(raw(from, subject, body), RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD })).verdict?.kind;

describe('English away notes and ticket announcements', () => {
  it.each([
    ['Karen Doyle <karen.doyle@example.com>', 'OOO', "I'm OOO until next week. Will respond then.\n\nKaren"],
    ['Ravi Menon <ravi.menon@example.net>', 'Vacation Mail', 'Vacation Mail. I am on leave and will revert on my return.'],
    ['Support Team <support@example.com>', 'Support ticket created', 'Dear Customer,\n\nThank you for contacting our support team.\n\nYour support ticket has been created:\nTicket ID: 48213\nPriority: Normal\n\nOur team will assist you shortly.'],
    // Issue 16, real texts 18e: a helpdesk that says its message was generated automatically.
    ['Example Helpdesk <helpdesk@example.edu>', 'from Example Helpdesk [ticket #10482]', 'Greetings, This message has been automatically generated in response to the creation of a trouble ticket regarding: Projector in room 4 not working. There is no need to reply to this message at this time.'],
    // A company answering for an address whose owner has left.
    ['Office Manager <office@example.org>', 'Re: your letter', 'Thank you for your email. Priya Nair is no longer with the company. Please direct any enquiries to info@example.org.'],
  ])('%s: %s -> auto_reply', async (from, subject, body) => {
    expect(await kind(from, subject, body)).toBe('auto_reply');
  });

  it('a person telling that they left a job is a person', async () => {
    expect(await kind('Priya Nair <priya.nair@example.net>', 'old account', 'I am no longer with my old employer, so my work address is gone. How do I move my account to this address?')).toBe('human');
  });

  it('a person back from leave who asks about their data is a person', async () => {
    expect(await kind('Ravi Menon <ravi.menon@example.net>', 'my data', 'I was on leave until Monday. On my return I found your letter: please delete my data.')).toBe('human');
  });
});

// Issue 16, real texts 19j, 20b, 20e, 20f: a helpdesk's later notices (resolved, closed, queued) and
// away notes for a medical leave or a day away from the desk.
describe('ticket notices and away notes in other words', () => {
  it.each([
    ['Support <support@example.com>', 'Resolved: [example.com #4821] Printer on floor 2', 'According to our records, your request has been resolved. If you have any further questions or concerns, please respond to this message.'],
    ['Soporte Ejemplo <soporte@example.net>', 'Ticket de soporte resuelto', 'Estimado cliente,\n\nEsta es una notificación para informarle de que el ticket #482913 ha sido cerrado dado que no hemos recibido ninguna respuesta en 48 horas.'],
    ['Example Privacy <privacy@example.net>', 'Re: Opt-out request KR-7QX4M2', 'Thanks for writing to the Example privacy inbox. We get a high volume of messages and are working through them in the order received. Your message is in the queue. No action is needed on your side.'],
    ['Victor Alvarado <v.alvarado@example.net>', 'Medical Leave Notification', 'Hi, I am currently on medical leave from March 2 to March 20. For project updates please contact Kim Osei at kim.osei@example.net.'],
    ['Victor Ames <vames@example.net>', 'Delayed response Re: billable hours', 'I am away from my desk today and may be delayed in responding. If the matter is urgent please call 555 0100.'],
  ])('%s: %s -> auto_reply', async (from, subject, body) => {
    expect(await kind(from, subject, body)).toBe('auto_reply');
  });

  it('a person whose own ticket was closed, and who asks, is a person', async () => {
    expect(await kind('Dana Reyes <dana.reyes@example.org>', 'Re: ticket', 'My ticket #48213 has been closed without an answer. Please delete my account and all my data.')).toBe('human');
  });
});
