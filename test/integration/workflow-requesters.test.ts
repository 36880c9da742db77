/**
 * Who may ask, end to end (ccpa-rules, Who may ask; Verification rules): an authorized agent
 * (§7063), a parent (§7070), an opt-out that needs no verification (§7060(b), §7026(f)), and a
 * request in Spanish answered in Spanish.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // These tests follow agents and parents through the workflow once their letter is read; how sure
  // the reading is belongs to the classifier's tests (real-text-shift.test.ts sends letters worded
  // unlike the team's mail, as these Spanish agent letters are, to staff first).
  bot = await support.startWorkflowBot('ccpa-requesters-', { REVIEW_THRESHOLD: '0.8' });
});

afterAll(async () => {
  await bot?.stop();
});

const mailTo = (address: string) => support.mailTo(bot, address);
const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const flagsOf = async (requestId: number) => (await bot.daemon.db('staff_flags').where({ request_id: requestId }).orderBy('id')).map((f) => f.reason);
/** Staff accept an agent's permission once its document is flagged for review (issue 14 item 6). */
const approvePermission = async (reference: string) => {
  const row = await request(reference);
  await waitUntil(async () => (await flagsOf(row.id)).includes('agent_permission_to_review'), 'the flag to check the permission');
  const outcome = await support.staffAction(bot, { kind: 'approve', reference });
  await bot.daemon.sender.drain();
  return outcome;
};

describe('an authorized agent (§7063)', () => {
  const agent = 'jordan.ellis@agents.example.net';
  const consumer = 'priya.natarajan@example.net';
  let reference: string;

  it('is asked for the signed permission, never a power of attorney, and staff are told', async () => {
    const body = 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Priya Natarajan (priya.natarajan@example.net). She asks you to delete her personal information.\r\n\r\nJordan Ellis';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'agent-request@example.net', from: `Jordan Ellis <${agent}>`, subject: 'Request on behalf of my client', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(agent, 1);
    reference = referenceIn(ask);
    expect(ask.inReplyTo).toBe('<agent-request@example.net>');
    expect(ask.text).toContain('signed by the consumer');
    expect(ask.text?.replace(/\s+/g, ' ')).toContain('a power of attorney is not required');
    const row = await request(reference);
    expect(row).toMatchObject({ status: 'on_hold', requester_role: 'agent', consumer_address: consumer });
    expect(await flagsOf(row.id)).toContain('agent_request');
    expect(mailTo(consumer)).toHaveLength(0);
  });

  it('sends the permission as an attachment: staff are asked to check it, and nothing goes to the consumer until they accept it (§7063(a)(1))', async () => {
    const ask = await nthMailTo(agent, 1);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'agent-permission@example.net', from: `Jordan Ellis <${agent}>`, body: 'The signed permission is attached.', attachment: 'permission.pdf' }));
    const row = await request(reference);
    await waitUntil(async () => (await flagsOf(row.id)).includes('agent_permission_to_review'), 'the flag to check the permission');
    expect(await request(reference)).toMatchObject({ status: 'on_hold' });
    expect(mailTo(consumer)).toHaveLength(0);
  });

  it('staff approve the permission; the bot then asks the consumer directly to confirm (§7063(a)(2))', async () => {
    expect(await approvePermission(reference)).toMatchObject({ ok: true, status: 'awaiting_verification', mails: [expect.objectContaining({ to: consumer })] });
    const confirmation = await nthMailTo(consumer, 1);
    expect(confirmation.subject).toBe(`Did you authorize this privacy request? [${reference}]`);
    expect(confirmation.text).toContain(agent);
    expect(codeIn(confirmation)).not.toBe('');
    expect(await request(reference)).toMatchObject({ status: 'awaiting_verification' });
  });

  it('ignores the code when the agent sends it: only the consumer can prove control of their address', async () => {
    const confirmation = await nthMailTo(consumer, 1);
    const ask = await nthMailTo(agent, 1);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'agent-forwards-code@example.net', from: `Jordan Ellis <${agent}>`, body: `Priya gave me the code: ${codeIn(confirmation)}` }));
    const row = await request(reference);
    await waitUntil(async () => (await flagsOf(row.id)).includes('code_from_other_address'), 'the staff flag');
    expect(await request(reference)).toMatchObject({ status: 'awaiting_verification' });
  });

  it('is verified when the consumer replies with the code and a matching data point (§7062(b))', async () => {
    const confirmation = await nthMailTo(consumer, 1);
    const body = `I authorized this agent to make this request.\r\nCode: ${codeIn(confirmation)}\r\nDate of birth: July 2, 1990`;
    await appendMessage(bot.imap, replyTo(confirmation, { messageId: 'priya-confirms@example.net', from: `Priya Natarajan <${consumer}>`, body }));
    const verified = await nthMailTo(agent, 2);
    // Addressed to the agent: the consumer's identity and the agent's permission, in the third person (issue 15 item 2).
    expect(verified.text?.replace(/\s+/g, ' ')).toContain('We have verified the identity of Priya Natarajan and your permission to act for them');
    expect(verified.text).not.toContain('your identity');
    expect(await request(reference)).toMatchObject({ status: 'verified', challenge_id: null });
  });
});

