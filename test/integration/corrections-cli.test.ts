/**
 * Issue 16 item 5 as an operator runs it (in-process CLI, a real SQLite file): staff correct the
 * reading with `requests retype|not-a-request|junk`; the workflow follows (a missed right opened
 * with the clock of the message's receipt, a misread one closed with no denial and no mail, junk
 * sent nothing and listed with `other` mail); each correction is kept and exported in the labeled
 * set's format, which the evaluation reads back; the digest shows the month's share corrected.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { loadDigestInput } from '../../src/digest/load-digest-input.js';
import { dueDates, DEFAULT_CLOCK_CONFIG } from '../../src/pipeline/decide/clocks.js';
import { openDb, type Db } from '../../src/store/db.js';
import { evaluateSet } from '../eval/evaluate.js';
import { runCli } from '../support/run-cli-in-process.js';
import { sampleRequest } from '../support/sample-mail.js';

let dir: string;
let db: Db;
const saved = { ...process.env };
const KEYS = ['DATABASE_URL', 'OUTBOX_DIR', 'MAILDIR_PATH', 'LOG_LEVEL', 'BOT_ADDRESS'];

const run = runCli;

/** Processes one message and returns the references it opened. */
async function processMessage(messageId: string, from: string, body: string): Promise<string[]> {
  const eml = path.join(dir, `${messageId}.eml`);
  fs.writeFileSync(eml, sampleRequest({ messageId, from, subject: 'Privacy', body }));
  await run('process', eml);
  const rows = await db('requests').join('inbound_messages as m', 'm.id', 'requests.inbound_message_id').where('m.message_key', messageId).orderBy('requests.id').pluck('requests.reference');
  return rows.map(String);
}
const outboxCount = async () => Number((await db('outbox').count({ n: '*' }))[0]?.n ?? 0);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-corrections-cli-'));
  Object.assign(process.env, { DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDIR_PATH: path.join(dir, 'mail'), LOG_LEVEL: 'silent', BOT_ADDRESS: 'compliance@example.com' });
  await run('migrate');
  db = openDb(process.env.DATABASE_URL!);
});

afterAll(async () => {
  await db?.destroy();
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

it('retype: the missed opt-out opens with the clock of the receipt (§7026(f)), the misread access closes with no mail', async () => {
  const [access] = await processMessage('retype-1@example.org', 'Noor Haddad <noor.haddad@example.org>', 'What information do you have about me?');
  expect(access).toBeDefined();
  const before = await outboxCount();
  const result = await run('requests', 'retype', access!, '--types', 'opt_out', '--staff', 'rosa.alvarez');
  expect(result).toMatchObject({ exitCode: 0 });
  const rows = await db('requests').where('inbound_message_id', db('requests').where({ reference: access }).select('inbound_message_id')).orderBy('id').select('reference', 'type', 'status', 'received_at', 'due_date');
  expect(rows.map((r) => [r.type, r.status])).toEqual([['access', 'misread'], ['opt_out', expect.not.stringMatching(/misread|denied/)]]);
  const receivedAt = new Date(rows[0].received_at);
  expect(new Date(rows[1].received_at).toISOString()).toBe(receivedAt.toISOString());
  expect(rows[1].due_date).toBe(dueDates(receivedAt, 'opt_out', DEFAULT_CLOCK_CONFIG).respondBy);
  // Nothing about the access request is sent (no denial); the opt-out's own first mail is.
  const mails = await db('outbox').where('id', '>', before).select('kind', 'request_id');
  expect(mails.map((m) => m.kind)).not.toContain('denial');
  expect(await db('audit_events').where({ event: 'staff_misread' }).pluck('actor')).toEqual(['staff:rosa.alvarez']);
});

it('not-a-request and junk close every record with no mail; junk joins the `other` list', async () => {
  const [question] = await processMessage('nar-1@example.org', 'Lena Park <lena.park@example.org>', 'Please delete my comment on your blog post, it has a typo.');
  // A debt-relief pitch the bot reads as a deletion request (its plainer kin, "Erase your debt
  // today!", is recognised as junk and needs no correction): staff mark it junk.
  const [junk] = await processMessage('junk-1@example.net', 'Deals <deals@example.net>', 'I want to erase my debt today! Delete my credit card balances with your program, reply YES to start.');
  expect(question && junk).toBeTruthy();
  const before = await outboxCount();
  expect(await run('requests', 'not-a-request', question!)).toMatchObject({ exitCode: 0 });
  expect(await run('requests', 'junk', junk!)).toMatchObject({ exitCode: 0 });
  expect(await outboxCount()).toBe(before);
  expect(await db('requests').whereIn('reference', [question!, junk!]).pluck('status')).toEqual(['misread', 'misread']);
  const others = JSON.parse((await run('requests', 'list', '--category', 'other', '--json')).stdout) as Array<{ fromAddress: string; why: string }>;
  expect(others).toEqual([expect.objectContaining({ fromAddress: 'deals@example.net', why: expect.stringMatching(/^junk: corrected by /) })]);
  expect(await run('requests', 'retype', question!, '--types', 'erase')).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('retype needs --types') });
});

it('exports the corrections as a labeled set the evaluation reads, and the digest shows the share corrected', async () => {
  const out = path.join(dir, 'corrections');
  expect((await run('corrections', 'export', out)).stdout).toBe(`3 corrected messages written to ${out}\n`);
  const labels = JSON.parse(fs.readFileSync(path.join(out, 'labels.json'), 'utf8')) as Record<string, { category: string; requestTypes: string[] }>;
  expect(Object.values(labels).map((l) => [l.category, l.requestTypes])).toEqual([
    ['privacy_request', ['opt_out']],
    ['question', []],
    ['other', []],
  ]);
  const report = await evaluateSet(out);
  expect(report.total).toBe(3);
  expect(report.results.map((r) => r.label.category)).toEqual(['privacy_request', 'question', 'other']);

  const input = await loadDigestInput(db, null, new Date());
  expect(input.corrections).toEqual({ messages: 3, corrected: 3 });
  expect(buildDigest(input, new Date(), 'America/Los_Angeles').correctedText).toBe('Staff corrected 3 of 3 messages read this month (100.0%).');
});
