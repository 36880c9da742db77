/**
 * The request workflow end to end against the real servers (private Dovecot, SMTP on loopback,
 * a SQLite file): every path of issue 5, driven by mail appended to the INBOX, by staff actions
 * and by the sweep run with a moved clock. Sections cited are those of ccpa-rules.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser, type ParsedMail } from 'mailparser';
import { runWorkflowSweeps } from '../../src/workflow/run-sweeps.js';
import { workflowDeps } from '../../src/compose.js';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, days, drainAt, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // These tests are about the workflow, not about who reviews: the two-right letter below ("I want
  // to know what personal information you have about me. I also want you to delete ...") is read
  // right, but the second opinion doubts its access (p 0.40), so at the default REVIEW_THRESHOLD
  // (0.95) it goes to staff (confidence 0.91). The old default keeps it answered automatically.
  bot = await support.startWorkflowBot('ccpa-workflow-', { REVIEW_THRESHOLD: '0.7' });
});

afterAll(async () => {
  await bot?.stop();
});

const mailTo = (address: string) => support.mailTo(bot, address);
const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const eventsOf = (requestId: number) => support.eventsOf(bot, requestId);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const staff = (action: Parameters<typeof support.staffAction>[1]) => support.staffAction(bot, action);

describe('a self request verified by code and completed (§7062(c), §7024)', () => {
  const dana = 'dana.whitfield@example.org';
  let challenge: ParsedMail;
  let reference: string;

  it('is answered with one verification challenge in the thread, which also confirms receipt (§7021)', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'dana-copy@example.org', subject: 'Copy of my data', body: 'Hello,\r\n\r\nPlease send me a copy of the personal information you hold about me.\r\n\r\nDana Whitfield' }), { internalDate: RECEIVED });
    challenge = await nthMailTo(dana, 1);
    reference = referenceIn(challenge);
    expect(challenge.inReplyTo).toBe('<dana-copy@example.org>');
    expect(challenge.subject).toBe(`Re: Copy of my data [${reference}]`);
    expect(challenge.text).toContain('January 7, 2027');
    expect(challenge.text).toContain('penalty of perjury');
    expect(codeIn(challenge)).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const row = await request(reference);
    expect(row).toMatchObject({ type: 'access', status: 'awaiting_verification', due_date: '2027-01-07' });
    const stored = await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first();
    expect(JSON.stringify(stored)).not.toContain(codeIn(challenge).replace('-', ''));
    const events = await eventsOf(row.id);
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['request_received', 'acknowledged', 'verification_requested', 'reply_queued']));
    expect(events.find((e) => e.event === 'verification_requested')).toMatchObject({ actor: 'bot', detail: { dataPointsRequired: 3, declarationRequired: true } });
  });

  it('counts a wrong code as one attempt and answers it in the thread with the tries left, committed with the event (§7060-§7062)', async () => {
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'dana-wrong@example.org', from: `Dana Whitfield <${dana}>`, body: 'My code is ZZZZ-9999' }));
    const answer = await nthMailTo(dana, 2);
    expect(answer.inReplyTo).toBe('<dana-wrong@example.org>');
    expect(answer.subject).toBe(`Re: Copy of my data [${reference}]`);
    expect(answer.headers.get('auto-submitted')).toBe('auto-replied');
    expect(answer.text).toContain('does not match the one we sent you');
    expect(answer.text).toContain('You have 4 more tries.');
    expect(answer.text).toContain('January 7, 2027');
    expect(`${answer.text}${answer.html}`).not.toContain('ZZZZ');
    const row = await request(reference);
    expect(row).toMatchObject({ status: 'awaiting_verification' });
    const inbound = await bot.daemon.db('inbound_messages').where({ message_id: 'dana-wrong@example.org' }).first('id');
    const rejected = await bot.daemon.db('audit_events').where({ request_id: row.id, event: 'code_rejected' }).first();
    expect(rejected).toMatchObject({ actor: 'consumer', inbound_message_id: inbound.id });
    expect(JSON.parse(rejected.detail)).toMatchObject({ attemptsLeft: 4 });
    const outbox = await bot.daemon.db('outbox').where({ request_id: row.id, kind: 'code-rejected' });
    expect(outbox.map((o) => [o.inbound_message_id, o.recipient, o.lang])).toEqual([[inbound.id, dana, 'en']]);
  });

  it('verifies the right code with two matching data points and the signed declaration, then deletes the verification data (§7060(d))', async () => {
    const body = [
      `Here is my code: ${codeIn(challenge)}`,
      'Full name: Dana Whitfield',
      'Date of birth: 03/14/1984',
      '',
      'I declare under penalty of perjury under the laws of the State of California that I am the consumer whose personal information is the subject of this request.',
      'Signed: Dana Whitfield',
    ].join('\r\n');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'dana-code@example.org', from: `Dana Whitfield <${dana}>`, body }));
    const verified = await nthMailTo(dana, 3);
    expect(verified.inReplyTo).toBe('<dana-code@example.org>');
    expect(verified.text).toContain('We have verified your identity');
    const row = await request(reference);
    expect(row).toMatchObject({ status: 'verified', challenge_id: null });
    expect(await bot.daemon.db('verification_challenges').count({ n: '*' }).where({ answer_from: dana })).toEqual([{ n: 0 }]);
    const matched = (await eventsOf(row.id)).find((e) => e.event === 'identity_matched');
    expect(matched?.detail).toEqual({ matched: ['full_name', 'date_of_birth'], mismatched: [], declarationSigned: true });
    expect(JSON.stringify(await eventsOf(row.id))).not.toContain('1984');
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'verified_ready' }).first()).toBeTruthy();
  });

  it('is approved and completed by staff, each step audited with the staff member and answered in the thread', async () => {
    expect(await staff({ kind: 'approve', reference })).toMatchObject({ ok: true, status: 'in_progress' });
    const done = await staff({ kind: 'complete', reference, message: 'Your file is attached to our secure portal message.' });
    expect(done).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    const completion = await nthMailTo(dana, 4);
    expect(completion.inReplyTo).toBe('<dana-code@example.org>');
    expect(completion.text).toContain('Your file is attached to our secure portal message.');
    expect(completion.references).toEqual(expect.arrayContaining(['<dana-copy@example.org>', '<dana-code@example.org>']));
    const row = await request(reference);
    expect(row.status).toBe('completed');
    expect(row.responded_at).toBeTruthy();
    const events = await eventsOf(row.id);
    expect(events.find((e) => e.event === 'staff_complete')).toMatchObject({ actor: 'staff:rosa.alvarez', detail: { from: 'in_progress', to: 'completed' } });
    expect(await bot.daemon.db('outbox').where({ request_id: row.id }).whereNot('kind', 'like', 'staff-%').pluck('kind')).toEqual(['verification-challenge', 'code-rejected', 'verified', 'completion-access-specific']);
  });
});

describe('verification never completed: reminder, staff alert, then denial as unverifiable (§7024(b), §7022(a))', () => {
  const luis = 'luis.ortega@example.net';
  let reference: string;

  it('sends one reminder a week after receipt, alerts staff before the deadline, and denies once the 45 days are over', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'luis-delete@example.org', from: `Luis Ortega <${luis}>` }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(luis, 1);
    reference = referenceIn(challenge);
    const deps = workflowDeps(bot.config);

    expect(await runWorkflowSweeps(bot.daemon.db, deps, days(3))).toMatchObject({ reminders: 0 });
    expect(await runWorkflowSweeps(bot.daemon.db, deps, days(8))).toMatchObject({ reminders: 1, denied: 0 });
    await drainAt(bot, days(8));
    const reminder = await nthMailTo(luis, 2);
    expect(reminder.inReplyTo).toBe('<luis-delete@example.org>');
    expect(reminder.headers.get('auto-submitted')).toBe('auto-generated');
    expect(reminder.text).toContain('single-use code');
    expect(await runWorkflowSweeps(bot.daemon.db, deps, days(9))).toMatchObject({ reminders: 0 });

    // Five days before 2027-01-07 staff hear about it, once.
    expect((await runWorkflowSweeps(bot.daemon.db, deps, days(41))).alerts).toBeGreaterThanOrEqual(1);
    const row = await request(reference);
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'due_soon' }).count({ n: '*' })).toEqual([{ n: 1 }]);
    await runWorkflowSweeps(bot.daemon.db, deps, days(42));
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'due_soon' }).count({ n: '*' })).toEqual([{ n: 1 }]);

    // 2027-01-07 is the last day (issue 18 item 3): the last sweep of 2027-01-06 leaves the request
    // alone, the first of 2027-01-07 (00:00 PST = 08:00 UTC) denies it with the explanation, and the
    // denial leaves that day (§1798.130(a)(2), §7021(b), §7024(b)).
    expect(await runWorkflowSweeps(bot.daemon.db, deps, new Date('2027-01-07T07:59:00Z'))).toMatchObject({ denied: 0 });
    const lastDay = new Date('2027-01-07T08:00:00Z');
    expect(await runWorkflowSweeps(bot.daemon.db, deps, lastDay)).toMatchObject({ denied: 1 });
    await drainAt(bot, lastDay);
    const denial = await nthMailTo(luis, 3);
    expect(denial.text).toContain('we could not verify your identity');
    expect(denial.date?.toISOString()).toBe(lastDay.toISOString());
    expect(await request(reference)).toMatchObject({ responded_at: lastDay.toISOString() });
    expect(await request(reference)).toMatchObject({ status: 'denied', denial_reason: 'unverifiable', challenge_id: null });
    expect(await bot.daemon.db('verification_challenges').where({ answer_from: luis }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});

describe('one email with several requests (ccpa-rules, Request types)', () => {
  it('opens linked requests with their own clocks, sends one challenge, and one reply verifies them all', async () => {
    const noor = 'noor.haddad@example.net';
    const body = 'Hello,\r\n\r\nI want to know what personal information you have about me. I also want you to delete my personal information.\r\n\r\nNoor Haddad';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'noor-two@example.net', from: `Noor Haddad <${noor}>`, subject: 'Privacy request', body }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(noor, 1);
    const opened = await bot.daemon.db('requests').where({ requester_address: noor }).orderBy('id');
    expect(opened.map((r) => [r.type, r.status, r.due_date])).toEqual([
      ['access', 'awaiting_verification', '2027-01-07'],
      ['deletion', 'awaiting_verification', '2027-01-07'],
    ]);
    expect(opened[0].challenge_id).toBe(opened[1].challenge_id);
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'noor-code@example.net', from: `Noor Haddad <${noor}>`, body: `${codeIn(challenge)}\r\nDate of birth: 01/15/1995` }));
    const verified = await nthMailTo(noor, 2);
    expect(verified.text).toContain('We have verified your identity');
    const after = await bot.daemon.db('requests').where({ requester_address: noor }).orderBy('id');
    expect(after.map((r) => r.status)).toEqual(['verified', 'verified']);
    await bot.daemon.sender.drain();
    expect(mailTo(noor)).toHaveLength(2);
  });

  it('sweeps the linked requests together: one reminder, then one denial mail for both', async () => {
    const sam = 'sam.okafor@example.net';
    const body = 'Hello,\r\n\r\nI want to know what personal information you have about me. I also want you to delete my personal information.\r\n\r\nSam Okafor';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'sam-two@example.net', from: `Sam Okafor <${sam}>`, subject: 'Privacy request', body }), { internalDate: RECEIVED });
    await nthMailTo(sam, 1);
    const deps = workflowDeps(bot.config);
    expect((await runWorkflowSweeps(bot.daemon.db, deps, days(8))).reminders).toBeGreaterThanOrEqual(2);
    expect((await runWorkflowSweeps(bot.daemon.db, deps, days(45))).denied).toBeGreaterThanOrEqual(2);
    await drainAt(bot, days(45));
    const kinds = await bot.daemon.db('outbox').where({ recipient: sam }).orderBy('id').pluck('kind');
    expect(kinds).toEqual(['verification-challenge', 'reminder', 'unverifiable-denial']);
    expect(await bot.daemon.db('requests').where({ requester_address: sam }).pluck('status')).toEqual(['denied', 'denied']);
  });
});

describe('every try used up with wrong codes, in Spanish (§7060-§7062, §7024(b))', () => {
  it('answers each wrong code in Spanish with the tries left, then hands the request to staff and says so', async () => {
    const marta = 'marta.vidal@example.org';
    const body = 'Hola,\r\n\r\nPor favor eliminen toda la información personal que tienen sobre mí.\r\n\r\nGracias,\r\nMarta Vidal';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'marta-delete@example.org', from: `Marta Vidal <${marta}>`, subject: 'Solicitud de eliminación', body }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(marta, 1);
    const reference = referenceIn(challenge);
    const answers: ParsedMail[] = [];
    for (const [i, wrong] of ['ZZZZ-9992', 'ZZZZ-9993', 'ZZZZ-9994', 'ZZZZ-9995', 'ZZZZ-9996'].entries()) {
      await appendMessage(bot.imap, replyTo(challenge, { messageId: `marta-wrong-${i}@example.org`, from: `Marta Vidal <${marta}>`, body: `Mi código es ${wrong}` }));
      answers.push(await nthMailTo(marta, i + 2));
    }
    expect(answers.map((a) => a.inReplyTo)).toEqual([0, 1, 2, 3, 4].map((i) => `<marta-wrong-${i}@example.org>`));
    // Every request the message opened is tagged, the first naming the thread (issue 15 item 1).
    const tags = (await bot.daemon.db('requests').where({ requester_address: marta }).orderBy('id').pluck('reference')).map((r: string) => `[${r}]`).join(' ');
    expect(tags).toContain(`[${reference}]`);
    expect(answers.every((a) => a.subject === `Re: Solicitud de eliminación ${tags}`)).toBe(true);
    expect(answers[0]?.text).toContain('Le quedan 4 intentos más.');
    expect(answers[3]?.text).toContain('Le queda un intento más.');
    const last = (answers[4]?.text ?? '').replace(/\s+/g, ' ');
    expect(last).toContain('No le quedan intentos');
    expect(last).toContain('confirmar su identidad por otro medio');
    expect(last).toContain('7 de enero de 2027');
    const row = await request(reference);
    expect(row).toMatchObject({ status: 'needs_staff', lang: 'es' });
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'verification_attempts_exhausted' }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await bot.daemon.db('verification_challenges').where({ answer_from: marta }).count({ n: '*' })).toEqual([{ n: 0 }]);
    expect((await eventsOf(row.id)).filter((e) => e.event === 'code_rejected').map((e) => e.detail?.attemptsLeft)).toEqual([4, 3, 2, 1, 0]);
    // The flag mail tells staff in words what the bot sent, not the template's folder name.
    const [flagMail] = await waitUntil(async () => {
      const rows = await bot.daemon.db('outbox').where({ request_id: row.id, kind: 'staff-flag' }).select('raw');
      return rows.length > 0 && rows;
    }, 'the flag mail');
    const flagText = ((await simpleParser(flagMail.raw as Buffer)).text ?? '').replace(/\s+/g, ' ');
    expect(flagText).toContain('sent a note that the code or details did not verify, with the tries left.');
    expect(flagText).not.toContain('code-rejected');
  });
});
