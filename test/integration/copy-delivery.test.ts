/**
 * Delivering the copy (issue 15 item 5; §1798.130(a)(2)(B), §1798.130(a)(3)(B)(iii)): staff
 * complete a request for specific pieces with the files attached; the bot sends them to the
 * verified requester only, in the thread, listing each file; it refuses a file that is not a
 * portable format it knows, or too much, with a clear answer to staff; once sent, the stored copy
 * of the mail keeps no file, and the audit record keeps each file's name, size and hash.
 * Over a private Dovecot, SMTP on loopback and a SQLite file.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowDeps } from '../../src/compose.js';
import { runStaffAction } from '../../src/staff/run-staff-action.js';
import { appendMessage } from '../harness/dovecot.js';
import { waitUntil } from '../support/wait-until.js';
import { sampleRequest, withAttachment } from '../support/sample-mail.js';
import * as support from './workflow-support.js';
import { RECEIVED, codeIn, referenceIn, replyTo, type WorkflowBot } from './workflow-support.js';

let bot: WorkflowBot;
let reference: string;
const dana = 'dana.whitfield@example.org';
const CSV = Buffer.from('field,value\r\nfull_name,Dana Whitfield\r\nappointments,3\r\n');
const PDF = Buffer.from('%PDF-1.4\n% a fictional statement of account\n%%EOF\n');

beforeAll(async () => {
  bot = await support.startWorkflowBot('ccpa-copy-', { TRUSTED_AUTHSERV_ID: 'mx.example.com' });
  // A request for a copy, verified to the higher degree (code, two details, the declaration).
  await appendMessage(bot.imap, sampleRequest({ messageId: 'dana-wants-copy@example.org', from: `Dana Whitfield <${dana}>`, subject: 'Copy of my data', body: 'Hello,\r\n\r\nPlease send me a copy of the personal information you hold about me.\r\n\r\nDana Whitfield' }), { internalDate: RECEIVED });
  const challenge = await support.nthMailTo(bot, dana, 1);
  reference = referenceIn(challenge);
  const body = [
    `Here is my code: ${codeIn(challenge)}`,
    'Full name: Dana Whitfield',
    'Date of birth: 03/14/1984',
    '',
    'I declare under penalty of perjury under the laws of the State of California that I am the consumer whose personal information is the subject of this request.',
    'Signed: Dana Whitfield',
  ].join('\r\n');
  await appendMessage(bot.imap, replyTo(challenge, { messageId: 'dana-verifies@example.org', from: `Dana Whitfield <${dana}>`, body }));
  await support.nthMailTo(bot, dana, 2);
  expect(await support.staffAction(bot, { kind: 'approve', reference })).toMatchObject({ ok: true, status: 'in_progress' });
});

afterAll(async () => {
  await bot?.stop();
});

const complete = (files: Array<{ filename: string; content: Buffer }>, maxBytes?: number) => {
  const deps = workflowDeps(bot.config);
  const withLimit = maxBytes === undefined ? deps : { ...deps, workflow: { ...deps.workflow, copyMaxBytes: maxBytes } };
  return runStaffAction(bot.daemon.db, withLimit, { kind: 'complete', reference, staff: 'rosa.alvarez', message: 'The files below are everything we hold about you.', files }, new Date());
};
const requestRow = () => bot.daemon.db('requests').where({ reference }).first();

describe('files staff cannot send', () => {
  it('refuses a program renamed as a PDF, saying which formats go; nothing changes and nothing is sent', async () => {
    const sent = support.mailTo(bot, dana).length;
    const result = await complete([{ filename: 'statement.pdf', content: Buffer.from('MZ\x90\x00 not a pdf') }]);
    expect(result).toMatchObject({ ok: false, error: 'refused' });
    expect(result.ok ? '' : result.message).toContain('statement.pdf is not a portable format we know (CSV, JSON, PDF, ZIP');
    expect(await requestRow()).toMatchObject({ status: 'in_progress' });
    expect(support.mailTo(bot, dana)).toHaveLength(sent);
  });

  it('refuses more than COPY_MAX_BYTES in all, and says how to send it instead', async () => {
    const result = await complete([{ filename: 'records.csv', content: CSV }, { filename: 'statement.pdf', content: PDF }], 64);
    expect(result.ok ? '' : result.message).toMatch(/over the 0\.0 MB limit \(COPY_MAX_BYTES\)\. Nothing was sent: compress them into one ZIP/);
    expect(await requestRow()).toMatchObject({ status: 'in_progress' });
  });
});

describe('a copy attached by staff', () => {
  let completion: ParsedMail;

  it('reaches the requester in the thread, each file attached and listed by name and size', async () => {
    const result = await complete([{ filename: 'records.csv', content: CSV }, { filename: 'statement.pdf', content: PDF }]);
    expect(result).toMatchObject({ ok: true, status: 'completed' });
    await bot.daemon.sender.drain();
    completion = await support.nthMailTo(bot, dana, 3);
    expect(completion.inReplyTo).toBe('<dana-verifies@example.org>');
    expect(completion.subject).toContain(`[${reference}]`);
    expect(completion.attachments.map((a) => [a.filename, a.contentType, a.content.toString('latin1')])).toEqual([
      ['records.csv', 'text/csv', CSV.toString('latin1')],
      ['statement.pdf', 'application/pdf', PDF.toString('latin1')],
    ]);
    const text = completion.text?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(`The copy is attached to this email: - records.csv (${CSV.length} bytes) - statement.pdf (${PDF.length} bytes)`);
    expect(text).toContain('commonly used, machine-readable format');
    expect(text).toContain('The files below are everything we hold about you.');
    // Only the verified requester: one message with the files, to Dana.
    expect(bot.smtp.messages.filter((m) => m.raw.toString('latin1').includes('records.csv')).map((m) => m.to)).toEqual([[dana]]);
  });

  it('leaves no file in the stored copy once sent; the audit keeps each name, size and SHA-256', async () => {
    const row = await requestRow();
    const stored = await bot.daemon.db('outbox').where({ request_id: row.id, kind: 'completion-access-specific' }).first();
    expect(stored.status).toBe('sent');
    expect(stored.raw_redacted_at).not.toBeNull();
    const raw = Buffer.from(stored.raw).toString('utf8');
    expect(raw).toContain('X-CCPA-Redacted: attachments removed after sending: records.csv, statement.pdf');
    expect(raw).not.toContain('appointments,3');
    expect(raw).not.toContain(CSV.toString('base64').slice(0, 24));
    expect((await simpleParser(Buffer.from(stored.raw))).messageId).toBe(completion.messageId);
    const audit = await bot.daemon.db('audit_events').where({ request_id: row.id, event: 'staff_complete' }).first();
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(JSON.parse(audit.detail).files).toEqual([`records.csv (${CSV.length} bytes, sha256:${sha(CSV)})`, `statement.pdf (${PDF.length} bytes, sha256:${sha(PDF)})`]);
  });
});

describe('the command line', () => {
  it('`requests complete REF --attach FILE` reads the files and refuses them for a request that is no copy', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'luis-optout@example.org', from: 'Luis Ortega <luis.ortega@example.net>', subject: 'Do not sell', body: 'Please do not sell or share my personal information.' }), { internalDate: RECEIVED });
    const optOut = referenceIn(await support.nthMailTo(bot, 'luis.ortega@example.net', 1));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-attach-'));
    fs.writeFileSync(path.join(dir, 'records.csv'), CSV);
    const cli = spawnSync(process.execPath, [path.resolve('bin/ccpa-mailbot.js'), 'requests', 'complete', optOut, '--attach', path.join(dir, 'records.csv')], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', DATABASE_URL: bot.config.databaseUrl },
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('Files go only with a copy (access to specific pieces of information, or portability)');
    expect((await bot.daemon.db('requests').where({ reference: optOut }).first()).status).not.toBe('completed');
  });
});

describe('a copy attached to a staff reply', () => {
  const priya = 'priya.natarajan@example.net';

  it('`complete` with the file attached, in reply to the flag mail, sends it to the requester', async () => {
    await appendMessage(bot.imap, sampleRequest({ messageId: 'priya-wants-copy@example.net', from: `Priya Natarajan <${priya}>`, subject: 'My data', body: 'Hello,\r\n\r\nPlease send me a copy of the personal information you hold about me.\r\n\r\nPriya Natarajan' }), { internalDate: RECEIVED });
    const challenge = await support.nthMailTo(bot, priya, 1);
    const priyaRef = referenceIn(challenge);
    const body = [`Code: ${codeIn(challenge)}`, 'Full name: Priya Natarajan', 'Date of birth: 07/02/1990', 'Phone: 415-555-0199', '', 'I declare under penalty of perjury under the laws of the State of California that I am the consumer whose personal information is the subject of this request.', 'Signed: Priya Natarajan'].join('\r\n');
    await appendMessage(bot.imap, replyTo(challenge, { messageId: 'priya-verifies@example.net', from: `Priya Natarajan <${priya}>`, body }));
    await support.nthMailTo(bot, priya, 2);
    const flag = await waitUntil(async () => {
      for (const m of support.mailTo(bot, 'privacy-staff@example.com')) {
        const parsed = await simpleParser(m.raw);
        if (parsed.subject?.includes(priyaRef) && /ready to be carried out/.test(parsed.text ?? '')) return parsed;
      }
      return null;
    }, 'the verified_ready flag mail');
    const key = flag.replyTo && 'value' in flag.replyTo ? (flag.replyTo.value[0]?.address ?? '') : '';
    const json = Buffer.from(JSON.stringify({ full_name: 'Priya Natarajan', appointments: 2 }));
    const headers = [
      'Authentication-Results: mx.example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
      'From: Alex Kim <privacy-staff@example.com>',
      `To: ${key}`,
      `Subject: Re: ${flag.subject}`,
      'Date: Tue, 24 Nov 2026 09:00:00 -0800',
      'Message-ID: <staff-completes-copy@example.com>',
      `In-Reply-To: ${flag.messageId}`,
    ];
    const reply = withAttachment(headers, 'complete\r\nHere is the copy you asked for.\r\n', { name: 'priya-data.json', type: 'application/json', content: json });
    await appendMessage(bot.imap, reply);
    const completion = await support.nthMailTo(bot, priya, 3);
    expect(completion.inReplyTo).toBe('<priya-verifies@example.net>');
    expect(completion.attachments.map((a) => [a.filename, a.content.toString('utf8')])).toEqual([['priya-data.json', json.toString('utf8')]]);
    expect(completion.text?.replace(/\s+/g, ' ')).toContain(`The copy is attached to this email: - priya-data.json (${json.length} bytes)`);
    expect(completion.text).toContain('Here is the copy you asked for.');
    expect(await bot.daemon.db('requests').where({ reference: priyaRef }).first()).toMatchObject({ status: 'completed' });
  });
});
