/**
 * Forged staff replies (issue 13, must-show 1): each mail below is what an outsider can send to a
 * reply-key address they learned, claiming to be a staff member, against a bot that trusts
 * `mx.example.com`. The receiving server's own header is written first, as a server prepends it
 * (RFC 8601 §5), followed by its Received line; everything under that the sender wrote.
 *
 * What the operator must guarantee (README, "Staff in the loop"): every message reaches the
 * bot's mailbox through the server named in TRUSTED_AUTHSERV_ID, and that server writes an
 * Authentication-Results header with DKIM and DMARC results on top of every message it accepts,
 * with nothing after it writing another. A sender cannot write above that header; the bot cannot
 * tell a header the sender wrote from the server's when the server wrote none (see the last
 * describe block).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';
import { checkStaffReply, type StaffReplyCheck, type StaffReplySettings } from '../../../src/staff/check-staff-reply.js';
import { makeReplyKey, replyKeyAddress } from '../../../src/staff/reply-key.js';
import { staffReply, testDkim } from './signed-staff-mail.js';

const SECRET = 'test-secret-0123456789abcdef-0123456789abcdef';
const BOT = 'compliance@example.com';
const ALEX = 'alex.kim@example.com';
const NOW = new Date('2026-11-24T18:00:00Z');
const KEY_ADDRESS = replyKeyAddress(BOT, makeReplyKey(SECRET, { reference: 'CCPA-2026-000123', staffAddress: ALEX, expiresAt: new Date('2026-12-24T18:00:00Z') }));
const dkim = testDkim();
dkim.publish('example.com');
const settings: StaffReplySettings = { botAddress: BOT, staffAddresses: [ALEX], replyKeySecret: SECRET, trustedAuthservId: 'mx.example.com', resolver: dkim.resolver };

const PASS = 'dkim=pass header.d=example.com header.s=test; dmarc=pass (p=reject) header.from=example.com';
/** What the real MX writes for an unsigned message claiming to be from example.com. */
const MX_FAIL = 'Authentication-Results: mx.example.com; spf=softfail smtp.mailfrom=example.com; dkim=none; dmarc=fail (p=reject) header.from=example.com';
const RECEIVED = 'Received: from mail.example.net (mail.example.net [192.0.2.25]) by mx.example.com with ESMTPS id 4Fq; Tue, 24 Nov 2026 10:00:02 -0800';

async function check(raw: string): Promise<StaffReplyCheck> {
  const buffer = Buffer.from(raw);
  return checkStaffReply(await parseMail(buffer, NOW), buffer, settings, NOW);
}

/** A reply from "Alex" with `approve`, with these header lines on top (the MX's first). */
const approve = (messageId: string, headersOnTop: string[], to = KEY_ADDRESS, more: string[] = []) =>
  staffReply({ from: ALEX, to, messageId, body: 'approve', extraHeaders: [...headersOnTop, ...more] });

const forgeries: Array<{ name: string; raw: () => Promise<string>; refusedBy: RegExp }> = [
  {
    name: 'a trusted header with dkim=pass and dmarc=pass written below the real one that says dmarc=fail',
    raw: async () => approve('forged-1@example.net', [MX_FAIL, RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`]),
    refusedBy: /^authentication-results: no_dmarc_pass: mx\.example\.com: dkim=none, dmarc=fail/,
  },
  {
    name: 'the same forged header directly below the real one, with no Received line between them',
    raw: async () => approve('forged-2@example.net', [MX_FAIL, `Authentication-Results: mx.example.com; ${PASS}`, RECEIVED]),
    refusedBy: /^authentication-results: no_dmarc_pass: /,
  },
  {
    name: 'a forged pass under a real header that reports no DKIM or DMARC result at all (a run of trusted headers does not count)',
    raw: async () => approve('forged-3@example.net', ['Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.com', `Authentication-Results: mx.example.com; ${PASS}`, RECEIVED]),
    refusedBy: /^authentication-results: no_dmarc_pass: mx\.example\.com: no dmarc or dkim result$/,
  },
  {
    name: 'a forged dmarc=pass alone, below the real header',
    raw: async () => approve('forged-4@example.net', [MX_FAIL, RECEIVED, 'Authentication-Results: mx.example.com; dmarc=pass header.from=example.com']),
    refusedBy: /^authentication-results: no_dmarc_pass: /,
  },
  {
    name: 'a comment before the authserv-id of the forged header',
    raw: async () => approve('forged-5@example.net', [MX_FAIL, RECEIVED, `Authentication-Results: (verified by mx.example.com) mx.example.com; ${PASS}`]),
    refusedBy: /^authentication-results: no_dmarc_pass: /,
  },
  {
    name: 'the forged header with the authserv-id in another case',
    raw: async () => approve('forged-6@example.net', [MX_FAIL, RECEIVED, `Authentication-Results: MX.EXAMPLE.COM; ${PASS}`]),
    refusedBy: /^authentication-results: no_dmarc_pass: /,
  },
  {
    name: 'the real header with the authserv-id in another case (MX.Example.Com), a forged pass below it',
    raw: async () => approve('forged-7@example.net', [MX_FAIL.replace('mx.example.com', 'MX.Example.Com'), RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`]),
    refusedBy: /^authentication-results: no_dmarc_pass: mx\.example\.com: /,
  },
  {
    name: 'no trusted header at all, only another server’s pass (the bot checks DKIM itself: unsigned)',
    raw: async () => approve('forged-8@example.net', [RECEIVED, `Authentication-Results: mx.example.net; ${PASS}`]),
    refusedBy: /^dkim: no valid DKIM signature of example\.com/,
  },
  {
    name: 'another server’s header on top and a trusted pass below it',
    raw: async () => approve('forged-9@example.net', [`Authentication-Results: relay.example.net; ${PASS}`, RECEIVED, `Authentication-Results: mx.example.com; ${PASS}`]),
    refusedBy: /^authentication-results: trusted_header_not_topmost: /,
  },
  {
    name: 'the reply key in Cc only, To someone else (the real header passes: a genuine staff member copying the bot)',
    raw: async () => approve('cc-1@example.com', [`Authentication-Results: mx.example.com; ${PASS}`, RECEIVED], 'dana.whitfield@example.org', [`Cc: ${KEY_ADDRESS}`]),
    refusedBy: /^only_in_cc$/,
  },
  {
    name: 'the reply key in Cc and in a Delivered-To the sender wrote below the real one',
    raw: async () =>
      approve('cc-2@example.com', ['Delivered-To: compliance@example.com', `Authentication-Results: mx.example.com; ${PASS}`, RECEIVED], 'dana.whitfield@example.org', [
        `Delivered-To: ${KEY_ADDRESS}`,
        `Cc: ${KEY_ADDRESS}`,
      ]),
    refusedBy: /^only_in_cc$/,
  },
];

