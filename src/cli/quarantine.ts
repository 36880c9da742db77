import type { Command } from 'commander';
import os from 'node:os';
import { appendAudit } from '../store/audit-log.js';
import { dismissQuarantined, findInboundSummary, listQuarantined, readRawMessage } from '../store/inbound-messages.js';
import { resolveMessageFlags } from '../store/staff-flags.js';
import { inboundDeps } from '../compose.js';
import { releaseQuarantined } from '../inbound/release-quarantined.js';
import { createLogger } from '../shared/logger.js';
import { withDatabase } from './with-database.js';

/**
 * `quarantine list|show|release|dismiss`: the messages held for staff because they could not be processed
 * safely (malformed, hostile, unparseable). They are stored byte for byte; `show` prints the
 * raw source so it can be inspected or replayed with `process`.
 */
export function registerQuarantineCommand(program: Command): void {
  const quarantine = program.command('quarantine').description('messages held for staff because they could not be processed safely');
  quarantine
    .command('list')
    .option('--json', 'one JSON object per line')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (db) => {
        const rows = await listQuarantined(db);
        for (const row of rows) {
          process.stdout.write(options.json ? `${JSON.stringify(row)}\n` : `${row.id}\t${new Date(row.receivedAt).toISOString()}\t${row.reason}\t${row.messageKey}\n`);
        }
        if (!options.json && rows.length === 0) process.stdout.write('no quarantined messages\n');
      });
    });
  quarantine
    .command('show')
    .argument('<id>', 'message id from `quarantine list`')
    .action(async (id: string) => {
      await withDatabase(async (db) => {
        const row = await findInboundSummary(db, Number(id));
        if (row?.status !== 'quarantined') {
          process.stderr.write(`no quarantined message with id ${id}\n`);
          process.exitCode = 1;
          return;
        }
        const raw = await readRawMessage(db, Number(id));
        if (raw === null) {
          process.stderr.write(`message ${id}: its raw source was removed by the retention job\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(raw);
      });
    });
  quarantine
    .command('release')
    .description('read a quarantined message again through the pipeline, as if it had just arrived (its clocks run from its receipt)')
    .argument('<id>', 'message id from `quarantine list`')
    .option('--staff <name>', 'who decides, recorded as staff:<name>', os.userInfo().username)
    .option('--message <text>', 'why, kept in the record')
    .action(async (id: string, options: { staff: string; message?: string }) => {
      if (!/^\d+$/.test(id)) {
        process.stderr.write(`not a message id: ${id}\n`);
        process.exitCode = 1;
        return;
      }
      const result = await withDatabase((db, config, root) => releaseQuarantined(inboundDeps(config, db, createLogger(config.logLevel), root), Number(id), options.staff, root.clock(), options.message));
      if (!result.ok) {
        process.stderr.write(`${result.message}\n`);
        process.exitCode = 1;
        return;
      }
      const lines = [`message ${id}: released (${result.outcome})`];
      for (const r of result.requests) lines.push(`  opened: ${r.reference} ${r.type}, due ${r.dueDate}`);
      for (const f of result.staffFlags) lines.push(`  staff:  flagged (${f})`);
      for (const m of result.replies) lines.push(`  queued: ${m.kind} to ${m.to}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  quarantine
    .command('dismiss')
    .description('set a quarantined message aside: kept, never answered, its staff flag resolved, audited')
    .argument('<id>', 'message id from `quarantine list`')
    .option('--staff <name>', 'who decides, recorded as staff:<name>', os.userInfo().username)
    .option('--message <text>', 'why, kept in the record')
    .action(async (id: string, options: { staff: string; message?: string }) => {
      await withDatabase(async (db) => {
        const now = new Date();
        const dismissed = await db.transaction(async (trx) => {
          if (!(await dismissQuarantined(trx, Number(id)))) return false;
          await resolveMessageFlags(trx, Number(id), now);
          const detail = { ...(options.message ? { staffReason: options.message } : {}) };
          await appendAudit(trx, { event: 'quarantine_dismissed', actor: `staff:${options.staff}`, requestId: null, inboundMessageId: Number(id), detail }, now);
          return true;
        });
        if (!dismissed) {
          process.stderr.write(`no quarantined message with id ${id}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`message ${id}: dismissed\n`);
      });
    });
}
