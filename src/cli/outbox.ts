import type { Command } from 'commander';
import { appendAudit } from '../store/audit-log.js';
import type { OutboxStatus } from '../store/outbox.js';
import { listOutbox, readOutboxRaw, requeueFailed } from '../store/outbox-admin.js';
import { withDatabase } from './with-database.js';

const STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'sent', 'failed'];

/**
 * `outbox list|show|retry`: outgoing mail as the operator sees it. `retry` puts failed mail back in
 * the queue after the cause is fixed (a password, a certificate, a full disk): the running daemon
 * sends it on its next pass, with the same Message-ID and the same bytes as stored.
 */
export function registerOutboxCommand(program: Command): void {
  const outbox = program.command('outbox').description('outgoing mail: list it, show one message, re-queue failed mail');
  outbox
    .command('list')
    .option('--status <status>', `only this status (${STATUSES.join(', ')})`)
    .option('--limit <n>', 'newest first, at most this many', '50')
    .option('--json', 'one JSON object per line')
    .action(async (options: { status?: string; limit: string; json?: boolean }) => {
      const status = options.status as OutboxStatus | undefined;
      if (status !== undefined && !STATUSES.includes(status)) return usage(`--status must be one of ${STATUSES.join(', ')}`);
      await withDatabase(async (db) => {
        const rows = await listOutbox(db, { ...(status ? { status } : {}), limit: Math.max(1, Number(options.limit) || 50) });
        for (const r of rows) {
          process.stdout.write(options.json ? `${JSON.stringify(r)}\n` : `${r.id}\t${r.status}\t${r.kind}\t${r.reference ?? '-'}\t${r.createdAt}\t${r.attempts}\t${r.lastError ?? ''}\n`);
        }
        if (!options.json && rows.length === 0) process.stdout.write('no outgoing mail\n');
      });
    });
  outbox
    .command('show')
    .argument('<id>', 'outbox id from `outbox list`')
    .description('the stored copy, byte for byte (a sent code mail is stored with its code masked)')
    .action(async (id: string) => {
      await withDatabase(async (db) => {
        const row = await readOutboxRaw(db, Number(id));
        if (row === null) {
          process.stderr.write(`no outgoing mail with id ${id}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(row.raw);
      });
    });
  outbox
    .command('retry')
    .argument('[id]', 'one failed message, by its outbox id')
    .option('--all-failed', 'every failed message')
    .description('put failed mail back in the queue (sent by the daemon with the same Message-ID)')
    .action(async (id: string | undefined, options: { allFailed?: boolean }) => {
      if ((id === undefined) === (options.allFailed !== true)) return usage('give one outbox id or --all-failed');
      await withDatabase(async (db, _config, root) => {
        const now = root.clock();
        const requeued = await db.transaction(async (trx) => {
          const rows = await requeueFailed(trx, id === undefined ? 'all' : { id: Number(id) }, now);
          for (const r of rows) await appendAudit(trx, { event: 'reply_requeued', actor: 'operator', requestId: r.requestId, inboundMessageId: r.inboundMessageId, detail: { outboxId: r.id } }, now);
          return rows;
        });
        if (requeued.length === 0) {
          process.stderr.write(id === undefined ? 'no failed mail to re-queue\n' : `no failed mail with id ${id} that can be sent again (its body may have been removed by the retention job)\n`);
          if (id !== undefined) process.exitCode = 1;
          return;
        }
        process.stdout.write(`re-queued ${requeued.length} message${requeued.length === 1 ? '' : 's'}: ${requeued.map((r) => r.id).join(', ')}\n`);
      });
    });
}

/** A command line that cannot be run: one line, exit 64 (EX_USAGE, sysexits.h). */
function usage(line: string): void {
  process.stderr.write(`ccpa-mailbot outbox: ${line}\n`);
  process.exitCode = 64;
}
