/**
 * The embedded default: with no IMAP_URL or SMTP_URL the same daemon reads a local Maildir and
 * writes replies as .eml files, so a newcomer can try the bot with no mail server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

let dir: string;
let daemon: Daemon;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-embedded-'));
  const config = testConfig({
    MAILDIR_PATH: path.join(dir, 'mail'),
    OUTBOX_DIR: path.join(dir, 'outbox'),
    DATABASE_URL: `sqlite:${path.join(dir, 'ccpa.sqlite')}`,
    // A newcomer's first run: no staff addresses yet, so no flag mail and no digest.
    STAFF_ADDRESSES: '',
  });
  expect(config.source.kind).toBe('maildir');
  daemon = await startDaemon(config, silentLogger());
});

afterAll(async () => {
  await daemon?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('answers a message dropped into new/ with an .eml in the outbox folder, and files the message in cur/', async () => {
  fs.writeFileSync(path.join(dir, 'mail', 'new', '1764400000.M1.example.eml'), sampleRequest({ messageId: 'maildir-request@example.org' }));
  const [name] = await waitUntil(() => {
    const files = fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml')) : [];
    return files.length > 0 && files;
  }, 'a reply file');
  const reply = await simpleParser(fs.readFileSync(path.join(dir, 'outbox', name!)));
  expect(reply.inReplyTo).toBe('<maildir-request@example.org>');
  expect(reply.subject).toMatch(/\[CCPA-\d{4}-000001\]$/);
  expect(reply.to && 'value' in reply.to ? reply.to.value[0]?.address : null).toBe('dana.whitfield@example.org');
  expect(fs.readdirSync(path.join(dir, 'mail', 'new'))).toEqual([]);
  expect(fs.readdirSync(path.join(dir, 'mail', 'cur'))).toEqual(['1764400000.M1.example.eml:2,S']);
});

it('does not answer the same message twice when it is dropped in again', async () => {
  fs.writeFileSync(path.join(dir, 'mail', 'new', '1764400001.M2.example.eml'), sampleRequest({ messageId: 'maildir-request@example.org' }));
  await waitUntil(() => fs.readdirSync(path.join(dir, 'mail', 'new')).length === 0, 'the duplicate to be filed');
  await daemon.sender.drain();
  expect(fs.readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
});

it('waits for a file copied straight into new/ to be complete before reading it', async () => {
  const full = sampleRequest({ messageId: 'slow-copy@example.org', from: 'Rosa Vidal <rosa.vidal@example.net>' });
  const file = path.join(dir, 'mail', 'new', '1764400002.M3.example.eml');
  fs.writeFileSync(file, full.slice(0, 120));
  await new Promise((resolve) => setTimeout(resolve, 400));
  fs.appendFileSync(file, full.slice(120));
  await waitUntil(() => fs.readdirSync(path.join(dir, 'mail', 'new')).length === 0, 'the file to be filed');
  const row = await daemon.db('inbound_messages').where({ message_key: 'slow-copy@example.org' }).first();
  expect(Buffer.from(row.raw).toString('utf8')).toBe(full);
  expect(row.status).toBe('processed');
});
