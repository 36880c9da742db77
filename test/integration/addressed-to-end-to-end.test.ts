/**
 * Addressed to who they are, end to end (issue 15 items 2 and 8): over real Dovecot and SMTP
 * capture, a daughter who writes as her father's authorized agent and a parent who writes for her
 * child each read mail that greets them (never with the consumer's name) and tells them about the
 * consumer or the child in the third person; the consumer gets the direct confirmation (§7063(a))
 * addressed to him, and nothing else.
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { appendMessage } from '../harness/dovecot.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';
import * as support from './workflow-support.js';
import { DIRECTORY_CSV, RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;

beforeAll(async () => {
  // These tests follow agents and parents through the workflow once their letter is read; how sure
  // the reading is belongs to the classifier's tests (real-text-shift.test.ts sends letters worded
  // unlike the team's mail, as these Spanish agent letters are, to staff first).
  bot = await support.startWorkflowBot('ccpa-addressed-', { REVIEW_THRESHOLD: '0.8' });
  const csv = `${DIRECTORY_CSV}\r\nken.adams@example.net,Ken Adams,,,1951-04-11\r\nmia.lopez@example.org,Mia Lopez,,,2016-06-01`;
  await replaceDirectory(bot.daemon.db, parseDirectoryCsv(csv).entries, new Date());
});

afterAll(async () => {
  await bot?.stop();
});

const mailTo = (address: string) => support.mailTo(bot, address);
const nthMailTo = (address: string, count: number) => support.nthMailTo(bot, address, count);
const request = (reference: string) => bot.daemon.db('requests').where({ reference }).first();
const flagsOf = async (requestId: number) => (await bot.daemon.db('staff_flags').where({ request_id: requestId }).orderBy('id')).map((f) => f.reason as string);
/** The text as a reader sees it: whitespace folded. */
const read = (mail: ParsedMail) => (mail.text ?? '').replace(/\s+/g, ' ');
/** The HTML part's words. */
const readHtml = (mail: ParsedMail) => (typeof mail.html === 'string' ? mail.html : '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Nothing in mail to an agent or a parent may speak of the consumer's data as the reader's own. */
function expectThirdPerson(mail: ParsedMail, consumerName: string): void {
  for (const body of [read(mail), readHtml(mail)]) {
    expect(body).not.toMatch(/your (?:sensitive )?personal information/i);
    expect(body).not.toMatch(/your identity/i);
    expect(body).not.toContain(`Hello ${consumerName}`);
  }
  expect(mail.subject).not.toMatch(/your identity|your personal information/i);
}

describe('an agent writing for her father (§7063)', () => {
  const agent = 'lena.adams@example.org';
  const consumer = 'ken.adams@example.net';
  let reference: string;

  it('is greeted neutrally, never as her father, and asked for the permission Ken Adams signed', async () => {
    const body = 'Hello,\r\n\r\nI am an authorized agent acting on behalf of my father Ken Adams (ken.adams@example.net). He asks you to delete his personal information.\r\n\r\nLena Adams';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'lena-for-ken@example.org', from: `Lena Adams <${agent}>`, subject: 'Deletion request for my father', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(agent, 1);
    reference = referenceIn(ask);
    expect(await request(reference)).toMatchObject({ requester_role: 'agent', consumer_name: 'Ken Adams', consumer_address: consumer });
    expect(read(ask)).toMatch(/^Hello,/);
    expect(read(ask)).toContain('Thank you for contacting us on behalf of Ken Adams');
    expectThirdPerson(ask, 'Ken Adams');
  });

  it('the consumer gets the direct confirmation, addressed to him (§7063(a)(2))', async () => {
    const ask = await nthMailTo(agent, 1);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'lena-permission@example.org', from: `Lena Adams <${agent}>`, body: 'The permission my father signed is attached.', attachment: 'permission.pdf' }));
    const row = await request(reference);
    await waitUntil(async () => (await flagsOf(row.id)).includes('agent_permission_to_review'), 'the flag to check the permission');
    expect(await support.staffAction(bot, { kind: 'approve', reference })).toMatchObject({ ok: true, status: 'awaiting_verification' });
    await bot.daemon.sender.drain();

    const confirmation = await nthMailTo(consumer, 1);
    const text = read(confirmation);
    expect(confirmation.subject).toBe(`Did you authorize this privacy request? [${reference}]`);
    expect(text).toMatch(/^Hello Ken Adams,/);
    expect(text).toContain(`${agent} has contacted us as your authorized agent and asked us to act on your personal information`);
    expect(text).toContain('Deletion of your personal information');
    expect(readHtml(confirmation)).toContain('Hello Ken Adams,');
  });

  it('once Ken Adams confirms, the agent is told his identity and her permission are verified, in the third person', async () => {
    const confirmation = await nthMailTo(consumer, 1);
    const answer = `I authorized this agent to make this request.\r\nCode: ${codeIn(confirmation)}\r\nDate of birth: April 11, 1951`;
    await appendMessage(bot.imap, replyTo(confirmation, { messageId: 'ken-confirms@example.net', from: `Ken Adams <${consumer}>`, body: answer }));
    const verified = await nthMailTo(agent, 2);
    expect(read(verified)).toMatch(/^Hello,/);
    expect(read(verified)).toContain('We have verified the identity of Ken Adams and your permission to act for them (Cal. Code Regs. tit. 11, §7063(a))');
    expect(readHtml(verified)).toContain('We have verified the identity of Ken Adams and your permission to act for them');
    expectThirdPerson(verified, 'Ken Adams');
    expect(await request(reference)).toMatchObject({ status: 'verified' });
  });

  it('the completion tells the agent what was done with Ken Adams’s information; Ken got only the confirmation', async () => {
    expect(await support.staffAction(bot, { kind: 'complete', reference })).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    const done = await nthMailTo(agent, 3);
    expect(read(done)).toMatch(/^Hello,/);
    expect(read(done)).toContain('to delete the personal information of Ken Adams');
    expect(read(done)).toContain('We have deleted the personal information of Ken Adams');
    expect(read(done)).toContain('We will not discriminate against Ken Adams');
    expectThirdPerson(done, 'Ken Adams');
    expect(mailTo(consumer)).toHaveLength(1);
  });
});

