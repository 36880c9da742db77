/**
 * Issue 16 item 1 as an operator sees it (in-process CLI, a real SQLite file): `classify --json`
 * prints junk as category `other`; `process` stores it unanswered; `requests list --category other`
 * lists it (sender, subject, why); `requests reopen` turns it into a question with a reply; wrong
 * arguments get a clear answer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../support/run-cli-in-process.js';
import { sampleRequest } from '../support/sample-mail.js';

let dir: string;
const saved = { ...process.env };
const KEYS = ['DATABASE_URL', 'OUTBOX_DIR', 'MAILDIR_PATH', 'LOG_LEVEL', 'BOT_ADDRESS'];

const run = runCli;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-other-cli-'));
  Object.assign(process.env, { DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDIR_PATH: path.join(dir, 'mail'), LOG_LEVEL: 'silent', BOT_ADDRESS: 'compliance@example.com' });
});

afterAll(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

it('classifies, stores unanswered, lists and reopens a job application', async () => {
  const eml = path.join(dir, 'application.eml');
  const body = 'Dear Hiring Manager, I am writing to apply for the Marketing Coordinator position you advertised. Attached is my resume and cover letter.';
  fs.writeFileSync(eml, sampleRequest({ messageId: 'apply-1@example.net', from: 'Sam Okafor <sam.okafor@example.net>', subject: 'Application - Marketing Coordinator', body }));

  const classified = JSON.parse((await run('classify', '--json', eml)).stdout.trim()) as { category: string; requestTypes: string[] };
  expect(classified).toMatchObject({ category: 'other', requestTypes: [] });

  const processed = await run('process', eml);
  expect(processed.stdout).not.toMatch(/reply:/);
  expect(fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')) : []).toEqual([]);
  expect((await run('requests', 'list', '--json')).stdout.trim()).toBe('[]');

  const listed = JSON.parse((await run('requests', 'list', '--category', 'other', '--json')).stdout) as Array<{ id: number; fromAddress: string; subject: string; why: string }>;
  expect(listed).toHaveLength(1);
  expect(listed[0]).toMatchObject({ fromAddress: 'sam.okafor@example.net', subject: 'Application - Marketing Coordinator' });
  expect(listed[0]!.why).toMatch(/^job application: /);
  expect((await run('requests', 'list', '--category', 'other')).stdout).toContain('why: job application');

  expect(await run('requests', 'list', '--category', 'junk')).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('only "other"') });
  expect(await run('requests', 'reopen', String(listed[0]!.id), '--as', 'request', '--types', 'erase')).toMatchObject({ exitCode: 1, stderr: 'unknown request type: erase\n' });
  expect(await run('requests', 'reopen', '999', '--as', 'question')).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('no message 999 judged other') });

  const reopened = await run('requests', 'reopen', String(listed[0]!.id), '--as', 'question', '--staff', 'rosa.alvarez');
  expect(reopened).toMatchObject({ exitCode: 0 });
  expect(reopened.stdout).toMatch(/opened: CCPA-\d{4}-\d{6} question/);
  expect(reopened.stdout).toContain('queued: question-received to sam.okafor@example.net');
  expect((await run('requests', 'list', '--category', 'other')).stdout).toBe('no messages judged other\n');
});
