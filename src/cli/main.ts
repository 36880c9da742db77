import { Command } from 'commander';
import { describeFailure, EX_SOFTWARE } from '../startup/describe-failure.js';
import { registerClassifyCommand } from './classify.js';
import { registerMigrateCommand } from './migrate.js';
import { registerProcessCommand } from './process.js';
import { registerQuarantineCommand } from './quarantine.js';
import { registerStartCommand } from './start.js';
import { registerRequestsCommand } from './requests.js';
import { registerDirectoryCommand } from './directory.js';
import { registerMetricsCommand } from './metrics.js';
import { registerStatusCommand } from './status.js';
import { registerDigestCommand } from './digest.js';
import { registerDoctorCommand } from './doctor.js';
import { registerOutboxCommand } from './outbox.js';
import { registerCorrectionsCommand } from './corrections.js';
import { configFromEnvironment } from './load-environment.js';
import { registerBackupCommand } from './backup.js';
import { registerRestoreCommand } from './restore.js';

/** The `ccpa-mailbot` command line: one file per command under `src/cli/`. */
export function buildProgram(): Command {
  const program = new Command('ccpa-mailbot').description('Answers CCPA privacy requests sent by email').showHelpAfterError();
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerProcessCommand(program);
  registerClassifyCommand(program);
  registerRequestsCommand(program);
  registerDirectoryCommand(program);
  registerMetricsCommand(program);
  registerQuarantineCommand(program);
  registerStatusCommand(program);
  registerDigestCommand(program);
  registerDoctorCommand(program);
  registerOutboxCommand(program);
  registerBackupCommand(program);
  registerRestoreCommand(program);
  registerCorrectionsCommand(program);
  return program;
}

/**
 * Runs the command line. Whatever fails reaches the operator as lines naming the variable and
 * the fix, with a sysexits.h exit code (78 configuration, 69 a server down, 70 a bug), never as
 * a Node stack (issue 13, must-show 10); LOG_LEVEL=debug adds the stack for a bug report.
 */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    const failure = describeFailure(err, configuredDatabaseUrl());
    for (const line of failure.lines) process.stderr.write(`ccpa-mailbot: ${line}\n`);
    if (failure.exitCode === EX_SOFTWARE && process.env.LOG_LEVEL === 'debug' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = failure.exitCode;
  }
}

/** DATABASE_URL as configured, to name the database in a failure; undefined when the configuration is invalid. */
function configuredDatabaseUrl(): string | undefined {
  try {
    return configFromEnvironment().databaseUrl;
  } catch {
    return undefined;
  }
}
