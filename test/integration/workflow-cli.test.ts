/**
 * The workflow's commands as an operator runs them (in-process, on a real SQLite file):
 * `directory import`, `requests list|show` and the staff commands, `metrics` (§7101 record, §7102 metrics).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli-in-process.js';
import { sampleRequest } from '../support/sample-mail.js';

let dir: string;
const saved = { ...process.env };

const run = runCli;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-workflow-cli-'));
  // REVIEW_THRESHOLD 0.95: the team's plain letters are answered there (test/support/bot-config.ts).
  Object.assign(process.env, { DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`, OUTBOX_DIR: path.join(dir, 'outbox'), MAILDIR_PATH: path.join(dir, 'mail'), LOG_LEVEL: 'silent', BOT_ADDRESS: 'compliance@example.com', REVIEW_THRESHOLD: '0.95' });
});

afterAll(() => {
  for (const key of ['DATABASE_URL', 'OUTBOX_DIR', 'MAILDIR_PATH', 'LOG_LEVEL', 'BOT_ADDRESS']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('directory import', () => {
  it('loads the records and names each value it cannot read', async () => {
    const csv = path.join(dir, 'directory.csv');
    fs.writeFileSync(csv, 'email,full_name,date_of_birth\ndana.whitfield@example.org,Dana Whitfield,1984-03-14\nluis.ortega@example.net,Luis Ortega,not a date\n');
    const result = await run('directory', 'import', csv);
    expect(result.stdout).toBe('imported 2 consumer records\n');
    expect(result.stderr).toContain('line 3: date_of_birth "not a date" cannot be read');
    expect((await run('directory', 'import', '--strict', csv)).exitCode).toBe(1);
  });
});

describe('requests', () => {
  let reference: string;

  it('list and show give the record and the full timeline', async () => {
    const eml = path.join(dir, 'request.eml');
    fs.writeFileSync(eml, sampleRequest({ messageId: 'cli-workflow@example.org' }));
    const processed = await run('process', eml);
    expect(processed.stdout).toMatch(/reply: {5}verification-challenge to dana\.whitfield@example\.org/);
    const list = JSON.parse((await run('requests', 'list', '--json')).stdout) as Array<{ reference: string; status: string; channel: string }>;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'awaiting_verification', channel: 'email' });
    reference = list[0]!.reference;
    expect((await run('requests', 'list', '--status', 'completed')).stdout).toBe('no requests\n');
    // Issue 14 item 10: a status that does not exist is an error, not "no requests"; a header row; a search by address.
    const bogus = await run('requests', 'list', '--status', 'bogus');
    expect(bogus.exitCode).toBe(1);
    expect(bogus.stderr).toContain('--status must be one of: received, awaiting_verification');
    const table = (await run('requests', 'list')).stdout.split('\n');
    expect(table[0]).toMatch(/^REFERENCE +TYPE +STATUS +RECEIVED +DUE +REQUESTER/);
    expect(table[1]).toMatch(new RegExp(`^${reference} +deletion +awaiting_verification +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} P[SD]T`));
    expect(JSON.parse((await run('requests', 'list', '--email', 'Dana.Whitfield@example.org', '--json')).stdout)).toHaveLength(1);
    expect(JSON.parse((await run('requests', 'list', '--email', 'nobody@example.org', '--json')).stdout)).toHaveLength(0);
    const shown = (await run('requests', 'show', reference)).stdout;
    expect(shown).toContain(`${reference}  deletion  awaiting_verification`);
    expect(shown).toMatch(/event {2}verification_requested \(bot\)/);
    expect(shown).toMatch(/sent {2}verification-challenge/);
  });

  it('deny goes through the state machine, the audit log and the denial template', async () => {
    const denied = await run('requests', 'deny', reference, '--reason', 'not_california', '--message', 'You told us you live in Oregon.', '--staff', 'rosa.alvarez');
    expect(denied).toMatchObject({ exitCode: 0 });
    expect(denied.stdout).toContain(`${reference}: denied`);
    expect(denied.stdout).toContain('queued: denial to dana.whitfield@example.org');
    const record = JSON.parse((await run('requests', 'show', reference, '--json')).stdout) as { denialReason: string; respondedAt: string; timeline: Array<{ what: string; actor: string }> };
    expect(record.denialReason).toBe('not_california');
    expect(record.respondedAt).toBeTruthy();
    expect(record.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'staff_deny', actor: 'staff:rosa.alvarez' })]));
  });

  it('refuses what the state machine or the vocabulary does not allow, with a message', async () => {
    const again = await run('requests', 'approve', reference);
    expect(again.exitCode).toBe(1);
    // The same plain words as a staff reply gets (issue 14 item 6), never the state machine's code.
    expect(again.stderr).toContain(`${reference}: approve was not applied: it is closed; nothing more can change it; the request is already denied. Nothing was changed.`);
    expect(again.stderr).not.toMatch(/final_state|does not apply|staff_approve/);
    expect((await run('requests', 'deny', reference, '--reason', 'because')).stderr).toContain('fixed denial reasons');
    expect((await run('requests', 'show', 'CCPA-1999-000001')).exitCode).toBe(1);
  });

  it('note adds to the record only', async () => {
    expect((await run('requests', 'note', reference, '--message', 'Called the consumer back.', '--staff', 'rosa.alvarez')).exitCode).toBe(0);
    expect((await run('requests', 'show', reference)).stdout).toContain('staff_note (staff:rosa.alvarez) {"note":"Called the consumer back."}');
  });
});

describe('metrics (§7102)', () => {
  it('counts the year’s requests per type, denials by reason, and days to respond', async () => {
    // The request was received just now; metrics count by the year in the configured zone.
    const year = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', year: 'numeric' }).format(new Date()));
    const csv = (await run('metrics', '--year', String(year), '--csv')).stdout.split('\r\n');
    expect(csv).toContain(`${year},deletion,1,0,1,"not_california:1",0,0,0,0`);
    const json = JSON.parse((await run('metrics', '--year', String(year), '--json')).stdout) as { metrics: Array<{ type: string; received: number }> };
    expect(json.metrics.find((m) => m.type === 'access')?.received).toBe(0);
    expect((await run('metrics', '--year', 'soon')).exitCode).toBe(1);
  });
});

describe('staff commands on the command line: the same table as a staff reply (issue 12)', () => {
  let reference: string;
  let first: string;

  it('hold and resume, which a staff reply also offers', async () => {
    const eml = path.join(dir, 'second-request.eml');
    fs.writeFileSync(eml, sampleRequest({ messageId: 'cli-staff-commands@example.org', from: 'Luis Ortega <luis.ortega@example.net>' }));
    await run('process', eml);
    const list = JSON.parse((await run('requests', 'list', '--json')).stdout) as Array<{ reference: string; status: string }>;
    reference = list.find((r) => r.status === 'awaiting_verification')!.reference;
    first = list.find((r) => r.reference !== reference)!.reference;
    expect((await run('requests', 'hold', reference, '--staff', 'rosa.alvarez')).stdout).toBe(`${reference}: on_hold\n`);
    expect((await run('requests', 'resume', reference, '--staff', 'rosa.alvarez')).stdout).toBe(`${reference}: awaiting_verification\n`);
  });

  it('reply sends the text of --text or --file to the requester in the thread, and records it', async () => {
    const file = path.join(dir, 'reply.txt');
    fs.writeFileSync(file, 'Hello Luis,\n\nWe found two accounts under your address.\n');
    const replied = await run('requests', 'reply', reference, '--file', file, '--staff', 'rosa.alvarez');
    expect(replied).toMatchObject({ exitCode: 0 });
    expect(replied.stdout).toContain('queued: staff-message to luis.ortega@example.net');
    expect((await run('requests', 'show', reference)).stdout).toContain('staff_message_relayed (staff:rosa.alvarez)');
    expect((await run('requests', 'reply', reference, '--file', file, '--text', 'Hi')).stderr).toContain('not both');
    expect((await run('requests', 'reply', reference)).stderr).toContain('--text or --file');
  });

  it('merge and assign, with the checks a staff reply gets', async () => {
    // A real merge (issue 14 item 4): the duplicate is closed as merged, with no mail to its requester.
    const eml = path.join(dir, 'duplicate-request.eml');
    fs.writeFileSync(eml, sampleRequest({ messageId: 'cli-duplicate@example.org', from: 'Ana Ruiz <ana.ruiz@example.net>' }));
    await run('process', eml);
    const list = JSON.parse((await run('requests', 'list', '--json')).stdout) as Array<{ reference: string; requester: string }>;
    const duplicate = list.find((r) => r.requester === 'ana.ruiz@example.net')!.reference;
    const merged = await run('requests', 'merge', duplicate, '--into', first, '--staff', 'rosa.alvarez');
    expect(merged.exitCode).toBe(0);
    expect(merged.stdout).toContain(`${duplicate}: merged`);
    expect(merged.stdout).not.toContain('queued:');
    expect((await run('requests', 'show', duplicate)).stdout).toContain(`${duplicate}  deletion  merged`);
    expect((await run('requests', 'show', first)).stdout).toContain('request_merged_in');
    expect((await run('requests', 'merge', reference, '--into', reference)).stderr).toContain('cannot be merged into itself');
    // No STAFF_ADDRESSES configured: nobody may be assigned (consumer replies would go to them).
    const assigned = await run('requests', 'assign', reference, '--to', 'alex.kim@example.com');
    expect(assigned.exitCode).toBe(1);
    expect(assigned.stderr).toContain('configured staff addresses');
  });

  it('withdraw closes the request as withdrawn and tells the requester', async () => {
    const withdrawn = await run('requests', 'withdraw', reference, '--staff', 'rosa.alvarez');
    expect(withdrawn.stdout).toContain(`${reference}: withdrawn`);
    expect(withdrawn.stdout).toContain('queued: denial to luis.ortega@example.net');
    const refused = (await run('requests', 'approve', reference)).stderr;
    expect(refused).toContain('the request was withdrawn');
    expect(refused).not.toContain('final_state');
  });
});
