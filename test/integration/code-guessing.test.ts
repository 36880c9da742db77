/**
 * One try per code (issue 13 item 6) over the real servers: a reply listing many candidate codes
 * is a guess and uses up tries, a reply too large to be an answer is not searched, and a genuine
 * answer, with the challenge quoted below it, still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { CODE_ALPHABET } from '../../src/pipeline/decide/verification-code.js';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  bot = await support.startWorkflowBot('ccpa-code-guessing-');
});

afterAll(async () => {
  await bot?.stop();
});

/** Opens a deletion request for `address` and returns its challenge mail. */
async function challengeFor(address: string, name: string, messageId: string): Promise<ParsedMail> {
  const body = `Hello,\r\n\r\nPlease delete all personal information you hold about me.\r\n\r\n${name}`;
  await appendMessage(bot.imap, sampleRequest({ messageId, from: `${name} <${address}>`, body }), { internalDate: RECEIVED });
  return support.nthMailTo(bot, address, 1);
}

/** `count` distinct code-shaped strings of our alphabet, none of them `except`. */
function wrongCodes(count: number, except: string): string[] {
  const codes: string[] = [];
  for (let i = 0; codes.length < count; i += 1) {
    let n = i;
    let code = '';
    for (let k = 0; k < 8; k += 1) {
      code += CODE_ALPHABET[n % CODE_ALPHABET.length];
      n = Math.floor(n / CODE_ALPHABET.length);
    }
    const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
    if (shown !== except) codes.push(shown);
  }
  return codes;
}

const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const events = async (requestId: number) => bot.daemon.db('audit_events').where({ request_id: requestId }).orderBy('id').pluck('event');
const handled = (messageId: string) => waitUntil(async () => (await bot.daemon.db('inbound_messages').where({ message_id: messageId }).first('id')) ?? null, messageId);

describe('one try per code (issue 13 item 6; NIST SP 800-63B §5.2.2)', () => {
  it('does not verify a reply of 31 codes, the last one right, and uses up the tries', async () => {
    const luis = 'luis.ortega@example.net';
    const challenge = await challengeFor(luis, 'Luis Ortega', 'luis-delete@example.net');
    const reference = referenceIn(challenge);
    const row = await request(reference);
    const body = [...wrongCodes(30, codeIn(challenge)), codeIn(challenge), '', 'Date of birth: 11/02/1979'].join('\r\n');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'luis-guesses@example.net', from: `Luis Ortega <${luis}>`, body }));
    const answer = await support.nthMailTo(bot, luis, 2);
    expect(answer.text).not.toContain('We have verified your identity');
    const after = await request(reference);
    expect(after.status).not.toMatch(/verified|in_progress|completed/);
    const trail = await events(row.id);
    expect(trail).toContain('code_guess_refused');
    expect(trail).not.toContain('code_accepted');
    // Every try is gone: the challenge is deleted and staff verify another way.
    expect(await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first()).toBeUndefined();
    expect(await bot.daemon.db('staff_flags').where({ request_id: row.id, reason: 'verification_attempts_exhausted' }).first()).toBeTruthy();
  });

  it('does not search a 200,000-code reply: no verification, no try used, a person reads it', async () => {
    const priya = 'priya.natarajan@example.net';
    const challenge = await challengeFor(priya, 'Priya Natarajan', 'priya-delete@example.net');
    const row = await request(referenceIn(challenge));
    const body = [codeIn(challenge), 'Date of birth: 07/02/1990', ...wrongCodes(200_000, codeIn(challenge))].join('\r\n');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'priya-flood@example.net', from: `Priya Natarajan <${priya}>`, body }));
    const inbound = await handled('priya-flood@example.net');
    await waitUntil(async () => (await bot.daemon.db('staff_flags').where({ inbound_message_id: inbound.id, reason: 'consumer_reply' }).first()) ?? null, 'the flood to be handed to staff');
    expect(await request(referenceIn(challenge))).toMatchObject({ status: 'awaiting_verification', challenge_id: row.challenge_id });
    expect(await bot.daemon.db('verification_challenges').where({ id: row.challenge_id }).first()).toMatchObject({ attempts: 0 });
    expect(await events(row.id)).not.toContain('code_accepted');
  });

  it('verifies a genuine reply with the code once and the challenge quoted below it', async () => {
    const ana = 'ana.ruiz@example.net';
    const challenge = await challengeFor(ana, 'Ana Ruiz', 'ana-delete@example.net');
    const quoted = (challenge.text ?? '').split(/\r?\n/).map((line) => `> ${line}`);
    expect(quoted.join('\n')).toContain(codeIn(challenge));
    const body = [`My code is ${codeIn(challenge)}`, 'Date of birth: 05/20/1992', '', 'Ana Ruiz', '', 'On Mon, Nov 23, 2026 at 9:30 AM <compliance@example.com> wrote:', ...quoted].join('\r\n');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'ana-code@example.net', from: `Ana Ruiz <${ana}>`, body }));
    const verified = await support.nthMailTo(bot, ana, 2);
    expect(verified.text).toContain('We have verified your identity');
    expect(await request(referenceIn(challenge))).toMatchObject({ status: 'verified' });
  });
});
