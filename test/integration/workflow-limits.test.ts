/**
 * Limits, extensions, follow-ups and minimization end to end: the third access request in 12
 * months (§1798.130(b)), the one extension with notice (§1798.130(a)(2)), a new message about an
 * open request, a withdrawal, and the retention job (§7060(d), §7101).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toIso } from '../../src/store/time.js';
import { runRetention } from '../../src/workflow/run-retention.js';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, days, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // About the limits (§1798.130(b)), not about how sure the reading is: at the default
  // REVIEW_THRESHOLD (0.95) the confidence meta-model may send an agent's letter to staff.
  bot = await support.startWorkflowBot('ccpa-limits-', { REVIEW_THRESHOLD: '0.7' });
});

afterAll(async () => {
  await bot?.stop();
});

const mailTo = (address: string) => support.mailTo(bot, address);
const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();

/** Earlier requests of a consumer, as the record holds them. */
async function seedHistory(
  address: string,
  rows: Array<{ reference: string; type: string; status: string; receivedAt: string; respondedAt?: string; denialReason?: string; role?: 'agent'; consumerAddress?: string; consumerName?: string }>,
): Promise<void> {
  for (const r of rows) {
    await bot.daemon.db('requests').insert({
      reference: r.reference, type: r.type, status: r.status, requester_address: address, requester_role: r.role ?? 'self', lang: 'en',
      consumer_address: r.consumerAddress ?? null, consumer_name: r.consumerName ?? null,
      received_at: toIso(new Date(r.receivedAt)), due_date: r.receivedAt.slice(0, 10), denial_reason: r.denialReason ?? null,
      responded_at: r.respondedAt ? toIso(new Date(r.respondedAt)) : null,
      created_at: toIso(new Date(r.receivedAt)), updated_at: toIso(new Date(r.receivedAt)),
    });
  }
}

describe('a third access request within 12 months (§1798.130(b))', () => {
  it('gets the templated explanation instead of a challenge, with the date a new request will be answered, and is recorded as denied for that reason', async () => {
    const mei = 'mei.tanaka@example.net';
    await seedHistory(mei, [
      // Received more than 12 months ago, answered with the information within them: it counts.
      { reference: 'CCPA-2025-000101', type: 'access', status: 'completed', receivedAt: '2025-10-20T16:00:00Z', respondedAt: '2025-12-05T18:00:00Z' },
      { reference: 'CCPA-2026-000901', type: 'access', status: 'completed', receivedAt: '2026-03-02T16:00:00Z', respondedAt: '2026-03-20T18:00:00Z' },
      { reference: 'CCPA-2026-000902', type: 'portability', status: 'withdrawn', receivedAt: '2026-07-15T16:00:00Z', respondedAt: '2026-07-16T18:00:00Z', denialReason: 'withdrawn' },
      { reference: 'CCPA-2026-000903', type: 'access', status: 'denied', receivedAt: '2026-08-01T16:00:00Z', respondedAt: '2026-08-01T18:00:00Z', denialReason: 'too_many_requests' },
    ]);
    const body = 'Hello,\r\n\r\nPlease tell me what categories of personal information you have collected about me.\r\n\r\nMei Tanaka';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'mei-third@example.net', from: `Mei Tanaka <${mei}>`, subject: 'Request to know', body }), { internalDate: RECEIVED });
    const answer = await nthMailTo(mei, 1);
    expect(answer.text?.replace(/\s+/g, ' ')).toContain('we have already provided this information in answer to two such requests from you');
    // 12 months after the older of the two answers (December 5, 2025) leaves the window.
    expect(answer.text?.replace(/\s+/g, ' ')).toContain('We will answer a new request for it received on or after December 5, 2026.');
    const row = await request(referenceIn(answer));
    expect(row).toMatchObject({ type: 'access', status: 'denied', denial_reason: 'too_many_requests', challenge_id: null });
    expect(row.responded_at).toBeTruthy();
    await bot.daemon.sender.drain();
    expect(mailTo(mei)).toHaveLength(1);
  });
});

