/**
 * Health and metrics over HTTP (issue 17 must-show 1): the built daemon runs as an operator runs
 * it (a child process, METRICS_PORT set) against a private Dovecot, a real SMTP server and a real
 * SQLite file. The test scrapes `/metrics` and `/healthz` while it works, then takes each
 * dependency away in turn and sees the check that names it fail: the SMTP server (mail overdue),
 * then Dovecot (the mailbox not read lately, reconnects counted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendMessages } from '../harness/append-messages.js';
import { startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { freePort } from '../harness/free-port.js';
import { makeShortTempDir } from '../harness/make-short-temp-dir.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { spawnDaemonProcess, type DaemonProcess } from '../support/daemon-process.js';
import { sampleRequest } from '../support/sample-mail.js';
import { waitUntil } from '../support/wait-until.js';

const NEVER = '0 0 1 1 *';
let imap: DovecotServer;
let smtp: SmtpCapture;
let dir: string;
let daemon: DaemonProcess | null = null;
let base: string;
let metricsPort: number;

beforeAll(async () => {
  dir = makeShortTempDir('ops-');
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  const port = await freePort();
  metricsPort = port;
  base = `http://127.0.0.1:${port}`;
  daemon = spawnDaemonProcess(
    {
      IMAP_URL: imap.imapUrl('INBOX'),
      SMTP_URL: smtp.url,
      DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
      BOT_ADDRESS: 'compliance@example.com',
      STAFF_ADDRESSES: 'privacy-staff@example.com',
      // Every 2 s: /healthz then wants a read within three intervals, 6 s (HEALTH_MAX_READ_AGE_SECONDS unset).
      POLL_SCHEDULE: '*/2 * * * * *',
      OUTBOX_SCHEDULE: '* * * * * *',
      SWEEP_SCHEDULE: NEVER,
      RETENTION_SCHEDULE: NEVER,
      VERIFICATION_SECRET: 'ops-test-verification-secret-0123456789abcdef',
      STAFF_REPLY_SECRET: 'ops-test-staff-reply-secret-0123456789abcdef',
      METRICS_PORT: String(port),
      HEALTH_OUTBOX_OVERDUE_SECONDS: '2',
      LOG_LEVEL: 'info',
    },
    dir,
    path.join(dir, 'daemon.log'),
  );
  await daemon.started;
});

