/**
 * Start-up checks that speak (issue 13, must-show 10), through the built CLI as an operator runs
 * it, against a real Dovecot and real SMTP servers: each failure is one line naming the variable
 * and the fix, exit 78 (EX_CONFIG) or 69 (EX_UNAVAILABLE), and never a stack.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { freePort } from '../harness/free-port.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';

const bin = path.resolve('bin/ccpa-mailbot.js');
const SECRET = 'x'.repeat(40);
/** Root may write any file: the read-only cases run the CLI as `nobody`, as the daemon should run. */
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
let dir: string;
let imap: DovecotServer;
let smtp: SmtpCapture;
let strictSmtp: { url: (password: string) => string; close: () => Promise<void> };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI in a child process; async, because the SMTP servers run in this process. */
function run(args: string[], env: Record<string, string>, opts: { cwd?: string; asNobody?: boolean } = {}): Promise<Run> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    ...(opts.asNobody ? NOBODY : {}),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}

/** Exactly one line, naming the variable; no stack frame anywhere. */
function expectOneLine(result: Run, variable: string, exitCode: number): string {
  expect(result.status, result.stderr).toBe(exitCode);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^ccpa-mailbot: ${variable}: .+ — .+`));
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? '';
}

/** A real SMTP server that, unlike the capture, requires a login and refuses a wrong password (535). */
async function startStrictSmtp(): Promise<typeof strictSmtp> {
  const port = await freePort();
  const server = new SMTPServer({
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, done) => (auth.password === 'right-password' ? done(null, { user: auth.username }) : done(new Error('Invalid username or password'))),
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    url: (password) => `smtp://mailer:${password}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  if (!fs.existsSync('dist/src/cli/main.js')) throw new Error('run `npm run build` before the CLI tests (npm test does)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-startup-'));
  fs.chmodSync(dir, 0o777);
  [imap, smtp, strictSmtp] = await Promise.all([startDovecot(), startSmtpCapture(), startStrictSmtp()]);
});

