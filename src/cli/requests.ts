import path from 'node:path';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { RECORD_STATUSES, formatRequestDetail, formatRequestTable, isRecordStatus, listRequestSummaries, showRequest } from '../workflow/describe-request.js';
import { runStaffAction } from '../staff/run-staff-action.js';
import type { StaffCommandKind } from '../staff/staff-command.js';
import type { CommandLineArguments, CommandLineOption } from '../staff/staff-command-spec.js';
import { STAFF_COMMAND_KINDS, STAFF_COMMANDS } from '../staff/staff-commands.js';
import { workflowDeps } from '../compose.js';
import { withDatabase } from './with-database.js';
import { printOtherMessages, registerReopenCommand } from './other-messages.js';

/** How each option of the command table is written on the command line. */
const OPTION_FLAGS: Record<CommandLineOption, string> = {
  reason: '--reason <reason>',
  message: '--message <text>',
  text: '--text <text>',
  file: '--file <path>',
  to: '--to <address>',
  into: '--into <reference>',
  attach: '--attach <files...>',
  types: '--types <types>',
};

type StaffCommandOptions = Omit<CommandLineArguments, 'files'> & { file?: string; attach?: string[]; staff: string };

/**
 * `requests list|show` and one subcommand per staff command of the table a staff reply uses
 * (src/staff/staff-commands.ts): the same names, aliases, help lines and arguments, each carried
 * out through the state machine, the audit log and the templates. Mail is queued; the running
 * daemon sends it.
 */
export function registerRequestsCommand(program: Command): void {
  const requests = program.command('requests').description('list, show and act on privacy requests');
  requests
    .command('list')
    .description('list requests')
    .option('--status <status>', `only requests with this status: ${RECORD_STATUSES.join(', ')}`)
    .option('--email <address>', 'only requests from this address, or about it (an agent’s consumer)')
    .option('--category <category>', 'other: list the messages judged no privacy matter instead (never answered)')
    .option('--json', 'print JSON')
    .action(async (options: { status?: string; email?: string; category?: string; json?: boolean }) => {
      if (options.category !== undefined && options.category !== 'other') return fail(`--category: only "other" is listed apart; requests are listed by --status`);
      if (options.category === 'other') return void process.stdout.write(await withDatabase((db) => printOtherMessages(db, options.json === true)));
      if (options.status !== undefined && !isRecordStatus(options.status)) return fail(`--status must be one of: ${RECORD_STATUSES.join(', ')} (not "${options.status}")`);
      const filter = { ...(options.status ? { status: options.status } : {}), ...(options.email ? { email: options.email } : {}) };
      const [rows, timeZone] = await withDatabase(async (db, config) => [await listRequestSummaries(db, filter), config.timeZone] as const);
      process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : formatRequestTable(rows, timeZone));
    });
  requests
    .command('show')
    .description('show one request with its full timeline')
    .argument('<reference>', 'e.g. CCPA-2026-000123')
    .option('--json', 'print JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const [request, timeZone] = await withDatabase(async (db, config) => [await showRequest(db, reference.toUpperCase()), config.timeZone] as const);
      if (!request) return fail(`no request ${reference}`);
      process.stdout.write(options.json ? `${JSON.stringify(request, null, 2)}\n` : formatRequestDetail(request, timeZone));
    });
  registerReopenCommand(requests);
  for (const kind of STAFF_COMMAND_KINDS) {
    // `requests help [command]` is commander's own: it prints these same help lines.
    if (kind !== 'help') registerStaffCommand(requests, kind);
  }
}

function registerStaffCommand(requests: Command, kind: StaffCommandKind): void {
  const spec = STAFF_COMMANDS[kind];
  const command = requests.command(kind).aliases(spec.aliases).description(spec.help).argument('<reference>', 'e.g. CCPA-2026-000123');
  for (const [option, description] of Object.entries(spec.options) as Array<[CommandLineOption, string]>) command.option(OPTION_FLAGS[option], description);
  command.option('--staff <name>', 'who acts, for the audit log', os.userInfo().username).action(async (reference: string, options: StaffCommandOptions) => {
    const args = commandLineArguments(options);
    if (typeof args === 'string') return fail(args);
    const line = { kind, reference: reference.toUpperCase(), staff: options.staff, ...args };
    const result = await withDatabase((db, config, root) => runStaffAction(db, workflowDeps(config, root), line, root.clock(), config.staffAddresses));
    if (!result.ok) return fail(result.message);
    const mails = result.mails.map((m) => `  queued: ${m.kind} to ${m.to}`).join('\n');
    process.stdout.write(`${line.reference}: ${result.status}\n${mails ? `${mails}\n` : ''}`);
  });
}

/** The options as the command table reads them: `--file` read into the text, `--attach` files read (I/O stays here). */
function commandLineArguments(options: StaffCommandOptions): CommandLineArguments | string {
  const { staff: _staff, file, attach, ...given } = options;
  const args: CommandLineArguments = { ...given };
  try {
    if (file !== undefined) {
      if (given.text !== undefined) return 'give --text or --file, not both';
      args.text = readFileSync(file, 'utf8');
    }
    if (attach !== undefined) args.files = attach.map((p) => ({ filename: path.basename(p), content: readFileSync(p) }));
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return `cannot read ${err.path ?? file ?? ''}: ${err.code ?? String(error)}`;
  }
  return args;
}

function fail(message: string): void {
  process.stderr.write(`ccpa-mailbot: ${message}\n`);
  process.exitCode = 1;
}
