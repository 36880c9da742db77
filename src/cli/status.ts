import type { Command } from 'commander';
import { listCheckpoints } from '../store/checkpoints.js';
import { countDirectory } from '../store/consumer-directory.js';
import { countQuarantined } from '../store/inbound-messages.js';
import { countOutboxByStatus } from '../store/outbox.js';
import { findSetupHold } from '../store/outbox-admin.js';
import { listLeases } from '../store/leases.js';
import { listOpenStaffFlags } from '../store/staff-flags.js';
import { withDatabase } from './with-database.js';

interface Status {
  checkpoints: Array<{ mailbox: string; uidValidity: number; lastUid: number; updatedAt: string }>;
  outbox: Record<string, number>;
  /** Why mail is not going out: a failure of our own set-up the sender met, with the fix; null when none. */
  outboxHeld: { reason: string; since: string; pending: number } | null;
  openStaffFlags: number;
  quarantined: number;
  consumerDirectoryRecords: number;
  /** Who reads each mailbox when several instances share PostgreSQL (empty on SQLite). */
  mailboxLeases: Array<{ mailbox: string; holder: string; expiresAt: string; live: boolean }>;
  /** Requests past their legal deadline with no decision (open `overdue` flags). */
  overdueRequests: number;
  /** What an operator must act on now; exit code 2 when not empty (issue 14 item 5). */
  attention: string[];
}

/**
 * What makes `status` exit 2: mail that is not leaving, a deadline already missed, a directory
 * that makes every verification a staff task. Open staff flags alone do not: they are the staff's
 * daily work (the digest), and a monitor that is red for ever is ignored.
 */
function attentionOf(s: Omit<Status, 'attention'>): string[] {
  return [
    ...((s.outbox.failed ?? 0) > 0 ? [`${s.outbox.failed} outgoing mail failed: \`ccpa-mailbot outbox list --status failed\``] : []),
    ...(s.outboxHeld !== null ? ['mail is not going out (see above)'] : []),
    ...(s.overdueRequests > 0 ? [`${s.overdueRequests} request${s.overdueRequests === 1 ? '' : 's'} past the legal deadline with no decision`] : []),
    ...(s.consumerDirectoryRecords === 0 ? ['the consumer directory is empty'] : []),
  ];
}

/**
 * `status`: what an operator checks first. Where each mailbox's checkpoint stands, the outbox
 * by state (a growing `pending` or any `failed` means mail is not leaving) and, when the sender
 * met a failure of our own set-up (a refused login, TLS, DNS, no connection), why mail is not
 * going out and what to change, open staff flags,
 * quarantined messages, and whether the consumer directory is loaded (empty, every request that
 * needs verification goes to staff). Exit code 2 when something needs attention, for monitoring
 * scripts.
 */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('checkpoints, outbox, staff flags, quarantine and consumer directory at a glance')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (db) => {
        const checkpoints = await listCheckpoints(db);
        const outbox = await countOutboxByStatus(db);
        const held = await findSetupHold(db);
        const flags = await listOpenStaffFlags(db);
        const quarantined = await countQuarantined(db);
        const counted: Omit<Status, 'attention'> = {
          checkpoints: checkpoints.map((c) => ({ mailbox: c.source_key, uidValidity: Number(c.uid_validity), lastUid: Number(c.last_uid), updatedAt: new Date(c.updated_at).toISOString() })),
          outbox,
          outboxHeld: held === null ? null : { reason: held.reason, since: held.at.toISOString(), pending: held.pending },
          openStaffFlags: flags.length,
          quarantined,
          consumerDirectoryRecords: await countDirectory(db),
          mailboxLeases: (await listLeases(db)).map((l) => ({ mailbox: l.name, holder: l.holder, expiresAt: l.expiresAt.toISOString(), live: l.live })),
          overdueRequests: flags.filter((f) => f.reason === 'overdue').length,
        };
        const status: Status = { ...counted, attention: attentionOf(counted) };
        if (options.json) process.stdout.write(`${JSON.stringify(status)}\n`);
        else process.stdout.write(describe(status));
        if (status.attention.length > 0) process.exitCode = 2;
      });
    });
}

function describe(status: Status): string {
  const lines = ['mailboxes:'];
  if (status.checkpoints.length === 0) lines.push('  (none read yet)');
  for (const c of status.checkpoints) lines.push(`  ${c.mailbox}  uidvalidity ${c.uidValidity}, last uid ${c.lastUid}, at ${c.updatedAt}`);
  for (const l of status.mailboxLeases) lines.push(`  ${l.mailbox}  ${l.live ? `read by ${l.holder} (lease until ${l.expiresAt})` : `no reader: the lease of ${l.holder} ran out at ${l.expiresAt}`}`);
  const outbox = ['pending', 'sending', 'sent', 'failed'].map((s) => `${s} ${status.outbox[s] ?? 0}`).join(', ');
  lines.push(`outbox: ${outbox}`);
  if (status.outboxHeld !== null) lines.push(`mail is not going out (since ${status.outboxHeld.since}, ${status.outboxHeld.pending} waiting): ${status.outboxHeld.reason}`);
  lines.push(`open staff flags: ${status.openStaffFlags} (staff work, in the digest)`, `quarantined messages: ${status.quarantined}`);
  lines.push(
    status.consumerDirectoryRecords === 0
      ? 'consumer directory: empty, so every request that needs verification is flagged for staff; load it with `ccpa-mailbot directory import FILE.csv`'
      : `consumer directory: ${status.consumerDirectoryRecords} record${status.consumerDirectoryRecords === 1 ? '' : 's'}`,
  );
  lines.push(status.attention.length > 0 ? `needs an operator now: ${status.attention.join('; ')}` : 'needs an operator now: nothing');
  return `${lines.join('\n')}\n`;
}
