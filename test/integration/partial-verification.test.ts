/**
 * Partial verification asks for what is missing (issue 15 items 4 and 8), over the real servers
 * (private Dovecot, SMTP on loopback, a SQLite file): a request for a copy whose answer to the
 * challenge reaches only the reasonable degree (§7062(b)) gets one mail naming the detail and the
 * signed declaration still needed and how to send them (§7062(c)), never "verified" beside "could
 * not verify", while the categories answer proceeds (§7024(a)); a later reply in the thread that
 * still lacks something is told exactly what; one that completes it upgrades the request (audit
 * event, degree in `requests show`), and staff complete it with the copy attached. EN and ES.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendMessage } from '../harness/dovecot.js';
import { runCli } from '../support/run-cli-in-process.js';
import { sampleRequest } from '../support/sample-mail.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;
let scratch: string;

beforeAll(async () => {
  bot = await support.startWorkflowBot('ccpa-partial-');
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-partial-cli-'));
  vi.stubEnv('DATABASE_URL', bot.config.databaseUrl);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('OUTBOX_DIR', path.join(scratch, 'outbox'));
  vi.stubEnv('MAILDIR_PATH', path.join(scratch, 'mail'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await bot?.stop();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

const DECLARATION_EN =
  'I declare under penalty of perjury under the laws of the State of California that I am the consumer whose\r\npersonal information is the subject of this request, and that the information in this message is true and\r\ncorrect.';
const DECLARATION_ES =
  'Declaro bajo pena de perjurio, conforme a las leyes del Estado de California, que soy la persona cuya\r\ninformación personal es objeto de esta solicitud y que la información de este mensaje es verdadera y\r\ncorrecta.';
const CSV = Buffer.from('field,value\r\nfull_name,Dana Whitfield\r\nappointments,3\r\n');

const requestRow = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const flat = (mail: ParsedMail) => ({ text: (mail.text ?? '').replace(/\s+/g, ' '), html: String(mail.html ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') });
/** The consumer mail the bot queued for one inbound message (staff mail aside). */
async function queuedFor(messageId: string): Promise<string[]> {
  const inbound = await bot.daemon.db('inbound_messages').where({ message_id: messageId }).first('id');
  return bot.daemon.db('outbox').where({ inbound_message_id: inbound.id }).whereNot('kind', 'like', 'staff-%').orderBy('id').pluck('kind');
}
const show = async (reference: string) => {
  const out = await runCli('requests', 'show', reference);
  expect(out.exitCode).toBe(0);
  return out.stdout;
};

