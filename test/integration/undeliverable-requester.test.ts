/**
 * Once one of our replies to a requester bounced permanently, the address is undeliverable
 * (email-rules §1, Bounce): the workflow's later mail to it is not queued, since it would only
 * bounce again, and staff are flagged `recipient_undeliverable` to reach the person another way.
 * Issue 12 blind spot: removing that check before queueing workflow mail left every test green.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleRequest } from '../support/sample-mail.js';
import { startEmbeddedBot, type EmbeddedBot } from '../support/embedded-bot.js';

const KAI = 'kai.moreno@example.net';
let bot: EmbeddedBot;

beforeAll(async () => {
  // A second request from the same sender the same day must be answered, not held by the reply limit (email-rules §2).
  bot = await startEmbeddedBot('ccpa-undeliverable-', { REPLY_LIMIT_PER_SENDER_PER_DAY: '5' });
});

afterAll(async () => {
  await bot?.stop();
});

/** A delivery status notification (RFC 3464) saying `messageId`, sent to `recipient`, failed for good. */
function permanentBounce(messageId: string, recipient: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: compliance@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 23 Nov 2026 10:00:00 -0800',
    'Message-ID: <dsn-for-kai@mx.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Your message could not be delivered to ${recipient}: user unknown.`,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    'From: MTBC Privacy Team <compliance@example.com>',
    `To: ${recipient}`,
    `Message-ID: <${messageId}>`,
    'Subject: Re: Delete my personal information',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

it('does not queue workflow mail to an address whose mail bounced, and flags staff recipient_undeliverable instead', async () => {
  const first = await bot.deliver(sampleRequest({ messageId: 'kai-deletion@example.net', from: `Kai Moreno <${KAI}>` }));
  const [ours] = (await bot.outbox()).filter((m) => m.inboundMessageId === first.id && m.recipient === KAI);
  if (!ours) throw new Error('the first request should have been answered');
  expect(await bot.deliver(permanentBounce(ours.messageId.replace(/^<|>$/g, ''), KAI))).toMatchObject({ verdict: 'bounce' });

  // An opt-out is answered by the workflow itself (opt-out-confirmed, §7060(b)): that is the mail withheld.
  const optOut = await bot.deliver(sampleRequest({ messageId: 'kai-opt-out@example.net', from: `Kai Moreno <${KAI}>`, subject: 'Do not sell my data', body: 'Hello,\r\n\r\nPlease do not sell or share my personal information.\r\n\r\nKai Moreno' }));
  const [request] = await bot.daemon.db('requests').where({ inbound_message_id: optOut.id });
  expect(request).toMatchObject({ type: 'opt_out' });
  await bot.flagsMailed();
  expect((await bot.outbox()).filter((m) => m.recipient === KAI && m.inboundMessageId === optOut.id)).toEqual([]);
  expect(await bot.daemon.db('staff_flags').where({ request_id: request.id }).pluck('reason')).toContain('recipient_undeliverable');
});
