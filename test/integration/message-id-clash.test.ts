/**
 * Issue 13, must-show 2, on a real SQLite file through the real inbound pipeline: two people's
 * requests under one Message-ID each get their request and acknowledgement, and the clash is
 * audited; the same message read twice (a re-read after a UIDVALIDITY change, a second delivery
 * with its own trace fields, the same batch twice) is still handled once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inboundDeps } from '../../src/compose.js';
import { handleInbound, handleInboundBatch, type InboundDeps } from '../../src/inbound/handle-inbound.js';
import { silentLogger } from '../../src/shared/logger.js';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { testConfig } from '../support/bot-config.js';
import { sampleRequest } from '../support/sample-mail.js';

const REUSED = 'reused-1@example.org';
const DANA = 'dana.whitfield@example.org';
const SAM = 'sam.ortiz@example.net';
let dir: string;
let db: Db;
let deps: InboundDeps;

const origin = (uidValidity: number, uid: number) => ({ source: 'imap' as const, mailbox: 'INBOX', uidValidity, uid, receivedAt: new Date('2026-11-23T17:30:00Z') });
const danaWrites = sampleRequest({ messageId: REUSED });
const samWrites = sampleRequest({
  messageId: REUSED,
  from: `Sam Ortiz <${SAM}>`,
  subject: 'What do you know about me?',
  body: 'Hello,\r\n\r\nPlease tell me what personal information you have collected about me.\r\n\r\nSam Ortiz',
});
const acknowledgementsTo = async (recipient: string) => Number((await db('outbox').where({ recipient }).count({ n: '*' }))[0]?.n);
const requestsOf = (requester: string) => db('requests').where({ requester_address: requester }).pluck('reference');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-clash-'));
  const url = `sqlite:${path.join(dir, 'clash.sqlite')}`;
  db = openDb(url);
  await migrate(db);
  deps = inboundDeps(testConfig({ DATABASE_URL: url }), db, silentLogger());
});

afterAll(async () => {
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('handles two different people under one Message-ID as two messages, each with a request and an acknowledgement, and audits the clash', async () => {
  const first = await handleInbound(deps, Buffer.from(danaWrites), origin(7, 1));
  const second = await handleInbound(deps, Buffer.from(samWrites), origin(7, 2));
  expect(first.outcome).toBe('new_requests');
  expect(second.outcome).toBe('new_requests');
  expect(second.messageKey).not.toBe(first.messageKey);
  expect(await requestsOf(DANA)).toHaveLength(1);
  expect(await requestsOf(SAM)).toHaveLength(1);
  expect(await acknowledgementsTo(DANA)).toBe(1);
  expect(await acknowledgementsTo(SAM)).toBe(1);
  const rows = await db('inbound_messages').where({ message_id: REUSED }).orderBy('id').select('id', 'from_address');
  expect(rows.map((r) => r.from_address)).toEqual([DANA, SAM]);
  const clash = await db('audit_events').where({ event: 'message_id_clash' }).select('inbound_message_id', 'detail');
  expect(clash).toEqual([{ inbound_message_id: rows[1]?.id, detail: JSON.stringify({ firstInboundMessageId: rows[0]?.id }) }]);
});

it('still handles each of them once: re-read under a new UIDVALIDITY, delivered again with its own trace fields, or in one batch twice', async () => {
  const stored = Number((await db('inbound_messages').count({ n: '*' }))[0]?.n);
  const again = await handleInbound(deps, Buffer.from(danaWrites), origin(8, 1));
  const redelivered = `Delivered-To: privacy@example.com\r\nReceived: from mail.example.net by mx.example.com; Mon, 23 Nov 2026 09:20:00 -0800\r\n${samWrites}`;
  const batch = await handleInboundBatch(deps, [
    { raw: Buffer.from(redelivered), origin: origin(8, 2) },
    { raw: Buffer.from(samWrites), origin: origin(8, 3) },
  ]);
  expect([again, ...batch].map((r) => r.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  expect(Number((await db('inbound_messages').count({ n: '*' }))[0]?.n)).toBe(stored);
  expect(await acknowledgementsTo(DANA)).toBe(1);
  expect(await acknowledgementsTo(SAM)).toBe(1);
  expect(await db('audit_events').where({ event: 'message_id_clash' }).count({ n: '*' })).toEqual([{ n: 1 }]);
});

it('tells a third message under the same Message-ID apart from both, in the same batch as a copy of itself', async () => {
  const lee = sampleRequest({ messageId: REUSED, from: 'Lee Park <lee.park@example.com>', body: 'Do not sell or share my personal information.' });
  const results = await handleInboundBatch(deps, [
    { raw: Buffer.from(lee), origin: origin(8, 4) },
    { raw: Buffer.from(lee), origin: origin(8, 5) },
  ]);
  expect(results.map((r) => r.outcome)).toEqual(['new_requests', 'duplicate']);
  expect(await acknowledgementsTo('lee.park@example.com')).toBeGreaterThanOrEqual(1);
  expect(await db('inbound_messages').where({ message_id: REUSED }).count({ n: '*' })).toEqual([{ n: 3 }]);
  expect(await db('audit_events').where({ event: 'message_id_clash' }).count({ n: '*' })).toEqual([{ n: 2 }]);
});
