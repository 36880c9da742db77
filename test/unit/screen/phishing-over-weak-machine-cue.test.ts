import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { DEFAULT_CLOCK_CONFIG } from '../../../src/pipeline/decide/clocks.js';
import { DEFAULT_REPLY_LIMITS, decideInbound } from '../../../src/pipeline/decide/decide-inbound.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, RECEIVED } from './fixture-mail.js';

/**
 * Issue 16 (real everyday mail written by others): a scam dressed as machine mail is junk for
 * staff's digest (`other`), not silent machine mail, when only a cue a scam copies made it
 * machine mail: a spoofed no-reply of our own domain, a "this is an automated message, do not
 * reply" footer, a "delivery failed" parcel subject with no delivery-status part. Everything else
 * keeps its verdict unread: a real bounce that returns a scam, our own robot's plain notice, a
 * plain automated notice. Neither path is ever answered. Fictional mail at example domains.
 */
const ownDomain = CONTEXT.ownAddresses[0]?.split('@')[1] ?? 'example.org';

function raw(from: string, subject: string, body: string): Buffer {
  const to = CONTEXT.ownAddresses[0] ?? 'privacy@example.org';
  const headers = [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, 'Date: Mon, 02 Mar 2026 09:00:00 +0000', 'Message-ID: <t-16f@example.net>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8'];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
}

const understand = (mail: Buffer) => understandMessage(mail, RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD });

const SCAM = 'Dear customer, your account has been suspended after unusual sign-in activity. Verify your identity at http://restore-access.example.net within 24 hours.';

describe('a scam dressed as machine mail is `other`', () => {
  it.each([
    ['a spoofed no-reply of our own domain', `Security <no-reply@${ownDomain}>`, 'Account notice', SCAM],
    ['a "do not reply" automated footer', 'Billing <billing@pay-notice.example.net>', 'Account notice', `${SCAM}\n\nThis is an automated message. Please do not reply.`],
    // Issue 16, real texts 21e: a payroll scam in an auditor's and an HR department's words, whose
    // vendor and job-application signs must not hide the phishing under the automated footer.
    ['a Spanish payroll scam with an automated footer', 'Nómina <no-reply@nomina-notice.example.net>', 'Actualización obligatoria de nómina', 'Estimado empleado,\n\nTras la auditoría ISO 27001 hemos actualizado el portal de nóminas. Es imprescindible que valides tus datos bancarios en las próximas 24 horas; de lo contrario, tu pago podría quedar retenido.\n\nAcceda al portal: https://nomina-portal.example.net/login\n\nDepartamento de Recursos Humanos. Este es un mensaje automático, por favor no responda.'],
    ['a fake "delivery failed" parcel notice', 'Parcel Service <track@parcel-notice.example.net>', 'Failed delivery attempt', 'We could not deliver your parcel today. Pay the redelivery fee of $2.99 at http://redeliver.example.net or your parcel will be returned to sender.'],
  ])('%s', async (_name, from, subject, body) => {
    const u = await understand(raw(from, subject, body));
    expect(u.verdict?.kind).toBe('human');
    expect(u.verdict?.reason).toMatch(/^phishing-over-weak-cue:/);
    expect(u.classification?.category).toBe('other');
    expect(u.classification?.otherWhy).toMatch(/^phishing:/);
  });
});

