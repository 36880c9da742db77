// Proves the real-server test harness other integration tests build on: a private Dovecot
// (IMAP + LMTP), an SMTP capture server, and a private PostgreSQL cluster.
import { ImapFlow } from 'imapflow';
import knex from 'knex';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage, resetUidValidity, startDovecot } from '../harness/dovecot.js';
import type { DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture } from '../harness/smtp-capture.js';
import type { SmtpCapture } from '../harness/smtp-capture.js';
import { freePort } from '../harness/free-port.js';
import { startPostgres } from '../harness/postgres.js';
import type { PostgresServer } from '../harness/postgres.js';

const RAW =
  'From: Ana Example <ana@example.org>\r\n' +
  'To: bot@example.test\r\n' +
  'Subject: Delete my data\r\n' +
  'Message-ID: <harness-1@example.org>\r\n' +
  'Date: Sun, 29 Nov 2026 10:00:00 +0000\r\n' +
  '\r\n' +
  'Please delete my personal information.\r\n';

function connect(server: DovecotServer): ImapFlow {
  return new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
}

/** STATUS from a fresh connection (the selected mailbox's STATUS can be stale). */
async function inboxStatus(server: DovecotServer): Promise<{ uidValidity: bigint; messages: number }> {
  const client = connect(server);
  await client.connect();
  try {
    const status = await client.status('INBOX', { uidValidity: true, messages: true });
    if (status === false) throw new Error('STATUS INBOX failed');
    return { uidValidity: status.uidValidity ?? -1n, messages: status.messages ?? -1 };
  } finally {
    await client.logout();
  }
}

async function fetchSource(server: DovecotServer, uid: number): Promise<string> {
  const client = connect(server);
  await client.connect();
  try {
    await client.mailboxOpen('INBOX');
    const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
    return message === false ? '' : (message.source?.toString('utf8') ?? '');
  } finally {
    await client.logout();
  }
}

describe('Dovecot harness', () => {
  let server: DovecotServer;
  beforeAll(async () => {
    server = await startDovecot({
      users: [
        { user: 'bot@example.test', password: 'secret' },
        { user: 'Staff@Example.test', password: 'p@ss w/rd' },
      ],
    });
  });
  afterAll(async () => {
    await server?.destroy();
  });

  it('builds an imap URL with the user URI-encoded', () => {
    expect(server.imapUrl()).toBe(`imap://bot%40example.test:secret@127.0.0.1:${server.port}/INBOX`);
    expect(server.lmtpPort).not.toBe(server.port);
  });

  it('appends a message and fetches the same source back', async () => {
    const uid = await appendMessage(server, RAW, { internalDate: new Date('2026-11-29T10:00:00Z') });
    expect(uid).toBeGreaterThan(0);
    expect(await fetchSource(server, uid)).toBe(RAW);
  });

  it('serves every configured user their own mailbox (user names are case-insensitive)', async () => {
    const uid = await appendMessage(server, RAW, { user: 'staff@example.test', password: 'p@ss w/rd', mailbox: 'INBOX' });
    expect(uid).toBe(1);
    await expect(
      appendMessage(server, RAW, { user: 'staff@example.test', password: 'wrong' }),
    ).rejects.toThrow();
  });

  it('delivers over LMTP into the INBOX (nodemailer lmtp transport)', async () => {
    const before = await inboxStatus(server);
    const transport = nodemailer.createTransport({ lmtp: true, host: server.host, port: server.lmtpPort });
    const info = await transport.sendMail({
      from: 'ana@example.org',
      to: 'bot@example.test',
      subject: 'By LMTP',
      text: 'Delivered before sendMail resolves.',
    });
    expect(info.accepted).toEqual(['bot@example.test']);
    expect((await inboxStatus(server)).messages).toBe(before.messages + 1);
  });

  it('keeps the mail across stop and start on the same port', async () => {
    const before = await inboxStatus(server);
    await server.stop();
    await expect(inboxStatus(server)).rejects.toThrow();
    await server.start();
    const after = await inboxStatus(server);
    expect(after).toEqual(before);
    expect(after.messages).toBeGreaterThan(0);
  });

  it('resetUidValidity gives the mailbox a new UIDVALIDITY and keeps its messages', async () => {
    const before = await inboxStatus(server);
    await resetUidValidity(server, 'INBOX');
    const after = await inboxStatus(server);
    expect(after.uidValidity).not.toBe(before.uidValidity);
    expect(after.uidValidity).toBeGreaterThan(before.uidValidity);
    expect(after.messages).toBe(before.messages);
  });
});

