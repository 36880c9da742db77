/**
 * A feedback report (ARF, RFC 5965: multipart/report; report-type=feedback-report) means a mailbox
 * provider's user marked our mail as spam. It is machine mail, so it is stored and never answered
 * (email-rules §1), but a person must look at what we sent: it raises a staff flag, and staff are
 * told. Issue 12 blind spot: turning that flag off left every test green.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STAFF, startEmbeddedBot, type EmbeddedBot } from '../support/embedded-bot.js';

let bot: EmbeddedBot;

beforeAll(async () => {
  bot = await startEmbeddedBot('ccpa-arf-');
});

afterAll(async () => {
  await bot?.stop();
});

it('stores a feedback report with its verdict, answers nothing, and flags it for staff', async () => {
  const message = await bot.deliver(fs.readFileSync(path.join('test/fixtures/eml/feedback-report/arf-abuse-report.eml')));
  expect(message).toMatchObject({ verdict: 'feedback_report', status: 'processed' });
  expect(await bot.daemon.db('requests').where({ inbound_message_id: message.id })).toEqual([]);
  expect(await bot.daemon.db('staff_flags').where({ inbound_message_id: message.id }).pluck('reason')).toEqual(['feedback_report']);
  await bot.flagsMailed();
  const mail = (await bot.outbox()).filter((m) => m.inboundMessageId === message.id);
  // Only staff hear of it: nothing goes back to the feedback loop or to anyone named in the report.
  expect(mail.length).toBeGreaterThan(0);
  expect(mail.every((m) => m.recipient === STAFF && m.kind.startsWith('staff-'))).toBe(true);
});