describe('English: a copy verified only to the reasonable degree, completed by later replies (§7024(a), §7062(c))', () => {
  const dana = 'dana.whitfield@example.org';
  const from = `Dana Whitfield <${dana}>`;
  let challenge: ParsedMail;
  let reference: string;
  let partial: ParsedMail;
  let stillMissing: ParsedMail;

  it('the challenge asks for two details and the declaration, as for any copy', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'dana-copy-partial@example.org', from, subject: 'Copy of my data', body: 'Hello,\r\n\r\nPlease send me a copy of the personal information you hold about me.\r\n\r\nDana Whitfield' }), { internalDate: RECEIVED });
    challenge = await support.nthMailTo(bot, dana, 1);
    reference = referenceIn(challenge);
    const row = await requestRow(reference);
    expect(row).toMatchObject({ type: 'access', status: 'awaiting_verification' });
    expect((await support.eventsOf(bot, row.id)).find((e) => e.event === 'verification_requested')?.detail).toMatchObject({ dataPointsRequired: 3, declarationRequired: true });
  });

  it('the code and one detail (2 of 3 points, no declaration): one mail saying what is still needed and how, no contradiction; the categories answer proceeds', async () => {
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'dana-partial-code@example.org', from, body: `Here is my code: ${codeIn(challenge)}\r\nDate of birth: 03/14/1984\r\n\r\nThanks` }));
    partial = await support.nthMailTo(bot, dana, 2);
    expect(partial.inReplyTo).toBe('<dana-partial-code@example.org>');
    expect(partial.subject).toBe(`Re: Copy of my data [${reference}]`);
    for (const part of Object.values(flat(partial))) {
      expect(part).toContain('we are preparing that answer (Cal. Code Regs. tit. 11, §7024(a))');
      expect(part).toContain('Still needed:');
      expect(part).toContain('1 more of these details');
      expect(part).toContain('The declaration below, copied into your reply and signed by typing your full name on its line');
      expect(part).toContain(`reply to this email, keep ${reference} in the subject`);
      expect(part).not.toMatch(/verified your identity/i);
      expect(part).not.toMatch(/could not verify/i);
    }
    expect(await queuedFor('dana-partial-code@example.org')).toEqual(['copy-details-needed']);
    const row = await requestRow(reference);
    expect(row).toMatchObject({ status: 'verified', challenge_id: null });
    const accepted = (await support.eventsOf(bot, row.id)).find((e) => e.event === 'code_accepted');
    expect(accepted?.detail).toMatchObject({ verifiedDegree: 'reasonable', answeredAs: 'categories', matched: ['date_of_birth'], missingDataPoints: 1, missingDeclaration: true });
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'verified_ready' }).first()).toBeTruthy();
    expect(await show(reference)).toContain('verified:   reasonable degree only (§7062(b)): answered as categories (§7024(a)); a copy still needs 1 more matching detail(s) and the signed declaration');
  });

  it('staff cannot send the copy yet, and are told why', async () => {
    const result = await support.staffAction(bot, { kind: 'complete', reference, message: 'Your copy.', files: [{ filename: 'records.csv', content: CSV }] });
    expect(result).toMatchObject({ ok: false, error: 'refused' });
    expect(result.ok ? '' : result.message).toContain('verified only to the reasonable degree (§7062(b)); a copy needs the reasonably high degree (§7062(c))');
    expect((await requestRow(reference)).status).toBe('verified');
  });

  it('a later reply with the signed declaration but no further detail is told exactly what is still missing', async () => {
    const body = `Here is the declaration.\r\n\r\n${DECLARATION_EN}\r\nSigned (type your full name): Dana Whitfield`;
    await appendMessage(bot.imap, replyTo(partial, { messageId: 'dana-declares@example.org', from, body }));
    stillMissing = await support.nthMailTo(bot, dana, 3);
    expect(stillMissing.inReplyTo).toBe('<dana-declares@example.org>');
    for (const part of Object.values(flat(stillMissing))) {
      expect(part).toContain('It does not yet give us all that the law asks for');
      expect(part).toContain('1 more of these details');
      expect(part).not.toContain('The declaration below');
      expect(part).not.toMatch(/verified your identity|could not verify/i);
    }
    expect(await queuedFor('dana-declares@example.org')).toEqual(['copy-details-needed']);
    const row = await requestRow(reference);
    const received = (await support.eventsOf(bot, row.id)).filter((e) => e.event === 'copy_details_received');
    expect(received.map((e) => [e.actor, e.detail?.upgraded, e.detail?.missingDataPoints, e.detail?.missingDeclaration])).toEqual([['consumer', false, 1, false]]);
    expect(await show(reference)).toContain('a copy still needs 1 more matching detail(s)\n');
  });

  it('the reply that brings the last detail upgrades the request to the reasonably high degree: audited, shown, the consumer told, staff flagged', async () => {
    await appendMessage(bot.imap, replyTo(stillMissing, { messageId: 'dana-phone@example.org', from, body: 'My phone number: (415) 555-0142' }));
    const upgraded = await support.nthMailTo(bot, dana, 4);
    expect(upgraded.inReplyTo).toBe('<dana-phone@example.org>');
    expect(flat(upgraded).text).toContain(`We have verified your identity for request ${reference}`);
    expect(flat(upgraded).text).not.toMatch(/could not verify/i);
    expect(await queuedFor('dana-phone@example.org')).toEqual(['verified']);
    const row = await requestRow(reference);
    expect(row.status).toBe('verified');
    const last = (await support.eventsOf(bot, row.id)).filter((e) => e.event === 'copy_details_received').at(-1);
    expect(last).toMatchObject({ actor: 'consumer', detail: { upgraded: true, verifiedDegree: 'reasonably_high', matched: ['date_of_birth', 'phone'] } });
    expect(JSON.stringify(await support.eventsOf(bot, row.id))).not.toContain('555-0142');
    const flags = await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'verified_ready' }).orderBy('id');
    expect(JSON.parse(flags.at(-1).detail ?? '{}')).toMatchObject({ degree: 'reasonably_high' });
    const shown = await show(reference);
    expect(shown).toContain('verified:   reasonably high degree (§7062(c)): the copy may be sent');
    expect(shown).toContain('copy_details_received');
  });

  it('staff complete it with the copy attached, sent to the requester in the thread', async () => {
    const done = await support.staffAction(bot, { kind: 'complete', reference, message: 'Everything we hold about you.', files: [{ filename: 'records.csv', content: CSV }] });
    expect(done).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    const completion = await support.nthMailTo(bot, dana, 5);
    expect(completion.references).toEqual(expect.arrayContaining(['<dana-copy-partial@example.org>']));
    expect(completion.attachments.map((a) => a.filename)).toEqual(['records.csv']);
    expect(flat(completion).text).toContain('The copy is attached to this email');
    const row = await requestRow(reference);
    expect(await bot.daemon.db('outbox').where({ request_id: row.id }).whereNot('kind', 'like', 'staff-%').orderBy('id').pluck('kind')).toEqual([
      'verification-challenge',
      'copy-details-needed',
      'copy-details-needed',
      'verified',
      'completion-access-specific',
    ]);
  });
});

