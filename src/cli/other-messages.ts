import os from 'node:os';
import type { Command } from 'commander';
import { inboundDeps } from '../compose.js';
import { reopenOther, type ReopenAs } from '../inbound/reopen-other.js';
import { createLogger } from '../shared/logger.js';
import { isRequestType, type RequestType } from '../shared/request-types.js';
import { listOtherMessages, type OtherMessageRow } from '../store/other-messages.js';
import type { Db } from '../store/db.js';
import { withDatabase } from './with-database.js';

/**
 * Mail judged no privacy matter (`other`, issue 16) is not a request row: it is a stored message
 * with the verdict `other`, never answered. `requests list --category other` lists those messages
 * (id, received, sender, subject, why); `requests reopen ID --as request|question` turns one into
 * what staff say it is.
 */
export async function printOtherMessages(db: Db, json: boolean): Promise<string> {
  const rows = await listOtherMessages(db);
  return json ? `${JSON.stringify(rows, null, 2)}\n` : formatOther(rows);
}

function formatOther(rows: OtherMessageRow[]): string {
  if (rows.length === 0) return 'no messages judged other\n';
  const lines = rows.map((r) => `${String(r.id).padStart(6)}  ${r.receivedAt.slice(0, 16)}  ${(r.fromAddress ?? 'unknown').padEnd(32)}  "${(r.subject ?? '').slice(0, 60)}"\n        why: ${r.why ?? ''}`);
  return `    id  received          sender                            subject\n${lines.join('\n')}\n`;
}

/** `requests reopen ID --as request --types deletion,opt_out` or `--as question`. */
export function registerReopenCommand(requests: Command): void {
  requests
    .command('reopen')
    .description('turn a message judged other (no privacy matter) into a request or a question; its clock runs from its receipt')
    .argument('<id>', 'the message id shown by requests list --category other')
    .requiredOption('--as <what>', 'request or question')
    .option('--types <types>', 'for a request: comma-separated types (access, portability, deletion, correction, opt_out, limit_sensitive)')
    .option('--staff <name>', 'who acts, for the audit log', os.userInfo().username)
    .action(async (id: string, options: { as: string; types?: string; staff: string }) => {
      const as = parseReopenAs(options.as, options.types);
      if (typeof as === 'string' || !/^\d+$/.test(id)) return fail(typeof as === 'string' ? as : `not a message id: ${id}`);
      const result = await withDatabase((db, config, root) => reopenOther(inboundDeps(config, db, createLogger(config.logLevel), root), Number(id), as, options.staff, root.clock()));
      if (!result.ok) return fail(result.message);
      const opened = result.requests.map((r) => `  opened: ${r.reference} ${r.type}, due ${r.dueDate}`).join('\n');
      const mails = result.replies.map((m) => `  queued: ${m.kind} to ${m.to}`).join('\n');
      process.stdout.write(`message ${id}: reopened as ${options.as}\n${[opened, mails].filter((x) => x).join('\n')}\n`);
    });
}

/** What `--as` and `--types` say, or what is wrong with them. */
export function parseReopenAs(as: string, types: string | undefined): ReopenAs | string {
  if (as === 'question') return types ? '--types goes with --as request only' : { category: 'question' };
  if (as !== 'request') return `--as must be request or question, not ${as}`;
  const list = (types ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
  const unknown = list.filter((t) => !isRequestType(t));
  if (unknown.length > 0) return `unknown request type: ${unknown.join(', ')}`;
  return { category: 'privacy_request', types: list as RequestType[] };
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
