/**
 * A request to limit the use of sensitive personal information (§1798.121, §7027) goes on the
 * request workflow exactly like an opt-out of sale or sharing: it gets its state and its 15
 * business-day clock (ccpa-rules, Request types) and is confirmed at once, since no verification
 * may be required for either (§7060(b)). Issue 12 blind spot: taking `limit_sensitive` out of
 * the workflow's types left every test green.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRequest } from '../support/sample-mail.js';
import { startEmbeddedBot, type EmbeddedBot } from '../support/embedded-bot.js';

let bot: EmbeddedBot;

beforeAll(async () => {
  bot = await startEmbeddedBot('ccpa-limit-');
});

afterAll(async () => {
  await bot?.stop();
});

describe('limit and opt-out requests are confirmed without verification (§7060(b))', () => {
  for (const [type, from, body] of [
    ['opt_out', 'Noor Haddad <noor.haddad@example.net>', 'Hello,\r\n\r\nPlease do not sell or share my personal information.\r\n\r\nNoor Haddad'],
    ['limit_sensitive', 'Priya Natarajan <priya.natarajan@example.net>', 'Hello,\r\n\r\nPlease limit the use of my sensitive personal information, in particular my precise geolocation.\r\n\r\nPriya Natarajan'],
  ] as const) {
    it(`${type}: put on the workflow, confirmed at once instead of a plain acknowledgement, and handed to staff to carry out`, async () => {
      const message = await bot.deliver(sampleRequest({ messageId: `${type}@example.net`, from, subject: 'My privacy choices', body }));
      const [request, ...others] = await bot.daemon.db('requests').where({ inbound_message_id: message.id });
      expect(others).toEqual([]);
      expect(request).toMatchObject({ type, status: 'verified' });
      await bot.flagsMailed();
      const toRequester = (await bot.outbox()).filter((m) => m.inboundMessageId === message.id && !m.kind.startsWith('staff-'));
      expect(toRequester.map((m) => m.kind)).toEqual(['opt-out-confirmed']);
      expect(toRequester[0]?.subject).toContain(`[${String(request.reference)}]`);
      expect(await bot.daemon.db('staff_flags').where({ request_id: request.id }).pluck('reason')).toEqual(['verified_ready']);
    });
  }

  it('gives both the same 15 business-day clock (§7026(f), §7027)', async () => {
    const dues = await bot.daemon.db('requests').whereIn('type', ['opt_out', 'limit_sensitive']).pluck('due_date');
    expect(dues).toHaveLength(2);
    expect(new Set(dues).size).toBe(1);
  });
});
