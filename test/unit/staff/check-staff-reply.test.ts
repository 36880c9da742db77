import { beforeAll, describe, expect, it } from 'vitest';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';
import { checkStaffReply, isStaffReply, type StaffReplySettings } from '../../../src/staff/check-staff-reply.js';
import { makeReplyKey, replyKeyAddress } from '../../../src/staff/reply-key.js';
import { staffReply, testDkim } from './signed-staff-mail.js';

const SECRET = 'test-secret-0123456789abcdef-0123456789abcdef';
const BOT = 'compliance@example.com';
const ALEX = 'alex.kim@example.com';
const SAM = 'sam.ortiz@example.com';
const NOW = new Date('2026-11-24T18:00:00Z');
const EXPIRES = new Date('2026-12-24T18:00:00Z');
const dkim = testDkim();
dkim.publish('example.com');
dkim.publish('example.net');

const settings: StaffReplySettings = { botAddress: BOT, staffAddresses: [ALEX, SAM], replyKeySecret: SECRET, trustedAuthservId: 'mx.example.com', resolver: dkim.resolver };

function keyAddress(staffAddress = ALEX, expiresAt = EXPIRES): string {
  return replyKeyAddress(BOT, makeReplyKey(SECRET, { reference: 'CCPA-2026-000123', staffAddress, expiresAt }));
}

async function check(raw: string, overrides: Partial<StaffReplySettings> = {}) {
  const buffer = Buffer.from(raw);
  return checkStaffReply(await parseMail(buffer, NOW), buffer, { ...settings, ...overrides }, NOW);
}

describe('checkStaffReply: key, From and sender authentication all required (email-rules §4)', () => {
  let signedByStaff: string;
  beforeAll(async () => {
    signedByStaff = await dkim.sign(staffReply({ from: ALEX, to: keyAddress(), messageId: 'r1@example.com' }), 'example.com');
  });

  it('accepts a reply with its key, from its staff member, DKIM-signed by the From domain (own check, no trusted header)', async () => {
    expect(await check(signedByStaff)).toEqual({ ok: true, reference: 'CCPA-2026-000123', staffAddress: ALEX, authenticatedVia: 'dkim' });
  });

  it('accepts an unsigned reply when the trusted server says dmarc=pass and dkim=pass for the From domain', async () => {
    const raw = staffReply({ from: ALEX, to: keyAddress(), messageId: 'r2@example.com', extraHeaders: ['Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com'] });
    expect(await check(raw)).toMatchObject({ ok: true, authenticatedVia: 'authentication-results' });
  });

  it('refuses a forged From: right key and address, but no signature', async () => {
    const raw = staffReply({ from: ALEX, to: keyAddress(), messageId: 'f1@example.net' });
    expect(await check(raw)).toMatchObject({ ok: false, check: 'authentication', reference: 'CCPA-2026-000123' });
  });

  it('refuses a forged From signed by another domain', async () => {
    const raw = await dkim.sign(staffReply({ from: ALEX, to: keyAddress(), messageId: 'f2@example.net' }), 'example.net');
    expect(await check(raw)).toMatchObject({ ok: false, check: 'authentication' });
  });

  it('refuses a forged Authentication-Results from an untrusted server', async () => {
    const raw = staffReply({ from: ALEX, to: keyAddress(), messageId: 'f3@example.net', extraHeaders: ['Authentication-Results: mx.example.net; dmarc=pass header.from=example.com; dkim=pass header.d=example.com'] });
    const result = await check(raw);
    expect(result).toMatchObject({ ok: false, check: 'authentication' });
    expect(result.ok === false && result.reason).toMatch(/^dkim: /);
  });

  it('believes a trusted fail over a valid signature (the trusted server decides when it has spoken)', async () => {
    const raw = await dkim.sign(
      staffReply({ from: ALEX, to: keyAddress(), messageId: 'f4@example.com', extraHeaders: ['Authentication-Results: mx.example.com; dmarc=fail header.from=example.com'] }),
      'example.com',
    );
    expect(await check(raw)).toMatchObject({ ok: false, check: 'authentication', reason: 'authentication-results: no_dmarc_pass: mx.example.com: dmarc=fail (example.com)' });
  });

  it('refuses a signed reply whose command was changed after signing', async () => {
    expect(await check(signedByStaff.replace('\r\napprove\r\n', '\r\ndeny other\r\n'))).toMatchObject({ ok: false, check: 'authentication' });
  });

  it('refuses a tampered key', async () => {
    const address = keyAddress();
    const tampered = address.replace('2026000123', '2026000124');
    const raw = await dkim.sign(staffReply({ from: ALEX, to: tampered, messageId: 'k1@example.com' }), 'example.com');
    expect(await check(raw)).toMatchObject({ ok: false, check: 'reply_key', reason: 'tampered' });
  });

  it('refuses an expired key', async () => {
    const raw = await dkim.sign(staffReply({ from: ALEX, to: keyAddress(ALEX, new Date('2026-11-24T17:59:59Z')), messageId: 'k2@example.com' }), 'example.com');
    expect(await check(raw)).toMatchObject({ ok: false, check: 'reply_key', reason: 'expired' });
  });

  it("refuses another staff member's key, even from a genuine staff address", async () => {
    const raw = await dkim.sign(staffReply({ from: SAM, to: keyAddress(ALEX), messageId: 'k3@example.com' }), 'example.com');
    expect(await check(raw)).toMatchObject({ ok: false, check: 'reply_key', reason: 'other_staff' });
  });

  it('refuses a sender who is not configured staff, and a message with no key from anyone else', async () => {
    const stranger = await dkim.sign(staffReply({ from: 'someone@example.com', to: keyAddress(), messageId: 'n1@example.com' }), 'example.com');
    expect(await check(stranger)).toMatchObject({ ok: false, check: 'from', reason: 'not_staff' });
    const noKey = await dkim.sign(staffReply({ from: 'someone@example.com', to: BOT, messageId: 'n2@example.com' }), 'example.com');
    expect(await check(noKey)).toMatchObject({ ok: false, check: 'reply_key', reason: 'missing' });
  });

  it('takes fresh, authenticated mail from staff with the reference in its subject (issue 14 item 7); without one, or unsigned, refuses it', async () => {
    const fresh = await dkim.sign(staffReply({ from: ALEX, to: BOT, messageId: 'f1@example.com' }), 'example.com');
    expect(await check(fresh)).toMatchObject({ ok: true, reference: 'CCPA-2026-000123', staffAddress: ALEX });
    const noReference = await dkim.sign(staffReply({ from: ALEX, to: BOT, messageId: 'f2@example.com' }).replace('[CCPA-2026-000123] ', ''), 'example.com');
    expect(await check(noReference)).toMatchObject({ ok: false, check: 'reply_key', reason: 'no_reference' });
    const unsigned = staffReply({ from: ALEX, to: BOT, messageId: 'f3@example.com' });
    expect(await check(unsigned)).toMatchObject({ ok: false, check: 'authentication' });
  });

  it('tells a staff reply (sent to a reply-key address) from ordinary mail', async () => {
    expect(isStaffReply(await parseMail(Buffer.from(signedByStaff), NOW), BOT)).toBe(true);
    expect(isStaffReply(await parseMail(Buffer.from(staffReply({ from: ALEX, to: BOT, messageId: 'o@example.com' })), NOW), BOT)).toBe(false);
  });
});
