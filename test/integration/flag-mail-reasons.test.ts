/**
 * Flag mail tells staff why a thread needs them (README, Staff in the loop): when one message
 * raises flags for different reasons, every reason reaches staff. Today each (message, reason)
 * pair gets its own flag mail to each staff member, the reason in its subject and its words in
 * the text; if flag mail ever lists several reasons in one message, change the count. Issue 12 blind
 * spot: grouping flag mail by thread alone, so the second reason was marked mailed unsaid, left
 * every test green.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classifierReasons, latestThreadMessages } from '../../src/store/request-timeline.js';
import { agentRequestWithPermission, sampleRequest } from '../support/sample-mail.js';
import { STAFF, startEmbeddedBot, type EmbeddedBot, type OutboxMail } from '../support/embedded-bot.js';

let bot: EmbeddedBot;

beforeAll(async () => {
  // No consumer directory is loaded: the deletion cannot be verified by the bot (verify_manually,
  // §7060(c)(1)) while the opt-out needs no verification and is ready to carry out (verified_ready, §7060(b)).
  // About the flag mail's reasons, not about how sure the reading is: at 0.95 the meta-model may
  // doubt the agent's letter (its names are unknown words) and add a low_confidence flag.
  bot = await startEmbeddedBot('ccpa-flag-reasons-', { REVIEW_THRESHOLD: '0.8' });
});

afterAll(async () => {
  await bot?.stop();
});

/**
 * The distinct reasons staff were flagged for by one message, and the flag mail staff received
 * about it. Today each (message, reason) pair is one mail whose subject names the reason
 * (`Needs staff: verify manually (Deletion)`), so there are as many mails as reasons.
 */
async function flagMailFor(inboundId: number): Promise<{ reasons: string[]; mails: string[] }> {
  const reasons: string[] = await bot.daemon.db('staff_flags').where({ inbound_message_id: inboundId }).orderBy('reason').distinct().pluck('reason');
  const requestIds: number[] = await bot.daemon.db('requests').where({ inbound_message_id: inboundId }).pluck('id');
  await bot.flagsMailed();
  const about = (m: OutboxMail) => m.inboundMessageId === inboundId || (m.requestId !== null && requestIds.includes(m.requestId));
  const flagMail = (await bot.outbox()).filter((m) => m.kind === 'staff-flag' && m.recipient === STAFF && about(m));
  return { reasons, mails: flagMail.map((m) => `${m.subject}\n${m.text}`.toLowerCase()) };
}

/** Every reason is said in some flag mail, by its code or its title (`verify_manually`, `verify manually`). */
function expectEachReasonNamed(reasons: readonly string[], mails: readonly string[]): void {
  for (const reason of reasons) {
    const named = mails.some((mail) => mail.includes(reason) || mail.includes(reason.replace(/_/g, ' ')));
    expect(named, `a flag mail naming ${reason} among:\n${mails.map((m) => m.split('\n')[0]).join('\n')}`).toBe(true);
  }
  expect(mails).toHaveLength(reasons.length);
}

it('names each reason when one message flags two of its requests for different reasons', async () => {
  const body = 'Hello,\r\n\r\nPlease delete all personal information you hold about me, and do not sell or share it.\r\n\r\nThank you,\r\nDana Whitfield';
  const message = await bot.deliver(sampleRequest({ messageId: 'two-requests-two-reasons@example.org', body }));
  const { reasons, mails } = await flagMailFor(message.id);
  expect(reasons).toEqual(['verified_ready', 'verify_manually']);
  expectEachReasonNamed(reasons, mails);
  // Issue 14 item 8: each says what to do now, and `complete` is offered only where it would be
  // accepted: on the opt-out (no verification, §7060(b)), not on the deletion no one verified.
  const ready = mails.find((m) => m.startsWith('needs staff: verified ready')) ?? '';
  const unverified = mails.find((m) => m.startsWith('needs staff: verify manually')) ?? '';
  expect(ready).toMatch(/^next step: carry out the request in your systems, then reply "complete"/m);
  expect(unverified).toMatch(/^next step: check the requester's identity by hand/m);
  expect(ready).toMatch(/^ {2}complete \[how\] \[text\] /m);
  expect(unverified).not.toMatch(/^ {2}complete /m);
});

it('names each reason when one message flags one request for two reasons', async () => {
  // An agent's request with the signed permission attached (§7063(a)(1)): staff check the agent
  // (agent_request) and the document itself (agent_permission_to_review, issue 14 item 6).
  const raw = agentRequestWithPermission({
    from: 'Jordan Ellis <jordan.ellis@agents.example.net>',
    subject: 'Request on behalf of my client',
    date: 'Mon, 23 Nov 2026 09:40:00 -0800',
    messageId: 'one-request-two-reasons@agents.example.net',
    body: 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Priya Natarajan (priya.natarajan@example.net). She asks you to delete her personal information. Her signed permission is attached.\r\n\r\nJordan Ellis',
  });
  const message = await bot.deliver(raw);
  const [request, ...others] = await bot.daemon.db('requests').where({ inbound_message_id: message.id });
  expect(others).toEqual([]);
  const { reasons, mails } = await flagMailFor(message.id);
  expect(await bot.daemon.db('staff_flags').where({ request_id: request.id }).orderBy('reason').distinct().pluck('reason')).toEqual(reasons);
  expect(reasons).toEqual(['agent_permission_to_review', 'agent_request']);
  expectEachReasonNamed(reasons, mails);
});

it('shows staff the conversation with the requester, not the staff mail about it (issue 14 item 8)', async () => {
  const message = await bot.deliver(sampleRequest({ messageId: 'thread-for-staff@example.org', from: 'Mei Tanaka <mei.tanaka@example.org>' }));
  const [request] = await bot.daemon.db('requests').where({ inbound_message_id: message.id });
  await flagMailFor(message.id);
  expect((await bot.outbox()).some((m) => m.kind === 'staff-flag' && m.requestId === request.id)).toBe(true);
  const thread = await latestThreadMessages(bot.daemon.db, request.id, 3, [STAFF]);
  expect(thread.map((m) => `${m.direction} ${m.who}`)).toEqual(['in mei.tanaka@example.org', 'out mei.tanaka@example.org']);
  expect(await classifierReasons(bot.daemon.db, request.id)).toEqual(expect.arrayContaining(['lang en', expect.stringMatching(/^deletion: "/)]));
});