describe('forged staff replies are refused (email-rules §4, RFC 8601 §5)', () => {
  const results = new Map<string, StaffReplyCheck>();
  beforeAll(async () => {
    for (const forgery of forgeries) results.set(forgery.name, await check(await forgery.raw()));
  });

  it.each(forgeries)('refuses $name', ({ name, refusedBy }) => {
    const result = results.get(name);
    expect(result?.ok).toBe(false);
    expect(result?.ok === false && result.reason).toMatch(refusedBy);
  });

  it(`accepts none of the ${forgeries.length} forgeries`, () => {
    expect([...results.values()].filter((r) => r.ok)).toHaveLength(0);
  });

  it('still accepts the genuine reply: key in To, the real header on top with dmarc=pass and aligned dkim=pass', async () => {
    expect(await check(approve('genuine-1@example.com', ['Delivered-To: compliance@example.com', `Authentication-Results: mx.example.com; ${PASS}`, RECEIVED]))).toEqual({
      ok: true,
      reference: 'CCPA-2026-000123',
      staffAddress: ALEX,
      authenticatedVia: 'authentication-results',
    });
  });

  it('still accepts the genuine reply when the key is only the envelope recipient (Bcc), as our Delivered-To records it', async () => {
    const raw = approve('genuine-2@example.com', [`Delivered-To: ${KEY_ADDRESS}`, `Authentication-Results: mx.example.com; ${PASS}`, RECEIVED], 'dana.whitfield@example.org');
    expect(await check(raw)).toMatchObject({ ok: true });
  });
});

describe('when the trusted server wrote no header, the topmost one the sender wrote is the one judged', () => {
  // The operator must guarantee that this never happens: the server in TRUSTED_AUTHSERV_ID writes
  // its header on every message (RFC 8601 §5 also has it delete incoming ones with its id). If it
  // does not, a header the sender wrote with the trusted authserv-id is the topmost, and the bot
  // has no way to know the server did not write it.
  it('believes a fail there, even over a valid DKIM signature (no fallback to the bot’s own check)', async () => {
    const signed = await dkim.sign(staffReply({ from: ALEX, to: KEY_ADDRESS, messageId: 'nomx-1@example.com' }), 'example.com');
    expect(await check(`Authentication-Results: mx.example.com; dkim=fail header.d=example.com\r\n${signed}`)).toMatchObject({ ok: false, check: 'authentication' });
  });

  it('refuses a forged dmarc=pass alone there', async () => {
    expect(await check(approve('nomx-2@example.com', ['Authentication-Results: mx.example.com; dmarc=pass header.from=example.com']))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^authentication-results: no_aligned_dkim_pass: /),
    });
  });

  it('accepts a complete forged pass there: this is the case the operator’s guarantee rules out, not a forgery the bot can catch', async () => {
    expect(await check(approve('nomx-3@example.com', [`Authentication-Results: mx.example.com; ${PASS}`]))).toMatchObject({ ok: true });
  });
});
