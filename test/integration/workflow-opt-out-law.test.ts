/**
 * Opt-out and limit as the law reads them (issue 18 item 2), end to end over the real servers
 * (private Dovecot, SMTP capture, a SQLite file): no verification may be required (§7060(b)), so
 * an opt-out is confirmed whatever else its message mentions, staff cannot deny it for any reason
 * but a documented belief of fraud, and that denial says why (§7026(e)).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import * as support from './workflow-support.js';
import { RECEIVED, days, referenceIn, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  bot = await support.startWorkflowBot('ccpa-opt-out-law-');
});

afterAll(async () => {
  await bot?.stop();
});

const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const flatten = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ');

describe('an opt-out that also mentions health information is confirmed at once (§7060(b))', () => {
  it.each([
    {
      lang: 'en',
      from: 'Kai Moreno <kai.moreno@example.net>',
      subject: 'Do not sell my personal information',
      body: 'Hello,\r\n\r\nI am a patient of a practice that uses your software. Please do not sell or share my personal information, including any health information you may hold about me.\r\n\r\nKai Moreno',
      says: 'You do not need to verify your identity',
    },
    {
      lang: 'es',
      from: 'Lucía Fernández <lucia.fernandez@example.org>',
      subject: 'No vendan mis datos',
      body: 'Hola:\r\n\r\nSoy paciente de una clínica que usa su programa. Les pido que no vendan ni compartan mi información personal, incluida la información de salud que tengan sobre mí.\r\n\r\nLucía Fernández',
      says: 'no necesita verificar su identidad',
    },
  ])('in $lang: the confirmation goes out, and staff are asked to read the rest', async ({ lang, from, subject, body, says }) => {
    const address = /<(.+)>/.exec(from)![1]!;
    await appendMessage(bot.imap, sampleRequest({ messageId: `optout-health-${lang}@example.net`, from, subject, body }), { internalDate: RECEIVED });
    const confirmation = await nthMailTo(address, 1);
    expect(flatten(confirmation.text)).toContain(says);
    expect(confirmation.text).toContain('§7060(b)');
    const row = await request(referenceIn(confirmation));
    expect(row).toMatchObject({ type: 'opt_out', status: 'verified', lang });
    const flags = await bot.daemon.db('staff_flags').where({ request_id: row.id }).select('reason');
    expect(flags.map((f) => f.reason)).toContain('low_confidence');
  });
});

describe('the opt-out completion follows the privacy notice: nothing is sold or shared (issue 18 item 6, §1798.120)', () => {
  it('says so instead of claiming that selling stopped and third parties were told', async () => {
    const kai = 'kai.moreno@example.net';
    const reference = referenceIn(await nthMailTo(kai, 1));
    expect(await support.staffAction(bot, { kind: 'complete', reference }, days(3))).toMatchObject({ ok: true, status: 'completed' });
    await support.drainAt(bot, days(3));
    const done = flatten((await nthMailTo(kai, 2)).text);
    expect(done).toContain('As our privacy notice says, we do not sell or share personal information with third parties.');
    expect(done).not.toContain('We have stopped selling');
  });
});

describe('staff cannot deny an opt-out for verification; only fraud, with the reason (§7060(b), §7026(e))', () => {
  const nadia = 'nadia.brooks@example.net';
  let reference: string;

  beforeAll(async () => {
    const body = 'Hello,\r\n\r\nPlease do not sell or share my personal information.\r\n\r\nNadia Brooks';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'nadia-optout@example.net', from: `Nadia Brooks <${nadia}>`, subject: 'Do not sell my data', body }), { internalDate: RECEIVED });
    reference = referenceIn(await nthMailTo(nadia, 1));
  });

  it('refuses `requests deny --reason unverifiable` and every other reason but fraud, changing nothing', async () => {
    for (const reason of ['unverifiable', 'not_a_consumer', 'not_california', 'other']) {
      const result = await support.staffAction(bot, { kind: 'deny', reference, reason, message: 'We could not verify you.' }, days(2));
      expect(result, reason).toMatchObject({ ok: false, rejection: { code: 'opt_out_denied_only_for_fraud' } });
    }
    expect(await request(reference)).toMatchObject({ status: 'verified', denial_reason: null });
    expect(await bot.daemon.db('outbox').where({ kind: 'denial' }).count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('refuses a fraud denial without the explanation, and sends the one with it', async () => {
    expect(await support.staffAction(bot, { kind: 'deny', reference, reason: 'suspected_fraud' }, days(2))).toMatchObject({ ok: false, rejection: { code: 'fraud_denial_needs_explanation' } });
    const why = 'This address was reported to us as taken over on November 20, 2026, by the person it belongs to.';
    expect(await support.staffAction(bot, { kind: 'deny', reference, reason: 'suspected_fraud', message: why }, days(2))).toMatchObject({ ok: true, status: 'denied' });
    await support.drainAt(bot, days(2));
    const denial = flatten((await nthMailTo(nadia, 2)).text);
    expect(denial).toContain('We will not comply with this request');
    expect(denial).toContain('documented belief that it is fraudulent');
    expect(denial).toContain('§7026(e)');
    expect(denial).toContain(why);
    expect(await request(reference)).toMatchObject({ status: 'denied', denial_reason: 'suspected_fraud' });
  });
});