describe('the limit counts only requests answered with the information (§1798.130(b))', () => {
  it('does not count a withdrawn, a denied or a pending request: the new one is sent its challenge', async () => {
    const omar = 'omar.castillo@example.net';
    await seedHistory(omar, [
      { reference: 'CCPA-2026-000921', type: 'access', status: 'withdrawn', receivedAt: '2026-05-04T16:00:00Z', respondedAt: '2026-05-06T16:00:00Z', denialReason: 'withdrawn' },
      { reference: 'CCPA-2026-000922', type: 'access', status: 'denied', receivedAt: '2026-06-01T16:00:00Z', respondedAt: '2026-07-16T16:00:00Z', denialReason: 'unverifiable' },
      { reference: 'CCPA-2026-000923', type: 'portability', status: 'awaiting_verification', receivedAt: '2026-11-02T16:00:00Z' },
      // Answered with the information, but more than 12 months before this request.
      { reference: 'CCPA-2025-000924', type: 'access', status: 'completed', receivedAt: '2025-09-01T16:00:00Z', respondedAt: '2025-10-01T16:00:00Z' },
      { reference: 'CCPA-2026-000925', type: 'access', status: 'completed', receivedAt: '2026-02-02T16:00:00Z', respondedAt: '2026-02-20T16:00:00Z' },
    ]);
    const body = 'Hello,\r\n\r\nPlease tell me what categories of personal information you have collected about me.\r\n\r\nOmar Castillo';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'omar-third@example.net', from: `Omar Castillo <${omar}>`, subject: 'Request to know', body }), { internalDate: RECEIVED });
    const answer = await nthMailTo(omar, 1);
    expect(answer.text).not.toContain('two such requests');
    expect(codeIn(answer)).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await request(referenceIn(answer))).toMatchObject({ type: 'access', status: 'awaiting_verification', denial_reason: null });
  });
});

describe('el límite de 12 meses, en español (§1798.130(b))', () => {
  it('explains the limit in Spanish with the date from which a new request will be answered', async () => {
    const lucia = 'lucia.fernandez@example.org';
    await seedHistory(lucia, [
      { reference: 'CCPA-2026-000931', type: 'access', status: 'completed', receivedAt: '2026-01-12T16:00:00Z', respondedAt: '2026-02-02T18:00:00Z' },
      { reference: 'CCPA-2026-000932', type: 'portability', status: 'completed', receivedAt: '2026-06-01T16:00:00Z', respondedAt: '2026-06-20T18:00:00Z' },
    ]);
    const body = 'Hola:\r\n\r\nQuiero saber qué categorías de información personal han recopilado sobre mí.\r\n\r\nLucía Fernández';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'lucia-third@example.org', from: `Lucía Fernández <${lucia}>`, subject: 'Solicitud de acceso', body }), { internalDate: RECEIVED });
    const answer = (await nthMailTo(lucia, 1)).text?.replace(/\s+/g, ' ');
    expect(answer).toContain('ya le hemos facilitado esta información en respuesta a dos solicitudes de este tipo');
    expect(answer).toContain('Responderemos a una nueva solicitud que recibamos a partir del 2 de febrero de 2027.');
  });
});

