import os from 'node:os';
import type { Command } from 'commander';
import { formatRequestDetail, formatRequestTable, listRequestSummaries, showRequest } from '../workflow/describe-request.js';
import { runStaffAction, type StaffActionKind } from '../workflow/run-staff-action.js';
import { workflowDeps } from '../workflow/workflow-settings-from-config.js';
import { withDatabase } from './with-database.js';

const ACTIONS: Array<{ kind: StaffActionKind; help: string }> = [
  { kind: 'approve', help: 'go ahead with a verified request, or one a person has judged (agent, parent, tries used up)' },
  { kind: 'deny', help: 'deny with --reason (a fixed denial reason) and an optional --message to the consumer' },
  { kind: 'extend', help: 'use the one extension of up to 45 days, with --reason told to the consumer (§1798.130(a)(2))' },
  { kind: 'complete', help: 'mark done and send the completion message (--reason deleted|deidentified for deletion)' },
  { kind: 'note', help: 'add a --message to the record only' },
  { kind: 'hold', help: 'pause the request (the legal clock keeps running)' },
  { kind: 'resume', help: 'resume a request put on hold by staff' },
];

/**
 * `requests list|show|approve|deny|extend|complete|note|hold|resume`: the record (§7101) and staff
 * actions, each through the state machine, the audit log and the templates. Mail is queued; the
 * running daemon sends it.
 */
export function registerRequestsCommand(program: Command): void {
  const requests = program.command('requests').description('list, show and act on privacy requests');
  requests
    .command('list')
    .description('list requests')
    .option('--status <status>', 'only requests with this status')
    .option('--json', 'print JSON')
    .action(async (options: { status?: string; json?: boolean }) => {
      const rows = await withDatabase((db) => listRequestSummaries(db, options.status));
      process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : formatRequestTable(rows));
    });
  requests
    .command('show')
    .description('show one request with its full timeline')
    .argument('<reference>', 'e.g. CCPA-2026-000123')
    .option('--json', 'print JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const request = await withDatabase((db) => showRequest(db, reference.toUpperCase()));
      if (!request) return fail(`no request ${reference}`);
      process.stdout.write(options.json ? `${JSON.stringify(request, null, 2)}\n` : formatRequestDetail(request));
    });
  for (const action of ACTIONS) {
    requests
      .command(action.kind)
      .description(action.help)
      .argument('<reference>', 'e.g. CCPA-2026-000123')
      .option('--reason <reason>', 'denial reason, extension reason, or deletion method')
      .option('--message <text>', 'note for the consumer (deny, complete) or the record (note)')
      .option('--staff <name>', 'who acts, for the audit log', os.userInfo().username)
      .action(async (reference: string, options: { reason?: string; message?: string; staff: string }) => {
        const result = await withDatabase((db, config) =>
          runStaffAction(db, workflowDeps(config), { kind: action.kind, reference: reference.toUpperCase(), staff: options.staff, ...optional(options) }, new Date()),
        );
        if (!result.ok) return fail(result.message);
        const mails = result.mails.map((m) => `  queued: ${m.kind} to ${m.to}`).join('\n');
        process.stdout.write(`${reference.toUpperCase()}: ${result.status}\n${mails ? `${mails}\n` : ''}`);
      });
  }
}

function optional(options: { reason?: string; message?: string }): { reason?: string; message?: string } {
  return { ...(options.reason !== undefined ? { reason: options.reason } : {}), ...(options.message !== undefined ? { message: options.message } : {}) };
}

function fail(message: string): void {
  process.stderr.write(`ccpa-mailbot: ${message}\n`);
  process.exitCode = 1;
}