describe('SMTP capture harness', () => {
  let smtp: SmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    await smtp?.stop();
  });

  const send = (url: string) =>
    nodemailer.createTransport(url).sendMail({
      from: 'bot@example.test',
      to: 'ana@example.org',
      subject: 'Re: Delete my data',
      text: 'We received your request.',
    });

  it('captures a message sent with nodemailer, with envelope and source', async () => {
    const before = smtp.messages.length;
    await send(smtp.url);
    const messages = await smtp.waitForMessages(before + 1);
    const last = messages[messages.length - 1];
    expect(last?.from).toBe('bot@example.test');
    expect(last?.to).toEqual(['ana@example.org']);
    expect(last?.raw.toString('utf8')).toContain('Subject: Re: Delete my data');
  });

  it('accepts any credentials when the URL has them', async () => {
    const before = smtp.messages.length;
    await send(`smtp://someone%40example.test:whatever@127.0.0.1:${smtp.port}`);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('answers 451 in transient refusal mode and 554 in permanent mode, then accepts again', async () => {
    const before = smtp.messages.length;
    smtp.setRefusal('transient');
    await expect(send(smtp.url)).rejects.toMatchObject({ responseCode: 451 });
    smtp.setRefusal('permanent');
    await expect(send(smtp.url)).rejects.toMatchObject({ responseCode: 554 });
    expect(smtp.refusedCount()).toBe(2);
    expect(smtp.messages).toHaveLength(before);
    smtp.setRefusal(null);
    await send(smtp.url);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('refuses connections while stopped and listens on the same port after start', async () => {
    await smtp.stop();
    await expect(send(smtp.url)).rejects.toMatchObject({ code: 'ESOCKET' });
    await smtp.start();
    const before = smtp.messages.length;
    await send(smtp.url);
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('stops within a second even while a pooled client keeps its connection open', async () => {
    const pooled = nodemailer.createTransport({ pool: true, host: '127.0.0.1', port: smtp.port, secure: false });
    try {
      await pooled.sendMail({ from: 'bot@example.test', to: 'ana@example.org', subject: 'pooled', text: 'x' });
      const started = Date.now();
      await smtp.stop();
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      pooled.close();
      await smtp.start();
    }
  });

  it('waitForMessages rejects when too few messages arrive', async () => {
    await expect(smtp.waitForMessages(smtp.messages.length + 1, 50)).rejects.toThrow(/after 50 ms/);
  });
});

describe('PostgreSQL harness', () => {
  let postgres: PostgresServer;
  beforeAll(async () => {
    postgres = await startPostgres();
  });
  afterAll(async () => {
    await postgres?.stop();
  });

  it('gives a URL of a database on loopback that accepts queries through knex and pg', async () => {
    expect(postgres.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/ccpa_test$/);
    const db = knex({ client: 'pg', connection: postgres.url });
    try {
      await db.schema.createTable('harness_check', (table) => {
        table.increments('id');
        table.text('note').notNullable();
      });
      await db('harness_check').insert({ note: 'hello' });
      const rows: Array<{ note: string }> = await db('harness_check').select('note');
      expect(rows).toEqual([{ note: 'hello' }]);
      const result: { rows: Array<{ db: string }> } = await db.raw('select current_database() as db');
      expect(result.rows[0]?.db).toBe('ccpa_test');
    } finally {
      await db.destroy();
    }
  });
});

describe('freePort', () => {
  it('never hands out the same port twice in one process', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    expect(new Set(ports).size).toBe(20);
    for (const port of ports) expect(port).toBeGreaterThan(1023);
  });
});