describe('a parent writing for her child (§7070)', () => {
  const parent = 'rosa.lopez@example.org';
  let reference: string;

  it('is asked for proof, greeted neutrally, and the child is named', async () => {
    const body = 'Hello,\r\n\r\nI am the parent of my daughter Mia Lopez, who is 10. Please delete all personal information you hold about her.\r\n\r\nRosa Lopez';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'rosa-for-mia@example.org', from: `Rosa Lopez <${parent}>`, subject: 'Delete my daughter’s data', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(parent, 1);
    reference = referenceIn(ask);
    expect(await request(reference)).toMatchObject({ requester_role: 'parent', consumer_name: 'Mia Lopez' });
    expect(read(ask)).toMatch(/^Hello,/);
    expect(read(ask)).toContain('Thank you for your request on behalf of Mia Lopez');
    expectThirdPerson(ask, 'Mia Lopez');
  });

  it('once staff accept the proof, the parent is told she is confirmed as the parent, not that "your identity" is verified', async () => {
    const ask = await nthMailTo(parent, 1);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'rosa-proof@example.org', from: `Rosa Lopez <${parent}>`, body: 'The signed statement is attached.', attachment: 'statement.pdf' }));
    await waitUntil(async () => (await request(reference)).status === 'needs_staff', 'the proof handed to staff');
    expect(await support.staffAction(bot, { kind: 'approve', reference })).toMatchObject({ ok: true });
    await bot.daemon.sender.drain();
    const verified = await nthMailTo(parent, 2);
    expect(read(verified)).toMatch(/^Hello,/);
    expect(read(verified)).toContain('We have confirmed that you are the parent or legal guardian of your child Mia Lopez (Cal. Code Regs. tit. 11, §7070)');
    expectThirdPerson(verified, 'Mia Lopez');
  });

  it('a message staff relay (`reply TEXT`) greets the parent, not the child, and names the child', async () => {
    expect(await support.staffAction(bot, { kind: 'reply', reference, text: 'We found one account in the name of Mia and will delete it this week.' })).toMatchObject({ ok: true });
    await bot.daemon.sender.drain();
    const relayed = await nthMailTo(parent, 3);
    expect(read(relayed)).toMatch(/^Hello,/);
    expect(read(relayed)).toContain(`writes about your request ${reference} about your child Mia Lopez`);
    expectThirdPerson(relayed, 'Mia Lopez');
  });

  it('the completion says the child’s information was deleted, never "your personal information"', async () => {
    expect(await support.staffAction(bot, { kind: 'complete', reference })).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    const done = await nthMailTo(parent, 4);
    expect(read(done)).toContain('We have deleted the personal information of your child Mia Lopez');
    expect(readHtml(done)).toContain('We have deleted the personal information of your child Mia Lopez');
    expectThirdPerson(done, 'Mia Lopez');
    expect(mailTo('mia.lopez@example.org')).toHaveLength(0);
  });
});