afterAll(async () => {
  await daemon?.kill('SIGTERM');
  await Promise.all([imap?.destroy(), smtp?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function get(route: string): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`${base}${route}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** The value of one sample of the Prometheus text format, e.g. `name{a="b"}`; null when absent. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

interface Health {
  ok: boolean;
  checks: Record<'mailbox' | 'database' | 'outbox', { ok: boolean; detail: string }>;
}

/** Outgoing mail of every kind sent so far (the digest, staff flags, mail to consumers). */
function sentTotal(text: string): number {
  const sent = text.split('\n').filter((l) => l.startsWith('ccpa_mailbot_outbox_messages{') && l.includes('status="sent"'));
  return sent.reduce((sum, l) => sum + Number(l.split(' ')[1]), 0);
}

async function health(): Promise<{ status: number; report: Health }> {
  const res = await get('/healthz');
  return { status: res.status, report: JSON.parse(res.body) as Health };
}

const autoReply = fs.readFileSync('test/fixtures/eml/auto-reply/content-absent-fr.eml');

it('serves /metrics and /healthz while it digests real mail, and names the check that fails', async () => {
  await appendMessages(imap, [
    Buffer.from(sampleRequest({ messageId: 'ops-1@example.org', from: 'Ava Lindqvist <ava.lindqvist@example.org>' })),
    Buffer.from(sampleRequest({ messageId: 'ops-2@example.org', from: 'Ben Okafor <ben.okafor@example.net>' })),
    Buffer.from(sampleRequest({ messageId: 'ops-3@example.org', from: 'Cleo Marsh <cleo.marsh@example.com>', subject: 'Do not sell my data', body: 'Please do not sell or share my personal information.\r\n\r\nCleo Marsh' })),
    autoReply,
  ]);
  const metrics = await waitUntil(
    async () => {
      const m = await get('/metrics');
      const human = sample(m.body, 'ccpa_mailbot_messages_total{verdict="human",category="privacy_request"}');
      // The message counter rises when a batch commits; its staff flags become flag mail one step
      // later (daemon.ts: watch.committed, then mailPendingFlags). An empty outbox sampled between
      // the two has no flag mail yet (a loaded fresh-clone run saw 2 sent), so the mail is waited for too.
      return human === 3 && sample(m.body, 'ccpa_mailbot_outbox_depth') === 0 && sentTotal(m.body) >= 3 ? m : null;
    },
    'three requests handled and their mail sent',
    30_000,
    200,
  );
  expect(metrics.status).toBe(200);
  expect(metrics.type).toContain('text/plain');
  expect(sample(metrics.body, 'ccpa_mailbot_messages_total{verdict="auto_reply",category="unclassified"}')).toBe(1);
  // Mail went out for the three requests (staff flags, the opt-out's confirmation); nothing failed.
  expect(sentTotal(metrics.body)).toBeGreaterThanOrEqual(3);
  expect(metrics.body).not.toMatch(/status="failed"/);
  const open = metrics.body.split('\n').filter((l) => l.startsWith('ccpa_mailbot_open_requests{'));
  expect(open.reduce((sum, l) => sum + Number(l.split(' ')[1]), 0)).toBeGreaterThanOrEqual(3);
  expect(sample(metrics.body, 'ccpa_mailbot_requests_deadline{when="past"}')).toBe(0);
  expect(sample(metrics.body, 'ccpa_mailbot_staff_flags_open')).toBeGreaterThan(0);
  expect(sample(metrics.body, 'ccpa_mailbot_imap_reconnects_total')).toBe(0);
  const lastPoll = sample(metrics.body, 'ccpa_mailbot_last_successful_poll_timestamp_seconds') ?? 0;
  expect(Math.abs(lastPoll - Date.now() / 1000)).toBeLessThan(30);
  expect(metrics.body).toContain('# TYPE ccpa_mailbot_staff_commands_refused gauge');

  // Every event about a request names it (must-show 4): the replies just sent carry their reference.
  const sentLines = fs.readFileSync(path.join(dir, 'daemon.log'), 'utf8').split('\n').filter((l) => l.includes('"event":"reply_sent"'));
  const references = sentLines.map((l) => (JSON.parse(l) as { reference: string | null }).reference);
  expect(references.filter((r) => r !== null && /^CCPA-\d{4}-\d{6}$/.test(r)).length).toBeGreaterThanOrEqual(3);

  const healthy = await health();
  expect(healthy.status).toBe(200);
  expect(healthy.report.ok).toBe(true);
  expect(Object.values(healthy.report.checks).every((c) => c.ok)).toBe(true);
  expect((await get('/nothing-here')).status).toBe(404);

  // The SMTP server goes away: the new request's acknowledgement waits, then is overdue.
  await smtp.stop();
  await appendMessages(imap, [Buffer.from(sampleRequest({ messageId: 'ops-4@example.org', from: 'Dev Patel <dev.patel@example.org>' }))]);
  const overdue = await waitUntil(async () => {
    const h = await health();
    return h.status === 503 ? h : null;
  }, 'the outbox check to fail', 20_000, 250);
  expect(overdue.report.checks.outbox.ok).toBe(false);
  expect(overdue.report.checks.outbox.detail).toMatch(/overdue/);
  expect(overdue.report.checks.mailbox.ok).toBe(true);
  expect(overdue.report.checks.database.ok).toBe(true);
  const waiting = await get('/metrics');
  expect(sample(waiting.body, 'ccpa_mailbot_outbox_depth')).toBeGreaterThan(0);
  expect(sample(waiting.body, 'ccpa_mailbot_outbox_oldest_pending_age_seconds')).toBeGreaterThan(0);

  // Dovecot goes away: the mailbox check fails once the last read is older than 6 s.
  await imap.stop();
  const unread = await waitUntil(async () => {
    const h = await health();
    return h.report.checks.mailbox.ok ? null : h;
  }, 'the mailbox check to fail', 30_000, 250);
  expect(unread.status).toBe(503);
  expect(unread.report.checks.mailbox.detail).toMatch(/last read \d+ s ago, more than 6 s/);
  const reconnects = await waitUntil(async () => sample((await get('/metrics')).body, 'ccpa_mailbot_imap_reconnects_total'), 'a reconnect counted', 20_000, 250);
  expect(reconnects).toBeGreaterThan(0);
}, 120_000);

it('stops at start with one line naming METRICS_PORT when the port is taken (exit 78)', async () => {
  const second = spawnDaemonProcess(
    { DATABASE_URL: `sqlite:${path.join(dir, 'second.sqlite')}`, MAILDIR_PATH: path.join(dir, 'maildir'), OUTBOX_DIR: path.join(dir, 'outbox'), METRICS_PORT: String(metricsPort), LOG_LEVEL: 'info' },
    dir,
    path.join(dir, 'second.log'),
  );
  expect(await second.exited).toBe('78');
  expect(second.problems()).toContain(`ccpa-mailbot: METRICS_PORT: cannot listen on 127.0.0.1:${metricsPort} (EADDRINUSE) — choose a free port, or stop what listens there (METRICS_HOST must be an address of this machine)`);
}, 30_000);