afterAll(async () => {
  await Promise.all([imap?.destroy(), smtp?.stop(), strictSmtp?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const mailEnv = (overrides: Record<string, string> = {}) => ({
  IMAP_URL: imap.imapUrl('INBOX'),
  SMTP_URL: smtp.url,
  BOT_ADDRESS: 'compliance@example.com',
  STAFF_ADDRESSES: 'privacy-staff@example.com',
  DATABASE_URL: `sqlite:${path.join(dir, 'mail.sqlite')}`,
  ...overrides,
});

describe('start stops with one line', () => {
  it('a read-only SQLite file: DATABASE_URL, exit 78', async () => {
    const file = path.join(dir, 'read-only.sqlite');
    expect((await run(['migrate'], { DATABASE_URL: `sqlite:${file}` })).status).toBe(0);
    fs.chmodSync(file, 0o444);
    const line = expectOneLine(await run(['start'], { DATABASE_URL: `sqlite:${file}` }, { asNobody: true }), 'DATABASE_URL', 78);
    expect(line).toContain('read-only');
  });

  it('a SQLite folder that does not exist is an error, and is not created', async () => {
    const missing = path.join(dir, 'no-such-folder');
    const line = expectOneLine(await run(['start'], { DATABASE_URL: `sqlite:${path.join(missing, 'ccpa.sqlite')}` }), 'DATABASE_URL', 78);
    expect(line).toContain(`mkdir -p ${missing}`);
    // Every command opens the database the same way (src/store/db.ts), not only start.
    expectOneLine(await run(['status'], { DATABASE_URL: `sqlite:${path.join(missing, 'ccpa.sqlite')}` }), 'DATABASE_URL', 78);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('an unwritable working directory, where the embedded default needs ./var: exit 78', async () => {
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked, { mode: 0o555 });
    fs.chmodSync(locked, 0o555);
    const result = await run(['start'], {}, { cwd: locked, asNobody: true });
    expect(result.status, result.stderr).toBe(78);
    expect(result.stderr).toMatch(/^ccpa-mailbot: (DATABASE_URL|MAILDIR_PATH|OUTBOX_DIR): .+ — .+/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('an unreachable PostgreSQL (a closed loopback port): DATABASE_URL, exit 69, no password', async () => {
    const port = await freePort();
    const line = expectOneLine(await run(['start'], { DATABASE_URL: `postgres://bot:Db-Secret-Pw@127.0.0.1:${port}/ccpa` }), 'DATABASE_URL', 69);
    expect(line).toContain('ECONNREFUSED');
    expect(line).not.toContain('Db-Secret-Pw');
  });

  it('any other command says the same of an unreachable database', async () => {
    const port = await freePort();
    expectOneLine(await run(['status'], { DATABASE_URL: `postgres://bot:pw@127.0.0.1:${port}/ccpa` }), 'DATABASE_URL', 69);
  });

  it('a wrong IMAP password: IMAP_URL, exit 78, instead of reconnecting for ever', async () => {
    const wrong = new URL(imap.imapUrl('INBOX'));
    wrong.password = 'Wrong-Imap-Pw';
    const line = expectOneLine(await run(['start'], mailEnv({ IMAP_URL: wrong.toString() })), 'IMAP_URL', 78);
    expect(line).toContain('refused the login');
    expect(line).not.toContain('Wrong-Imap-Pw');
  });

  it('a wrong SMTP password (535): SMTP_URL, exit 78', async () => {
    const line = expectOneLine(await run(['start'], mailEnv({ SMTP_URL: strictSmtp.url('Wrong-Smtp-Pw') })), 'SMTP_URL', 78);
    expect(line).toContain('refused the login');
    expect(line).not.toContain('Wrong-Smtp-Pw');
  });
});

describe('the embedded default', () => {
  it('creates ./var and starts', async () => {
    const fresh = path.join(dir, 'fresh');
    fs.mkdirSync(fresh);
    const child = spawn(process.execPath, [bin, 'start'], { cwd: fresh, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for (let i = 0; i < 200 && !stderr.includes('reading '); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    await exited;
    expect(stderr).toContain('reading ./var/mail/new');
    expect(fs.existsSync(path.join(fresh, 'var', 'ccpa.sqlite'))).toBe(true);
  });
});

describe('doctor', () => {
  it('against a healthy set-up lists each check, one line each, and exits 0', async () => {
    const result = await run(['doctor'], mailEnv({ SMTP_URL: strictSmtp.url('right-password'), VERIFICATION_SECRET: SECRET, STAFF_REPLY_SECRET: SECRET }));
    expect(result.status, result.stdout).toBe(0);
    const lines = result.stdout.trim().split('\n');
    for (const check of ['DATABASE_URL', 'IMAP_URL', 'IMAP_PROCESSED_FOLDER', 'SMTP_URL', 'VERIFICATION_SECRET', 'STAFF_REPLY_SECRET']) {
      expect(lines.filter((l) => l.startsWith('ok ') && l.includes(` ${check}: `)), check).toHaveLength(1);
    }
    expect(lines.filter((l) => l.includes('consumer directory: empty'))).toHaveLength(1);
    expect(result.stdout).not.toContain('right-password');
  });

  it('prints each problem on its own line and exits 78 when a login is refused', async () => {
    const wrong = new URL(imap.imapUrl('INBOX'));
    wrong.password = 'nope';
    const result = await run(['doctor'], mailEnv({ IMAP_URL: wrong.toString(), SMTP_URL: strictSmtp.url('nope') }));
    expect(result.status).toBe(78);
    expect(result.stdout).toMatch(/^problem +IMAP_URL: .*refused the login/m);
    expect(result.stdout).toMatch(/^problem +SMTP_URL: .*refused the login/m);
    expect(result.stdout).toMatch(/^warning +VERIFICATION_SECRET: not set/m);
  });

  it('reports a secret that is too short as a problem (exit 78)', async () => {
    const result = await run(['doctor'], { VERIFICATION_SECRET: 'short', DATABASE_URL: `sqlite:${path.join(dir, 'doctor.sqlite')}` });
    expect(result.status).toBe(78);
    expect(result.stdout).toMatch(/^problem +VERIFICATION_SECRET must be at least 32 characters/m);
  });
});