describe('an agent writing in Spanish (§7063)', () => {
  const agente = 'paula.vidal@agentes.example.net';
  const consumidora = 'ana.ruiz@example.net';

  it('is told «la información personal de Ana Ruiz», never «su información personal», and Ana is written to directly', async () => {
    const body = 'Hola:\r\n\r\nSoy agente autorizada y escribo en nombre de Ana Ruiz (ana.ruiz@example.net), mi clienta. Solicita que eliminen su información personal.\r\n\r\nPaula Vidal';
    await appendMessage(bot.imap, sampleRequest({ messageId: 'paula-para-ana@example.net', from: `Paula Vidal <${agente}>`, subject: 'Solicitud de eliminación de mi clienta', body }), { internalDate: RECEIVED });
    const ask = await nthMailTo(agente, 1);
    const reference = referenceIn(ask);
    await appendMessage(bot.imap, replyTo(ask, { messageId: 'paula-permiso@example.net', from: `Paula Vidal <${agente}>`, body: 'Adjunto el permiso firmado.', attachment: 'permiso.pdf' }));
    const row = await request(reference);
    await waitUntil(async () => (await flagsOf(row.id)).includes('agent_permission_to_review'), 'the flag to check the permission');
    expect(await support.staffAction(bot, { kind: 'approve', reference })).toMatchObject({ ok: true });
    await bot.daemon.sender.drain();

    const confirmation = await nthMailTo(consumidora, 1);
    expect(read(confirmation)).toMatch(/^Estimado\/a Ana Ruiz:/);
    expect(read(confirmation)).toContain('su información personal');
    const answer = `Autoricé a esta agente a presentar esta solicitud.\r\nCódigo: ${codeIn(confirmation)}\r\nFecha de nacimiento: 20/05/1992`;
    await appendMessage(bot.imap, replyTo(confirmation, { messageId: 'ana-confirma@example.net', from: `Ana Ruiz <${consumidora}>`, body: answer }));

    const verified = await nthMailTo(agente, 2);
    const text = read(verified);
    expect(text).toMatch(/^Estimado\/a agente:/);
    expect(text).toContain('Hemos verificado la identidad de Ana Ruiz y el permiso que le dio a usted para actuar en su nombre');
    expect(text).not.toMatch(/su identidad|su información personal|Estimado\/a Ana Ruiz/);
    expect(await request(reference)).toMatchObject({ lang: 'es', status: 'verified' });
  });
});
