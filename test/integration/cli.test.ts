/** The command line as an operator runs it: the built `bin/ccpa-mailbot.js` in a child process. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { insertInboundMessage } from '../../src/store/inbound-messages.js';
import { raiseStaffFlag } from '../../src/store/staff-flags.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

const bin = path.resolve('bin/ccpa-mailbot.js');
let dir: string;
let eml: string;

// The commands are tested on the team's plain letters at 0.95, an operator's choice (test/support/bot-config.ts).
function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', REVIEW_THRESHOLD: '0.95', ...env }, encoding: 'utf8', timeout: 30_000 });
}

beforeAll(() => {
  if (!fs.existsSync('dist/src/cli/main.js')) throw new Error('run `npm run build` before the CLI tests (npm test does)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-cli-'));
  eml = path.join(dir, 'request.eml');
  fs.writeFileSync(eml, sampleRequest({ messageId: 'cli-request@example.org' }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('process', () => {
  it('--dry-run prints the decision and the reply, and writes nothing', () => {
    const result = run(['process', '--dry-run', eml]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dry run: nothing written');
    expect(result.stdout).toContain('outcome:   new_requests');
    expect(result.stdout).toMatch(/reply: {5}acknowledgement to dana\.whitfield@example\.org/);
    expect(result.stdout).toContain('We received your privacy request');
    expect(fs.existsSync(path.join(dir, 'var'))).toBe(false);
  });

  it('without --dry-run records the request in the default SQLite database', () => {
    const result = run(['process', eml]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/request: {3}CCPA-\d{4}-000001/);
    expect(fs.existsSync(path.join(dir, 'var', 'ccpa.sqlite'))).toBe(true);
    const again = run(['process', eml]);
    expect(again.stdout).toContain('outcome:   duplicate');
  });
});

describe('screening in a dry run', () => {
  it('shows the verdict and the rule that decided it', () => {
    const result = run(['process', '--dry-run', path.resolve('test/fixtures/eml/auto-reply/rfc3834-auto-submitted.eml')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('outcome:   rejected');
    expect(result.stdout).toMatch(/verdict: {3}auto_reply \(.*auto-submitted.*\)/i);
    expect(result.stdout).not.toContain('reply:');
  });
});

describe('quarantine', () => {
  it('lists held messages and shows their raw source byte for byte', () => {
    const hostile = path.join(dir, 'hostile.eml');
    const cc = Array.from({ length: 1500 }, (_, i) => `p${i}@example.com`).join(', ');
    fs.writeFileSync(hostile, sampleRequest({ messageId: 'cli-hostile@example.org', extraHeaders: `Cc: ${cc}` }));
    const db = `sqlite:${path.join(dir, 'quarantine.sqlite')}`;
    expect(run(['process', hostile], { DATABASE_URL: db }).stdout).toContain('outcome:   rejected');
    const list = run(['quarantine', 'list', '--json'], { DATABASE_URL: db });
    const [row] = list.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(row).toMatchObject({ messageKey: 'cli-hostile@example.org', reason: 'quarantined:too_many_recipients' });
    const status = run(['status', '--json'], { DATABASE_URL: db });
    expect(status.status).toBe(2);
    expect(JSON.parse(status.stdout)).toMatchObject({ quarantined: 1, openStaffFlags: 1, outbox: {}, consumerDirectoryRecords: 0 });
    const shown = spawnSync(process.execPath, [bin, 'quarantine', 'show', String(row.id)], { cwd: dir, env: { PATH: process.env.PATH ?? '', DATABASE_URL: db } });
    expect(Buffer.compare(shown.stdout, fs.readFileSync(hostile))).toBe(0);
    // Issue 14 item 10: staff set it aside; it stays stored, its flag is resolved, and the record says who and why.
    const dismissed = run(['quarantine', 'dismiss', String(row.id), '--staff', 'rosa.alvarez', '--message', 'A mailing-list blast, not a request.'], { DATABASE_URL: db });
    expect(dismissed.stdout).toBe(`message ${row.id}: dismissed\n`);
    expect(run(['quarantine', 'list'], { DATABASE_URL: db }).stdout).toBe('no quarantined messages\n');
    expect(JSON.parse(run(['status', '--json'], { DATABASE_URL: db }).stdout)).toMatchObject({ quarantined: 0, openStaffFlags: 0 });
    expect(run(['quarantine', 'dismiss', String(row.id)], { DATABASE_URL: db }).status).toBe(1);
  });

  it('release reads a held message again as if it had just arrived, or says why not (issue 14 item 10)', async () => {
    const file = path.join(dir, 'release.sqlite');
    const db = `sqlite:${file}`;
    // Still held by today's rules: release says why, and changes nothing.
    const hostile = path.join(dir, 'hostile-release.eml');
    const cc = Array.from({ length: 1500 }, (_, i) => `p${i}@example.com`).join(', ');
    fs.writeFileSync(hostile, sampleRequest({ messageId: 'release-hostile@example.org', extraHeaders: `Cc: ${cc}` }));
    run(['process', hostile], { DATABASE_URL: db });
    const [held] = run(['quarantine', 'list', '--json'], { DATABASE_URL: db }).stdout.trim().split('\n').map((line) => JSON.parse(line));
    const refused = run(['quarantine', 'release', String(held.id), '--staff', 'rosa.alvarez'], { DATABASE_URL: db });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`message ${held.id} is still held (too_many_recipients)`);
    expect(refused.stderr).toContain('nothing was changed');

    // A deletion request an earlier rule held back (fictional): read again, it opens a request and gets its first reply.
    const knex = openDb(db);
    const raw = Buffer.from(sampleRequest({ messageId: 'release-ok@example.org', from: 'Lena Ortiz <lena.ortiz@example.org>' }));
    const receivedAt = new Date('2026-11-23T17:12:00Z');
    const origin = { source: 'cli' as const, mailbox: null, uidValidity: null, uid: null, receivedAt };
    const id = await insertInboundMessage(knex, { messageKey: 'release-ok@example.org', messageId: 'release-ok@example.org', origin, fromAddress: 'lena.ortiz@example.org', subject: 'Delete my personal information', raw, verdict: null, verdictReason: null, status: 'quarantined', quarantineReason: 'quarantined:unparseable' }, receivedAt);
    await raiseStaffFlag(knex, { requestId: null, inboundMessageId: id, reason: 'quarantined:unparseable' }, receivedAt);
    await knex.destroy();

    const released = run(['quarantine', 'release', String(id), '--staff', 'rosa.alvarez', '--message', 'The parser reads it now.'], { DATABASE_URL: db, BOT_ADDRESS: 'compliance@example.com' });
    expect(released.stderr).toBe('');
    expect(released.status).toBe(0);
    expect(released.stdout).toMatch(new RegExp(`^message ${id}: released \\(new_requests\\)\n  opened: CCPA-2026-\\d{6} deletion, due 2027-01-07\n`));
    expect(released.stdout).toContain('queued: acknowledgement to lena.ortiz@example.org');
    const listed = JSON.parse(run(['requests', 'list', '--json'], { DATABASE_URL: db }).stdout) as Array<{ requesterAddress?: string; requester_address?: string }>;
    expect(JSON.stringify(listed)).toContain('lena.ortiz@example.org');
    expect(run(['quarantine', 'list', '--json'], { DATABASE_URL: db }).stdout.trim().split('\n')).toHaveLength(1);

    const check = openDb(db);
    try {
      expect(await check('staff_flags').where({ inbound_message_id: id, reason: 'quarantined:unparseable' }).whereNull('resolved_at')).toHaveLength(0);
      expect(await check('audit_events').where({ inbound_message_id: id, event: 'quarantine_released' })).toMatchObject([{ actor: 'staff:rosa.alvarez' }]);
      expect(await check('inbound_messages').where({ id }).first()).toMatchObject({ status: 'processed', quarantine_reason: null });
    } finally {
      await check.destroy();
    }
    // Released once: it is no longer held.
    expect(run(['quarantine', 'release', String(id)], { DATABASE_URL: db }).stderr).toContain(`no quarantined message with id ${id}`);
  });
});

describe('status', () => {
  it('says the consumer directory is empty and asks for attention (exit 2) until it is imported (§7060(c)(1))', () => {
    const db = `sqlite:${path.join(dir, 'status.sqlite')}`;
    expect(run(['migrate'], { DATABASE_URL: db }).status).toBe(0);
    const empty = run(['status'], { DATABASE_URL: db });
    expect(empty.status).toBe(2);
    expect(empty.stdout).toContain('consumer directory: empty, so every request that needs verification is flagged for staff; load it with `ccpa-mailbot directory import FILE.csv`');
    expect(JSON.parse(run(['status', '--json'], { DATABASE_URL: db }).stdout)).toMatchObject({ consumerDirectoryRecords: 0, openStaffFlags: 0 });
    const csv = path.join(dir, 'directory.csv');
    fs.writeFileSync(csv, 'email,full_name\nlee.park@example.org,Lee Park\n');
    expect(run(['directory', 'import', csv], { DATABASE_URL: db }).stdout).toContain('imported 1 consumer records');
    const loaded = run(['status'], { DATABASE_URL: db });
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toContain('consumer directory: 1 record\n');
    expect(loaded.stdout).not.toContain('directory import');
  });
});

describe('configuration', () => {
  it('a bad value stops start-up with a message naming the variable and how to fix it', () => {
    const result = run(['start'], { IMAP_URL: 'htp://bot:secret@127.0.0.1:1/INBOX', TIMEZONE: 'Mars/Olympus' });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('IMAP_URL must be a URL with scheme imap:// or imaps://');
    expect(result.stderr).toContain('TIMEZONE must be an IANA time zone');
    expect(result.stderr).not.toContain('secret');
  });

  it('migrate applies the schema once', () => {
    const db = `sqlite:${path.join(dir, 'migrate.sqlite')}`;
    expect(run(['migrate'], { DATABASE_URL: db }).stdout).toContain('applied: 20261129_001_initial');
    expect(run(['migrate'], { DATABASE_URL: db }).stdout).toContain('database is up to date');
  });

  it('started through the launcher itself, the daemon runs with its heap budget (the interpreter line passes --expose-gc)', async () => {
    const child = spawn(bin, ['start'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', BOT_ADDRESS: 'compliance@example.com', DATABASE_URL: `sqlite:${path.join(dir, 'launcher.sqlite')}`, MAILDIR_PATH: path.join(dir, 'launcher-mail'), OUTBOX_DIR: path.join(dir, 'launcher-out') },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntil(() => output.includes('daemon_started'), 'the daemon_started line', 20_000);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const started = output.split('\n').find((line) => line.includes('daemon_started')) ?? '{}';
    expect(JSON.parse(started)).toMatchObject({ event: 'daemon_started', heapBudget: true });
  });

  it('the IMAP password never appears in the logs, even when the connection fails', async () => {
    const child = spawn(process.execPath, [bin, 'start'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        LOG_LEVEL: 'debug',
        IMAP_URL: 'imap://bot%40example.test:Sup3r-Secret-Pw@127.0.0.1:9/INBOX',
        SMTP_URL: 'smtp://mailer:Another-Secret@127.0.0.1:9',
        BOT_ADDRESS: 'compliance@example.com',
        STAFF_ADDRESSES: 'privacy-staff@example.com',
        DATABASE_URL: `sqlite:${path.join(dir, 'secrets.sqlite')}`,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(output).toContain('imap_error');
    expect(output).not.toContain('Sup3r-Secret-Pw');
    expect(output).not.toContain('Another-Secret');
  });
});