describe('the limit counts per consumer, not per agent (§1798.130(b))', () => {
  const agent = 'jordan.ellis@agents.example.net';
  const priya = 'priya.natarajan@example.net';
  const noor = 'noor.haddad@example.net';
  const categories = (whom: string) => `tell ${whom} what categories of personal information you have collected about ${whom === 'me' ? 'me' : 'her'}`;

  beforeAll(async () => {
    // Jordan has already made two access requests this year, for two different clients; one was Priya's.
    await seedHistory(agent, [
      { reference: 'CCPA-2026-000911', type: 'access', status: 'completed', receivedAt: '2026-04-06T16:00:00Z', respondedAt: '2026-05-01T18:00:00Z', role: 'agent', consumerAddress: priya, consumerName: 'Priya Natarajan' },
      { reference: 'CCPA-2026-000912', type: 'access', status: 'completed', receivedAt: '2026-05-11T16:00:00Z', respondedAt: '2026-06-01T18:00:00Z', role: 'agent', consumerName: 'Luis Ortega' },
    ]);
    // Priya also asked once herself.
    await seedHistory(priya, [{ reference: 'CCPA-2026-000913', type: 'portability', status: 'completed', receivedAt: '2026-09-14T16:00:00Z', respondedAt: '2026-10-01T18:00:00Z' }]);
  });

  it('does not refuse an agent’s new client because of the agent’s other clients', async () => {
    const body = `Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Noor Haddad (${noor}). She asks you to ${categories('her')}.\r\n\r\nJordan Ellis`;
    await appendMessage(bot.imap, sampleRequest({ messageId: 'jordan-for-noor@example.net', from: `Jordan Ellis <${agent}>`, subject: 'Request to know for my client', body }), { internalDate: RECEIVED });
    const answer = await nthMailTo(agent, 1);
    expect(answer.text).toContain('signed by the consumer');
    expect(answer.text).not.toContain('two such requests');
    expect(await request(referenceIn(answer))).toMatchObject({ type: 'access', status: 'on_hold', requester_role: 'agent', consumer_address: noor, denial_reason: null });
  });

  it('counts a consumer’s request through an agent and their own together: the third gets the explanation', async () => {
    const body = `Hello,\r\n\r\nPlease ${categories('me')}.\r\n\r\nPriya Natarajan`;
    await appendMessage(bot.imap, sampleRequest({ messageId: 'priya-third@example.net', from: `Priya Natarajan <${priya}>`, subject: 'Request to know', body }), { internalDate: RECEIVED });
    const answer = await nthMailTo(priya, 1);
    expect(answer.text?.replace(/\s+/g, ' ')).toContain('two such requests from you or made on your behalf');
    expect(answer.text?.replace(/\s+/g, ' ')).toContain('received on or after May 1, 2027');
    expect(await request(referenceIn(answer))).toMatchObject({ type: 'access', status: 'denied', denial_reason: 'too_many_requests', challenge_id: null });
  });
});

describe('the one extension, with a notice giving the reason before day 45 (§1798.130(a)(2), §7021(b))', () => {
  const ana = 'ana.ruiz@example.net';
  let reference: string;

  it('moves the deadline to 90 days, tells the consumer why, and cannot be used twice', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'ana-delete@example.net', from: `Ana Ruiz <${ana}>` }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(ana, 1);
    reference = referenceIn(challenge);
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'ana-code@example.net', from: `Ana Ruiz <${ana}>`, body: `Code ${codeIn(challenge)}\r\nDate of birth: May 20, 1992` }));
    expect((await nthMailTo(ana, 2)).text).toContain('We have verified your identity');
    const extended = await support.staffAction(bot, { kind: 'extend', reference, reason: 'Your records are held in three separate systems.' }, days(30));
    expect(extended).toMatchObject({ ok: true, status: 'extended' });
    expect(await request(reference)).toMatchObject({ status: 'extended', due_date: '2027-02-21' });
    await support.drainAt(bot, days(30));
    const notice = await nthMailTo(ana, 3);
    expect(notice.text).toContain('Your records are held in three separate systems.');
    expect(notice.text).toContain('February 21, 2027');
    expect(notice.inReplyTo).toBe('<ana-code@example.net>');
    expect(await support.staffAction(bot, { kind: 'extend', reference, reason: 'again' }, days(31))).toMatchObject({ ok: false, rejection: { code: 'extension_already_used' } });
  });

  it('is refused after the first 45 days have ended', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'kai-delete@example.net', from: 'Kai Moreno <kai.moreno@example.net>' }), { internalDate: RECEIVED });
    const kai = referenceIn(await nthMailTo('kai.moreno@example.net', 1));
    expect(await support.staffAction(bot, { kind: 'extend', reference: kai, reason: 'late' }, days(46))).toMatchObject({ ok: false, rejection: { code: 'extension_too_late' } });
  });
});

