/**
 * Shared set-up of the workflow end-to-end tests: a private Dovecot, SMTP capture, a SQLite file,
 * the daemon with its sweeps left to the test (run with a moved clock), and a consumer directory
 * of fictional people.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Config } from '../../src/config.js';
import { startDaemon, type Daemon } from '../../src/daemon.js';
import { silentLogger } from '../../src/shared/logger.js';
import { OutboxSender } from '../../src/mail/outbox-sender.js';
import { openTransport } from '../../src/mail/transports.js';
import { replaceDirectory } from '../../src/store/consumer-directory.js';
import { parseDirectoryCsv } from '../../src/workflow/parse-directory-csv.js';
import { runStaffAction, type StaffCommandLine as StaffAction, type StaffActionResult } from '../../src/staff/run-staff-action.js';
import { workflowDeps } from '../../src/compose.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startDovecot, type DovecotServer } from '../harness/dovecot.js';
import { startSmtpCapture, type SmtpCapture } from '../harness/smtp-capture.js';
import { testConfig } from '../support/bot-config.js';
import { waitUntil } from '../support/wait-until.js';
import { PERMISSION_PDF, withAttachment } from '../support/sample-mail.js';

/** Monday 2026-11-23, 09:30 in Los Angeles: 45 calendar days later is 2027-01-07 (§1798.130(a)(2)). */
export const RECEIVED = new Date('2026-11-23T17:30:00Z');
export const days = (n: number): Date => new Date(RECEIVED.getTime() + n * 86_400_000);

export const DIRECTORY_CSV = [
  'email,full_name,postal_address,phone,date_of_birth',
  'dana.whitfield@example.org,Dana Whitfield,"12 Harbor Street, Oakland CA 94607",(415) 555-0142,1984-03-14',
  'luis.ortega@example.net,Luis Ortega,,,1979-11-02',
  'priya.natarajan@example.net,Priya Natarajan,,415-555-0199,1990-07-02',
  'ana.ruiz@example.net,Ana Ruiz,,,1992-05-20',
  'lucia.fernandez@example.org,Lucía Fernández,,,1988-09-30',
  'noor.haddad@example.net,Noor Haddad,,,1995-01-15',
].join('\r\n');

export interface WorkflowBot {
  imap: DovecotServer;
  smtp: SmtpCapture;
  config: Config;
  daemon: Daemon;
  stop(): Promise<void>;
}

export async function startWorkflowBot(prefix: string, env: Record<string, string> = {}): Promise<WorkflowBot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const [imap, smtp] = await Promise.all([startDovecot(), startSmtpCapture()]);
  const never = '0 0 1 1 *';
  const config = testConfig({
    IMAP_URL: imap.imapUrl('INBOX'),
    SMTP_URL: smtp.url,
    DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}`,
    POLL_SCHEDULE: never,
    SWEEP_SCHEDULE: never,
    RETENTION_SCHEDULE: never,
    VERIFICATION_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
    ...env,
  });
  const daemon = await startDaemon(config, silentLogger(), { outboxRetryBaseMs: 200 });
  await replaceDirectory(daemon.db, parseDirectoryCsv(DIRECTORY_CSV).entries, new Date());
  return {
    imap,
    smtp,
    config,
    daemon,
    async stop() {
      await daemon.stop();
      await Promise.all([imap.destroy(), smtp.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const mailTo = (bot: WorkflowBot, address: string) => bot.smtp.messages.filter((m) => m.to.includes(address));

/** Waits for the `count`-th message to `address` and parses it. */
export async function nthMailTo(bot: WorkflowBot, address: string, count: number): Promise<ParsedMail> {
  const all = await waitUntil(() => mailTo(bot, address).length >= count && mailTo(bot, address), `${count} message(s) to ${address}`);
  return simpleParser(all[count - 1]!.raw);
}

export const codeIn = (mail: ParsedMail): string => /\b([2-9A-Z]{4}-[2-9A-Z]{4})\b/.exec(mail.text ?? '')?.[1] ?? '';
export const referenceIn = (mail: ParsedMail): string => /\[(CCPA-\d{4}-\d{6})\]/.exec(mail.subject ?? '')?.[1] ?? '';

export async function eventsOf(bot: WorkflowBot, requestId: number): Promise<Array<{ event: string; actor: string; detail: Record<string, unknown> | null }>> {
  const rows = await bot.daemon.db('audit_events').where({ request_id: requestId }).orderBy('id');
  return rows.map((e) => ({ ...e, detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : null }));
}

/** A reply in the thread of `to`, as a mail client writes it; optionally with a PDF attached. */
export function replyTo(to: ParsedMail, opts: { messageId: string; from: string; body: string; attachment?: string }): string {
  const references = [...[to.references ?? []].flat(), to.messageId].filter(Boolean).join(' ');
  const headers = [`From: ${opts.from}`, 'To: compliance@example.com', `Subject: Re: ${to.subject}`, 'Date: Tue, 24 Nov 2026 10:00:00 -0800', `Message-ID: <${opts.messageId}>`, `In-Reply-To: ${to.messageId}`, `References: ${references}`];
  if (!opts.attachment) return [...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', opts.body, ''].join('\r\n');
  return withAttachment(headers, opts.body, { name: opts.attachment, type: 'application/pdf', content: PERMISSION_PDF });
}

/** Sends what a sweep queued while the clock stood at `now` (its outbox rows are due then). */
export async function drainAt(bot: WorkflowBot, now: Date): Promise<void> {
  const transport = openTransport(bot.config.transport, fixedClock(now));
  // Claims are stamped no earlier than the real time: the daemon's own sender drains every second
  // on the real clock and would take a claim stamped days in its past for one a crashed sender
  // abandoned (the claim lease), and send the same reply a second time.
  const claimClock = () => new Date(Math.max(now.getTime(), Date.now()));
  await new OutboxSender({ db: bot.daemon.db, transport, log: silentLogger(), claimant: 'test-clock', maxAttempts: 3, clock: claimClock }).drain();
  transport.close();
}

/** A staff command as `ccpa-mailbot requests ...` runs it, by a fictional staff member. */
export function staffAction(bot: WorkflowBot, action: Omit<StaffAction, 'staff'>, now = new Date()): Promise<StaffActionResult> {
  return runStaffAction(bot.daemon.db, workflowDeps(bot.config), { ...action, staff: 'rosa.alvarez' }, now);
}