describe('an agent the consumer disowns (§7063(a))', () => {
  const agent = 'riley.stone@agents.example.net';
  const consumer = 'noor.haddad@example.net';

  it('denies the agent for want of permission and tells the consumer the request is closed with nothing done', async () => {
    const body = 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my client Noor Haddad (noor.haddad@example.net). She asks you to delete her personal information.\r\n\r\nRiley Stone';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'disowned-agent@example.net', from: `Riley Stone <${agent}>`, subject: 'Deletion for my client', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(agent, 1);
    const reference = referenceIn(ask);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'disowned-permission@example.net', from: `Riley Stone <${agent}>`, body: 'The signed permission is attached.', attachment: 'permission.pdf' }));
    expect(await approvePermission(reference)).toMatchObject({ ok: true });
    const confirmation = await nthMailTo(consumer, 1);
    expect(confirmation.subject).toBe(`Did you authorize this privacy request? [${reference}]`);
    await appendMessage(bot.imap, replyTo(confirmation, { messageId: 'noor-disowns@example.net', from: `Noor Haddad <${consumer}>`, body: 'I did not authorize this. I do not know this person.' }));

    const denial = await nthMailTo(agent, 2);
    const toAgent = denial.text?.replace(/\s+/g, ' ') ?? '';
    expect(denial.inReplyTo).toBe('<disowned-permission@example.net>');
    expect(toAgent).toMatch(/^Hello,/);
    expect(toAgent).toContain('we asked Noor Haddad directly to confirm that they gave you permission to make this request for them (Cal. Code Regs. tit. 11, §7063(a)). They told us they did not');
    expect(toAgent).not.toContain('As you asked, we have withdrawn');
    expect(toAgent).not.toContain('we have acted on the rest');
    expect(toAgent).not.toContain('Hello Noor Haddad');

    const closed = await nthMailTo(consumer, 2);
    const toConsumer = closed.text?.replace(/\s+/g, ' ') ?? '';
    expect(closed.inReplyTo).toBe('<noor-disowns@example.net>');
    expect(toConsumer).toContain(`you did not authorize ${agent} to make the privacy request ${reference} in your name`);
    expect(toConsumer).toContain('We have closed that request and done nothing with your personal information');
    expect(mailTo(consumer)).toHaveLength(2);

    const row = await request(reference);
    expect(row).toMatchObject({ status: 'denied', denial_reason: 'unverifiable', challenge_id: null });
    expect(await flagsOf(row.id)).toContain('agent_disowned');
    const events = await bot.daemon.db('audit_events').where({ request_id: row.id, event: 'consumer_disowns_agent' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'consumer' });
  });

  it('in Spanish, «No la autoricé» closes it the same way', async () => {
    const agente = 'paula.vidal@agentes.example.net';
    const consumidora = 'ana.ruiz@example.net';
    const body = 'Hola:\r\n\r\nSoy agente autorizada y escribo en nombre de mi clienta Ana Ruiz (ana.ruiz@example.net). Solicita que eliminen su información personal.\r\n\r\nPaula Vidal';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'agente-negado@example.net', from: `Paula Vidal <${agente}>`, subject: 'Solicitud de eliminación de mi clienta', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(agente, 1);
    const reference = referenceIn(ask);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'agente-permiso@example.net', from: `Paula Vidal <${agente}>`, body: 'Adjunto el permiso firmado.', attachment: 'permiso.pdf' }));
    expect(await approvePermission(reference)).toMatchObject({ ok: true });
    const confirmation = await waitUntil(() => mailTo(consumidora).find((m) => m.raw.toString('utf8').includes(reference)), 'the confirmation to the consumer');
    const parsed = await simpleParser(confirmation.raw);
    await appendMessage(bot.imap, replyTo(parsed, { messageId: 'ana-niega@example.net', from: `Ana Ruiz <${consumidora}>`, body: 'No la autoricé.' }));
    const denial = await nthMailTo(agente, 2);
    expect(denial.text?.replace(/\s+/g, ' ')).toContain('si le había dado permiso para presentar esta solicitud en su nombre (Código de Reglamentos de California, título 11, §7063(a)). Nos respondió que no');
    const closed = await waitUntil(() => mailTo(consumidora).filter((m) => m.raw.toString('utf8').includes(reference))[1], 'the closing mail to the consumer');
    expect((await simpleParser(closed.raw)).text?.replace(/\s+/g, ' ')).toContain('Hemos cerrado esa solicitud y no hemos hecho nada con su información personal');
    expect(await request(reference)).toMatchObject({ status: 'denied', challenge_id: null });
  });
});