describe('follow-up messages', () => {
  it('a new message quoting the reference joins the open request instead of opening a second one', async () => {
    const before = Number((await bot.daemon.db('requests').count({ n: '*' }))[0]?.n);
    const body = 'Hello,\r\n\r\nAbout my request ' + (await nthMailTo('ana.ruiz@example.net', 1)).subject?.match(/CCPA-\d{4}-\d{6}/)?.[0] + ': I moved last month.\r\n\r\nAna Ruiz';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'ana-followup@example.net', from: 'Ana Ruiz <ana.ruiz@example.net>', subject: 'My new address', body }));
    const row = await waitUntil(async () => (await bot.daemon.db('inbound_messages').where({ message_id: 'ana-followup@example.net' }).first()) ?? null, 'the follow-up');
    expect(Number((await bot.daemon.db('requests').count({ n: '*' }))[0]?.n)).toBe(before);
    expect(await bot.daemon.db('staff_flags').where({ inbound_message_id: row.id, reason: 'consumer_reply' }).first()).toBeTruthy();
  });

  it('a second new request the same day is opened but left to staff: the challenge counted as the day’s first reply (email-rules §2)', async () => {
    const sent = support.mailTo(bot, 'ana.ruiz@example.net').length;
    const body = 'Hello,\r\n\r\nDo not sell or share my personal information.\r\n\r\nAna Ruiz';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'ana-second@example.net', from: 'Ana Ruiz <ana.ruiz@example.net>', subject: 'Do not sell my information', body }), { internalDate: RECEIVED });
    const row = await waitUntil(async () => (await bot.daemon.db('inbound_messages').where({ message_id: 'ana-second@example.net' }).first()) ?? null, 'the second request');
    const opened = await bot.daemon.db('requests').where({ inbound_message_id: row.id });
    expect(opened.map((r) => r.type)).toEqual(['opt_out']);
    expect(await bot.daemon.db('staff_flags').where({ request_id: opened[0].id, reason: 'reply_rate_limited' }).first()).toBeTruthy();
    // Its clock runs and staff can act on it: 15 business days after Monday 2026-11-23 (§7026(f)).
    expect(opened[0]).toMatchObject({ status: 'received', due_date: '2026-12-14' });
    // Staff's approve confirms the reading (issue 14 item 1): the workflow runs from there, so the
    // opt-out is confirmed to the consumer (§7026(f)), by a person's decision, not the reply limit's.
    expect(await support.staffAction(bot, { kind: 'approve', reference: opened[0].reference })).toMatchObject({ ok: true, status: 'verified', mails: [{ kind: 'opt-out-confirmed' }] });
    await bot.daemon.sender.drain();
    expect(support.mailTo(bot, 'ana.ruiz@example.net')).toHaveLength(sent + 1);
  });

  it('a withdrawal closes the request with the reason `withdrawn`', async () => {
    const challenge = await nthMailTo('kai.moreno@example.net', 1);
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'kai-withdraws@example.net', from: 'Kai Moreno <kai.moreno@example.net>', body: 'Please withdraw my request, I changed my mind.' }));
    await nthMailTo('kai.moreno@example.net', 2);
    expect(await request(referenceIn(challenge))).toMatchObject({ status: 'withdrawn', denial_reason: 'withdrawn' });
  });
});

describe('retention (§7060(d), §7101)', () => {
  it('deletes raw bodies of closed requests and sent codes after the period, and keeps the record', async () => {
    const policy = { rawRetentionDays: 90, verificationRetentionDays: 0 };
    const db = bot.daemon.db;
    const first = await runRetention(db, policy, new Date());
    // Ana's verification is over: the mail that carried her code loses its body at once.
    expect(first.outboxPurged).toBeGreaterThanOrEqual(1);
    const anaChallenge = await db('outbox').where({ recipient: 'ana.ruiz@example.net', kind: 'verification-challenge' }).first();
    expect(Buffer.from(anaChallenge.raw).length).toBe(0);
    const later = await runRetention(db, policy, days(200));
    expect(later.inboundPurged).toBeGreaterThanOrEqual(1);
    const closed = await db('inbound_messages').where({ message_id: 'kai-delete@example.net' }).first();
    expect(closed).toMatchObject({ raw: null });
    expect(closed.raw_purged_at).toBeTruthy();
    const open = await db('inbound_messages').where({ message_id: 'ana-delete@example.net' }).first();
    expect(open.raw).not.toBeNull();
    expect(await request((await db('requests').where({ requester_address: 'kai.moreno@example.net' }).first()).reference)).toMatchObject({ status: 'withdrawn' });
    expect(Number((await db('audit_events').count({ n: '*' }))[0]?.n)).toBeGreaterThan(10);
  });
});
