/**
 * `/healthz` (issue 17 must-show 1), judged by a pure function: healthy only when the mailbox was
 * read within `maxReadAgeMs` (a few poll intervals), the database answered this request, and no
 * outgoing mail is overdue. The body names each check, so a monitor's alert says which one failed.
 */

export interface HealthCheck {
  ok: boolean;
  detail: string;
}

export interface HealthReport {
  ok: boolean;
  checks: { mailbox: HealthCheck; database: HealthCheck; outbox: HealthCheck };
}

export interface HealthInput {
  now: Date;
  /** The last time the mailbox answered a pass or a committed batch; null when never since start. */
  lastReadAt: Date | null;
  /** Another instance holds the mailbox lease: this one is not expected to read. */
  standingBy: boolean;
  maxReadAgeMs: number;
  /** The database's answer: the count of overdue outgoing mail, or the error's code. */
  database: { ok: true; outboxOverdue: number } | { ok: false; code: string };
}

export function judgeHealth(input: HealthInput): HealthReport {
  const mailbox = judgeMailbox(input);
  const database: HealthCheck = input.database.ok ? { ok: true, detail: 'answered' } : { ok: false, detail: `did not answer (${input.database.code})` };
  const outbox: HealthCheck = !input.database.ok
    ? { ok: false, detail: 'unknown: the database did not answer' }
    : input.database.outboxOverdue === 0
      ? { ok: true, detail: 'nothing overdue' }
      : { ok: false, detail: `${input.database.outboxOverdue} outgoing message(s) overdue: see \`ccpa-mailbot status\` and \`outbox list --status pending\`` };
  return { ok: mailbox.ok && database.ok && outbox.ok, checks: { mailbox, database, outbox } };
}

function judgeMailbox(input: HealthInput): HealthCheck {
  if (input.standingBy) return { ok: true, detail: 'standing by: another instance holds the mailbox lease' };
  if (input.lastReadAt === null) return { ok: false, detail: 'not read since start' };
  const ageMs = input.now.getTime() - input.lastReadAt.getTime();
  const seconds = Math.round(ageMs / 1000);
  if (ageMs > input.maxReadAgeMs) return { ok: false, detail: `last read ${seconds} s ago, more than ${Math.round(input.maxReadAgeMs / 1000)} s: see the imap_* log lines` };
  return { ok: true, detail: `read ${seconds} s ago` };
}
