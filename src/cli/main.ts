import { Command } from 'commander';
import { ConfigError } from '../config.js';
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
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`ccpa-mailbot: ${err.message}\n`);
      process.exitCode = 78; // EX_CONFIG
      return;
    }
    throw err;
  }
}
