/**
 * AGENT_PERMISSION_AUTO_ACCEPT=true (issue 14 item 6): an operator who turns automatic acceptance
 * on keeps the old behaviour, an agent's attachment counts as the signed permission (§7063(a)(1))
 * and the consumer is asked directly to confirm (§7063(a)(2)) with no staff step.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendMessage } from '../harness/dovecot.js';
import { agentRequestWithPermission, sampleRequest } from '../support/sample-mail.js';
import * as support from './workflow-support.js';
import { RECEIVED, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // The test follows the permission once the agent's letter is read; how sure the reading is
  // belongs to the classifier's tests (real-text-shift.test.ts).
  bot = await support.startWorkflowBot('ccpa-auto-accept-', { AGENT_PERMISSION_AUTO_ACCEPT: 'true', REVIEW_THRESHOLD: '0.8' });
});

afterAll(async () => {
  await bot?.stop();
});

it('takes the attachment as the permission and asks the consumer directly, with no flag to check it', async () => {
  const agent = 'morgan.lee@agents.example.net';
  const consumer = 'dana.whitfield@example.net';
  const body = 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Dana Whitfield (dana.whitfield@example.net). She asks you to delete her personal information.\r\n\r\nMorgan Lee';
  await appendMessage(bot.imap, sampleRequest({ messageId: 'auto-agent@example.net', from: `Morgan Lee <${agent}>`, subject: 'Request on behalf of my client', body }), { internalDate: RECEIVED });
  const ask = await support.nthMailTo(bot, agent, 1);
  const reference = referenceIn(ask);
  await appendMessage(bot.imap, replyTo(ask, { messageId: 'auto-permission@example.net', from: `Morgan Lee <${agent}>`, body: 'The signed permission is attached.', attachment: 'permission.pdf' }));
  const confirmation = await support.nthMailTo(bot, consumer, 1);
  expect(confirmation.subject).toBe(`Did you authorize this privacy request? [${reference}]`);
  const row = await bot.daemon.db('requests').where({ reference }).first();
  expect(row).toMatchObject({ status: 'awaiting_verification' });
  const flags = (await bot.daemon.db('staff_flags').where({ request_id: row.id })).map((f) => f.reason);
  expect(flags).not.toContain('agent_permission_to_review');
});

it('an agent who sends the permission with the request gets the first reply greeted by their own name, about the consumer in the third person (issue 15 item 2)', async () => {
  const agent = 'casey.moreno@agents.example.net';
  const consumer = 'noor.haddad@example.net';
  const raw = agentRequestWithPermission({
    from: `Casey Moreno <${agent}>`,
    subject: 'Deletion for my client',
    date: 'Mon, 23 Nov 2026 09:30:00 -0800',
    messageId: 'casey-with-permission@agents.example.net',
    body: 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Noor Haddad (noor.haddad@example.net). She asks you to delete her personal information. Her signed permission is attached.\r\n\r\nCasey Moreno',
  });
  await appendMessage(bot.imap, raw, { internalDate: RECEIVED });
  const confirmation = await support.nthMailTo(bot, consumer, 1);
  expect(confirmation.text).toMatch(/^Hello Noor Haddad,/);
  const first = await support.nthMailTo(bot, agent, 1);
  const text = first.text?.replace(/\s+/g, ' ') ?? '';
  expect(text).toMatch(/^Hello Casey Moreno,/);
  expect(text).toContain('We received your privacy request about Noor Haddad');
  expect(text).toContain('we must confirm the identity of Noor Haddad and your permission to act for them');
  expect(text).not.toMatch(/Hello Noor Haddad|your personal information|confirm who you are/);
});