describe('real machine mail keeps its verdict and is never read', () => {
  it('a real bounce that returns a scam stays a bounce', async () => {
    const body = `Hi. This is the qmail-send program at mx.${ownDomain}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<gone@example.net>:\n550 5.1.1 user unknown\n\n--- Below this line is a copy of the message.\n\n${SCAM}`;
    const u = await understand(raw(`MAILER-DAEMON@mx.${ownDomain}`, 'failure notice', body));
    expect(u.verdict?.kind).toBe('bounce');
    expect(u.classification).toBeNull();
  });
  it('an old-style bounce with delivery software wording and a returned scam stays a bounce', async () => {
    const body = `This message was created automatically by mail delivery software.\nIt could not be handed on.\n\n------ This is a copy of the message ------\n\n${SCAM}`;
    const u = await understand(raw(`Mail Service <notices@relay.example.net>`, 'Returned mail: see transcript for details', body));
    expect(u.verdict?.kind).toBe('bounce');
    expect(u.classification).toBeNull();
  });
  it('a bounce naming the failed recipient and its status stays a bounce', async () => {
    const body = `gone@example.net: 550 no such user here\n\n${SCAM}`;
    const u = await understand(raw(`Mail Service <notices@relay.example.net>`, 'Undelivered Mail Returned to Sender', body));
    expect(u.verdict?.kind).toBe('bounce');
    expect(u.classification).toBeNull();
  });
  it('a bounce that attaches the returned message stays a bounce', async () => {
    const mime = [
      'From: Mail Service <notices@relay.example.net>', `To: ${CONTEXT.ownAddresses[0] ?? 'privacy@example.org'}`, 'Subject: Undeliverable: Account notice',
      'Date: Mon, 02 Mar 2026 09:00:00 +0000', 'Message-ID: <t-16f-r@example.net>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b16f"', '',
      '--b16f', 'Content-Type: text/plain; charset=utf-8', '', 'Returned to the sender.', '',
      '--b16f', 'Content-Type: message/rfc822', '', 'From: Security <alerts@restore-access.example.net>', 'Subject: Account notice', '', SCAM, '',
      '--b16f--', '',
    ].join('\r\n');
    const u = await understand(Buffer.from(mime));
    expect(u.verdict?.kind).toBe('bounce');
    expect(u.classification).toBeNull();
  });
  it("our own robot's plain notice stays our own mail", async () => {
    const u = await understand(raw(`no-reply@${ownDomain}`, 'Weekly digest', 'The weekly digest of the privacy mailbox is ready for staff: 3 requests, 1 question.'));
    expect(u.verdict?.kind).toBe('loop');
    expect(u.classification).toBeNull();
  });
  it('a plain automated notice stays an auto-reply', async () => {
    const u = await understand(raw('Help Desk <help@tickets.example.net>', 'Ticket closed', 'Your ticket 5521 was closed.\n\nThis is an automated message. Please do not reply.'));
    expect(u.verdict?.kind).toBe('auto_reply');
    expect(u.classification).toBeNull();
  });
});

// A web form on our own site may relay a person's request from our no-reply address ("New
// request from the privacy form ... Email: ..."): never stored unseen, never answered (a reply
// would go to our robot, and a request opened under the robot's address would count every form
// user as one consumer against the access limit, §1798.130(b)): staff get the message.
describe("a person's request relayed by our own no-reply address", () => {
  const FORM = 'New request from the privacy form on our website.\n\nRequest type: Deletion\nName: Dana Whitfield\nEmail: dana.whitfield@example.net\nMessage: Please delete all personal information you hold about me.';
  const noThread = { requests: [], bouncedReply: null, recentReplies: { toSenderOfKind: 0, inThread: 0 } };

  it('is read, kept as our own mail, and handed to staff with nothing sent or opened', async () => {
    const u = await understand(raw(`Privacy form <no-reply@${ownDomain}>`, 'New privacy request: Deletion', FORM));
    expect(u.verdict).toMatchObject({ kind: 'loop', reason: 'from:own-domain-robot' });
    expect(u.classification).toMatchObject({ category: 'privacy_request', requestTypes: ['deletion'], needsReview: true });
    expect(u.classification?.reasons.at(-1)).toMatch(/our own no-reply address/);
    const decision = decideInbound(u, noThread, { clocks: DEFAULT_CLOCK_CONFIG, replyLimits: DEFAULT_REPLY_LIMITS });
    expect(decision).toEqual({ outcome: 'rejected', reason: 'relayed_by_our_robot', detail: 'from:own-domain-robot', flagStaff: true, bounced: null });
  });
});