describe('Spanish: one later reply with the detail and the signed declaration upgrades the request (§7062(c))', () => {
  const lucia = 'lucia.fernandez@example.org';
  const from = `Lucía Fernández <${lucia}>`;
  let reference: string;
  let partial: ParsedMail;

  it('the code and the date of birth: one mail in Spanish naming what is still needed, no contradiction', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'lucia-copia@example.org', from, subject: 'Copia de mis datos personales', body: 'Buenos días:\r\n\r\nLes pido una copia de los datos personales que tienen sobre mí.\r\n\r\nAtentamente,\r\nLucía Fernández' }), { internalDate: RECEIVED });
    const challenge = await support.nthMailTo(bot, lucia, 1);
    reference = referenceIn(challenge);
    expect(challenge.text).toContain('pena de perjurio');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'lucia-codigo@example.org', from, body: `Código: ${codeIn(challenge)}\r\nFecha de nacimiento: 30/09/1988\r\n\r\nGracias` }));
    partial = await support.nthMailTo(bot, lucia, 2);
    for (const part of Object.values(flat(partial))) {
      expect(part).toContain('estamos preparando esa respuesta (Código de Reglamentos de California, título 11, §7024(a))');
      expect(part).toContain('Lo que falta:');
      expect(part).toContain('1 dato(s) más de los siguientes');
      expect(part).toContain('La declaración siguiente, copiada en su respuesta y firmada escribiendo su nombre completo en su línea');
      expect(part).toContain(`responda a este correo, conserve ${reference} en el asunto`);
      expect(part).not.toMatch(/hemos verificado su identidad/i);
      expect(part).not.toMatch(/no pudimos verificar/i);
    }
    expect(await queuedFor('lucia-codigo@example.org')).toEqual(['copy-details-needed']);
    expect(await requestRow(reference)).toMatchObject({ status: 'verified', lang: 'es' });
  });

  it('the reply with the full name and the signed declaration upgrades it; staff complete with the copy', async () => {
    const body = `Nombre completo: Lucía Fernández\r\n\r\n${DECLARATION_ES}\r\nFirma (escriba su nombre completo): Lucía Fernández`;
    await appendMessage(bot.imap, replyTo(partial, { messageId: 'lucia-declara@example.org', from, body }));
    const upgraded = await support.nthMailTo(bot, lucia, 3);
    expect(upgraded.inReplyTo).toBe('<lucia-declara@example.org>');
    expect(flat(upgraded).text).toContain(`Hemos verificado su identidad para la solicitud ${reference}`);
    expect(flat(upgraded).text).not.toMatch(/no pudimos verificar/i);
    const row = await requestRow(reference);
    const events = await support.eventsOf(bot, row.id);
    expect(events.find((e) => e.event === 'copy_details_received')).toMatchObject({ actor: 'consumer', detail: { upgraded: true, verifiedDegree: 'reasonably_high' } });
    expect(await show(reference)).toContain('reasonably high degree (§7062(c))');
    expect(await support.staffAction(bot, { kind: 'complete', reference, message: 'Todo lo que tenemos sobre usted.', files: [{ filename: 'datos.csv', content: CSV }] })).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    const completion = await support.nthMailTo(bot, lucia, 4);
    expect(completion.attachments.map((a) => a.filename)).toEqual(['datos.csv']);
  });
});