describe('a parent (§7070)', () => {
  it('is asked for the documented proof, and the answer goes to staff to judge', async () => {
    const parent = 'sam.park@example.net';
    const body = 'Hello,\r\n\r\nI am the parent of my son Leo, who is 11. Please delete all personal information you hold about him.\r\n\r\nSam Park';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'parent-request@example.net', from: `Sam Park <${parent}>`, subject: 'Request for my son', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(parent, 1);
    const row = await request(referenceIn(ask));
    expect(row).toMatchObject({ status: 'on_hold', requester_role: 'parent' });
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'parent-proof@example.net', from: `Sam Park <${parent}>`, body: 'The signed statement is attached.', attachment: 'statement.pdf' }));
    await waitUntil(async () => (await request(row.reference)).status === 'needs_staff', 'the request handed to staff');
    expect(await flagsOf(row.id)).toEqual(expect.arrayContaining(['parent_request', 'parent_proof_to_review']));
    expect(mailTo(parent)).toHaveLength(1);
  });
});

describe('an opt-out of sale or sharing (§7060(b), §7026(f))', () => {
  it('gets one confirmation, no identity check, and a 15-business-day deadline', async () => {
    const omar = 'omar.haddad@example.net';
    const body = 'Hello,\r\n\r\nDo not sell or share my personal information.\r\n\r\nOmar Haddad';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'omar-opt-out@example.net', from: `Omar Haddad <${omar}>`, subject: 'Do not sell my information', body }), { internalDate: RECEIVED });
    const confirmed = await nthMailTo(omar, 1);
    expect(confirmed.text).toContain('You do not need to verify your identity');
    // 15 business days after Monday 2026-11-23 (no holidays configured).
    expect(confirmed.text).toContain('December 14, 2026');
    const row = await request(referenceIn(confirmed));
    expect(row).toMatchObject({ type: 'opt_out', status: 'verified', due_date: '2026-12-14', challenge_id: null });
    // Consumer mail only; the request also reaches staff (flag mail) to carry out the opt-out.
    expect(await bot.daemon.db('outbox').where({ request_id: row.id }).whereNot('kind', 'like', 'staff-%').pluck('kind')).toEqual(['opt-out-confirmed']);
    expect(await support.staffAction(bot, { kind: 'complete', reference: row.reference })).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    expect((await nthMailTo(omar, 2)).inReplyTo).toBe('<omar-opt-out@example.net>');
  });
});

describe('a request in Spanish', () => {
  it('is answered in Spanish at every step', async () => {
    const lucia = 'lucia.fernandez@example.org';
    const body = 'Hola,\r\n\r\nPor favor eliminen toda la información personal que tienen sobre mí.\r\n\r\nGracias,\r\nLucía Fernández';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'lucia-delete@example.org', from: `Lucía Fernández <${lucia}>`, subject: 'Solicitud de eliminación', body }), { internalDate: RECEIVED });
    const challenge = await nthMailTo(lucia, 1);
    // One mail about every request the message opened, each reference tagged (issue 15 item 1).
    const references: string[] = await bot.daemon.db('requests').where({ requester_address: lucia }).orderBy('id').pluck('reference');
    expect(challenge.subject).toBe(`Re: Solicitud de eliminación ${references.map((r) => `[${r}]`).join(' ')}`);
    expect(challenge.text).toContain('Recibimos su solicitud de privacidad');
    expect(challenge.text).toContain('7 de enero de 2027');
    const reply = `Mi código es ${codeIn(challenge)}\r\nFecha de nacimiento: 30/09/1988`;
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'lucia-code@example.org', from: `Lucía Fernández <${lucia}>`, body: reply }));
    const verified = await nthMailTo(lucia, 2);
    expect(verified.subject).toContain(referenceIn(challenge));
    expect(await request(referenceIn(challenge))).toMatchObject({ lang: 'es', status: 'verified' });
    expect(verified.text).not.toContain('We have verified');
  });
});
