/**
 * Promises the record keeps (issue 18 item 5), end to end over the real servers (private Dovecot,
 * SMTP capture, a SQLite file): the code expires when the mail says (§7060-§7062), a replacement
 * says why, a code from another address is answered to the requester (email-rules §4), and a
 * withdrawal resolves staff flags, tells staff and deletes the challenge (§7060(d)).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfLocalDay, toLocalDate } from '../../src/shared/local-date.js';
import { formatLongDate } from '../../src/mail/labels.js';
import { workflowDeps } from '../../src/compose.js';
import { runStaffAction } from '../../src/staff/run-staff-action.js';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // These tests are about the workflow, not about who reviews: the two-right letter below ("I want
  // to know what personal information you have about me. I also want you to delete ...") is read
  // right, but the second opinion doubts its access (p 0.40), so at the default REVIEW_THRESHOLD
  // (0.95) it goes to staff (confidence 0.91). The old default keeps it answered automatically.
  bot = await support.startWorkflowBot('ccpa-promises-', { REVIEW_THRESHOLD: '0.7' });
});

afterAll(async () => {
  await bot?.stop();
});

const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const flatten = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');
const ZONE = 'America/Los_Angeles';

describe('a verification code and its record (issue 18 item 5)', () => {
  const luis = 'luis.ortega@example.net';
  const from = `Luis Ortega <${luis}>`;
  let reference: string;

  it('expires at the end of the local day the mail names, as stored', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'luis-delete-promise@example.net', from }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(luis, 1);
    reference = referenceIn(challenge);
    const row = await request(reference);
    const stored = await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first();
    const expiresAt = new Date(stored.expires_at);
    const day = toLocalDate(expiresAt, ZONE);
    expect(expiresAt.toISOString()).toBe(endOfLocalDay(day, ZONE).toISOString());
    expect(flatten(challenge.text)).toContain(`expires at the end of ${formatLongDate(day, 'en')} (Pacific Time)`);
  });

  it('sent from another address: no try is counted, staff are flagged, and the requester is told how to send it', async () => {
    const challenge = await nthMailTo(luis, 1);
    const other = 'l.ortega.work@example.org';
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'luis-from-work@example.org', from: `Luis Ortega <${other}>`, body: `My code: ${codeIn(challenge)}` }));
    const told = await nthMailTo(luis, 2);
    expect(told.inReplyTo).toBe('<luis-delete-promise@example.net>');
    expect(flatten(told.text)).toContain(`We received a message from ${other} with a verification code for your privacy request ${reference}`);
    expect(flatten(told.text)).toContain('no try was counted');
    expect(flatten(told.text)).toContain('reply to this email from this address');
    const row = await request(reference);
    expect(await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first('attempts')).toEqual({ attempts: 0 });
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'code_from_other_address' }).first()).toBeTruthy();
  });

  it('once expired, is replaced by a new code whose mail says the old one expired', async () => {
    const challenge = await nthMailTo(luis, 1);
    const row = await request(reference);
    // The code's life has run out (VERIFICATION_CODE_TTL_DAYS); the daemon judges on its real clock.
    await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).update({ expires_at: new Date(Date.now() - 60_000).toISOString() });
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'luis-late-code@example.net', from, body: `Code ${codeIn(challenge)}\r\nDate of birth: 11/02/1979` }));
    const replacement = await nthMailTo(luis, 3);
    expect(flatten(replacement.text)).toContain('The code we sent you earlier has expired, so it can no longer be used: this message carries a new one.');
    expect(codeIn(replacement)).not.toBe(codeIn(challenge));
    const after = await request(reference);
    expect(after.challenge_id).not.toBe(row.challenge_id);
    expect(await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first()).toBeUndefined();
  });

  it('a withdrawal resolves the open staff flags, tells the assigned staff member, and deletes the challenge (§7060(d))', async () => {
    const staff = 'privacy-staff@example.com';
    const assign = await runStaffAction(bot.daemon.db, workflowDeps(bot.config), { kind: 'assign', reference, to: staff, staff: 'rosa.alvarez' }, new Date(), bot.config.staffAddresses);
    expect(assign).toMatchObject({ ok: true });
    const row = await request(reference);
    expect(row.challenge_id).not.toBeNull();
    const before = support.mailTo(bot, staff).length;
    const replacement = await nthMailTo(luis, 3);
    await appendMessage(bot.imap, replyTo(replacement, { messageId: 'luis-withdraws@example.net', from, body: 'Please withdraw my request, I changed my mind.' }));
    const closed = await nthMailTo(luis, 4);
    expect(flatten(closed.text)).toContain('we have withdrawn your privacy request');
    expect(await request(reference)).toMatchObject({ status: 'withdrawn', challenge_id: null });
    expect(await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first()).toBeUndefined();
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id }).whereNull('resolved_at').select('reason')).toEqual([]);
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'withdrawn_by_consumer' }).first()).toBeTruthy();
    const notice = await waitUntil(() => support.mailTo(bot, staff).slice(before).find((m) => m.raw.toString().includes(reference) && m.raw.toString().includes('withdrew')), 'the staff notice');
    expect(notice.to).toContain(staff);
  });
});

describe('every mail names every reference it concerns (issue 18 item 5)', () => {
  it('the one challenge for a message with two requests names both, so a later mail under either is no surprise', async () => {
    const ana = 'ana.ruiz@example.net';
    const body = 'Hello,\r\n\r\nI want to know what personal information you have about me. I also want you to delete my personal information.\r\n\r\nAna Ruiz';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'ana-two-promises@example.net', from: `Ana Ruiz <${ana}>`, subject: 'Privacy request', body }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(ana, 1);
    const references: string[] = await bot.daemon.db('requests').where({ requester_address: ana }).orderBy('id').pluck('reference');
    expect(references).toHaveLength(2);
    expect(flatten(challenge.text)).toContain(`This message is about each of these requests: ${references.join(', ')}.`);
  });
});
