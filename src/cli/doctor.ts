import type { Command } from 'commander';
import { ConfigError, type Config } from '../config.js';
import { describeCheck, EX_CONFIG, exitCodeOf, type CheckResult } from '../startup/check-result.js';
import { runChecks } from '../startup/run-checks.js';
import { configFromEnvironment } from './load-environment.js';

/**
 * `ccpa-mailbot doctor`: every start-up check, each printed as one line (ok, warning, problem),
 * plus the consumer directory and the secrets; changes nothing. Exit 0 when nothing is a
 * problem, otherwise 78 (something to change) or 69 (a server that does not answer).
 */
export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check IMAP and SMTP logins, folders, database and migrations, consumer directory and secrets; one line each')
    .option('--timeout <seconds>', 'how long each server may take to answer', '10')
    .action(async (options: { timeout: string }) => {
      let config: Config;
      try {
        config = configFromEnvironment();
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        // Configuration comes first: nothing else can be checked until it is valid.
        for (const line of err.problems) process.stdout.write(`problem  ${line}\n`);
        process.exitCode = EX_CONFIG;
        return;
      }
      const seconds = Number(options.timeout);
      const results = await runChecks(config, 'doctor', { timeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined });
      for (const result of results) process.stdout.write(`${label(result)}${describeCheck(result)}\n`);
      process.exitCode = exitCodeOf(results);
    });
}

function label(result: CheckResult): string {
  return result.status.padEnd(9);
}
