/**
 * The backbone end to end against real servers: a private Dovecot, a real SMTP server on
 * loopback and a real SQLite file. Threading headers follow email-rules §3; the checkpoint rules
 * follow email-rules §6; the 45-day clock is §1798.130(a)(2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { appendMessage, resetUidValidity, startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: Daemon | null = null;

// The poll runs once a year here, so every acknowledgement below arrives through IMAP IDLE
// (or the pass made on (re)connecting): this file also proves that push works.
const config = () =>
  testConfig({ IMAP_URL: imap.imapUrl('INBOX'), SMTP_URL: smtp.url, DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, POLL_SCHEDULE: '0 0 1 1 *' });
const start = async () => {
  daemon = await startDaemon(config(), silentLogger(), { outboxRetryBaseMs: 200 });
  return daemon;
};
const stop = async () => {
  await daemon?.stop();
  daemon = null;
};
const repliesTo = (messageId: string) => smtp.messages.filter((m) => m.raw.toString('utf8').includes(`In-Reply-To: <${messageId}>`));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-backbone-'));
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
});

afterAll(async () => {
  await stop();
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a request appended to the INBOX', () => {
  it('gets exactly one acknowledgement in the same thread, and the database records it', async () => {
    const internalDate = new Date('2026-11-23T17:30:00Z');
    const uid = await appendMessage(imap, sampleRequest({ messageId: 'first-request@example.org', extraHeaders: 'References: <earlier@example.org>' }), { internalDate });
    const d = await start();
    const [captured] = await waitUntil(() => repliesTo('first-request@example.org').length > 0 && repliesTo('first-request@example.org'), 'the acknowledgement');
    const reply = await simpleParser(captured!.raw);
    expect(captured!.to).toEqual(['dana.whitfield@example.org']);
    expect(reply.inReplyTo).toBe('<first-request@example.org>');
    expect(reply.references).toEqual(['<earlier@example.org>', '<first-request@example.org>']);
    expect(reply.headers.get('auto-submitted')).toBe('auto-replied');
    expect(reply.headers.get('x-auto-response-suppress')).toBe('All');
    expect(reply.subject).toMatch(/^Re: Delete my personal information \[CCPA-2026-000001\]$/);
    expect(reply.text).toContain('CCPA-2026-000001');
    // Received 2026-11-23 (Los Angeles): 45 calendar days later is 2027-01-07.
    expect(reply.text).toContain('January 7, 2027');

    const [message] = await d.db('inbound_messages').select('*');
    expect(message).toMatchObject({ message_id: 'first-request@example.org', mailbox: 'INBOX', uid, status: 'processed', verdict: 'human' });
    expect(new Date(message.received_at).toISOString()).toBe(internalDate.toISOString());
    expect(Buffer.from(message.raw).toString('utf8')).toContain('Please delete all personal information');
    const [request] = await d.db('requests').select('*');
    expect(request).toMatchObject({ reference: 'CCPA-2026-000001', status: 'received', requester_address: 'dana.whitfield@example.org', due_date: '2027-01-07' });
    const [outbox] = await d.db('outbox').where({ kind: 'acknowledgement' }).select('*');
    expect(outbox).toMatchObject({ status: 'sent', recipient: 'dana.whitfield@example.org', request_id: request.id });
    expect(reply.messageId).toBe(`<${outbox.message_id}>`);
    const events = (await d.db('audit_events').orderBy('id').select('event')).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['request_received', 'reply_queued']));
    const [checkpoint] = await d.db('mailbox_checkpoints').select('*');
    expect(Number(checkpoint.last_uid)).toBe(uid);
  });

  it('is flagged \\Seen and moved to the processed folder', async () => {
    const client = new ImapFlow({ host: imap.host, port: imap.port, auth: { user: imap.user, pass: imap.password }, logger: false });
    await client.connect();
    const inbox = await client.status('INBOX', { messages: true });
    const processed = await client.mailboxOpen('Processed');
    const flags: string[][] = [];
    for await (const m of client.fetch('1:*', { flags: true })) flags.push([...(m.flags ?? [])]);
    await client.logout();
    expect(inbox && inbox.messages).toBe(0);
    expect(processed.exists).toBe(1);
    expect(flags[0]).toContain('\\Seen');
  });
});

describe('no second acknowledgement', () => {
  it('when the mailbox is polled again', async () => {
    await daemon!.source.sync();
    await daemon!.source.sync();
    expect(repliesTo('first-request@example.org')).toHaveLength(1);
  });

  it('when the daemon restarts', async () => {
    await stop();
    const d = await start();
    await d.source.sync();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(repliesTo('first-request@example.org')).toHaveLength(1);
    expect(await d.db('outbox').where({ kind: 'acknowledgement' }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('when UIDVALIDITY changes and the same message is seen again under new UIDs', async () => {
    await stop();
    // The server "rebuilt" its INBOX: the old message is back, plus a new one.
    await appendMessage(imap, sampleRequest({ messageId: 'first-request@example.org' }));
    await resetUidValidity(imap, 'INBOX');
    await appendMessage(imap, sampleRequest({ messageId: 'after-reset@example.org', from: 'Luis Ortega <luis.ortega@example.net>' }));
    const d = await start();
    await waitUntil(() => repliesTo('after-reset@example.org').length === 1, 'the acknowledgement of the new message');
    expect(repliesTo('first-request@example.org')).toHaveLength(1);
    expect(await d.db('outbox').where({ kind: 'acknowledgement' }).count({ n: '*' })).toEqual([{ n: 2 }]);
  });
});

describe('failures are survived and nothing is lost', () => {
  it('the IMAP server going away and coming back', async () => {
    await imap.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await imap.start();
    await appendMessage(imap, sampleRequest({ messageId: 'after-outage@example.org', from: 'Mei Tanaka <mei.tanaka@example.net>' }));
    await waitUntil(() => repliesTo('after-outage@example.org').length === 1, 'an acknowledgement after the IMAP outage', 30_000);
  });

  it('SMTP refusing mail leaves the reply in the outbox until SMTP is back, then sends it once', async () => {
    smtp.setRefusal('transient');
    await appendMessage(imap, sampleRequest({ messageId: 'during-smtp-outage@example.org', from: 'Ana Ruiz <ana.ruiz@example.net>' }));
    const d = daemon!;
    const pending = await waitUntil(
      // This message's reply: a staff flag of the tests before may also be caught by the refusal.
      async () => (await d.db('outbox').where({ status: 'pending', recipient: 'ana.ruiz@example.net' }).andWhere('attempts', '>', 0).first()) ?? null,
      'a refused reply waiting for retry',
    );
    expect(pending.last_error).toMatch(/451/);
    expect(repliesTo('during-smtp-outage@example.org')).toHaveLength(0);
    smtp.setRefusal(null);
    await waitUntil(() => repliesTo('during-smtp-outage@example.org').length === 1, 'the retried reply');
    await d.sender.drain();
    expect(repliesTo('during-smtp-outage@example.org')).toHaveLength(1);
    expect(await d.db('outbox').where({ id: pending.id }).first()).toMatchObject({ status: 'sent' });
  });

  it('a permanent refusal (5xx) is not retried and is recorded for staff', async () => {
    smtp.setRefusal('permanent');
    await appendMessage(imap, sampleRequest({ messageId: 'refused-for-good@example.org', from: 'Omar Haddad <omar.haddad@example.net>' }));
    const d = daemon!;
    const failed = await waitUntil(async () => (await d.db('outbox').where({ status: 'failed' }).first()) ?? null, 'a failed reply');
    smtp.setRefusal(null);
    expect(failed.last_error).toMatch(/554/);
    const audit = await d.db('audit_events').where({ event: 'reply_failed' }).first();
    expect(JSON.parse(audit.detail)).toMatchObject({ outboxId: failed.id, code: 'SMTP_554' });
  });
});
