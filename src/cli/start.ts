import type { Command } from 'commander';
import { createLogger } from '../shared/logger.js';
import { startDaemon } from '../daemon.js';
import { assertStartupChecks } from '../startup/run-checks.js';
import { configFromEnvironment } from './load-environment.js';
import { safeError } from '../shared/safe-error.js';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run the daemon: read the mailbox, answer, record (Ctrl-C to stop)')
    .action(async () => {
      const config = configFromEnvironment();
      const log = createLogger(config.logLevel, process.stderr, config.ops.logFormat);
      // Before anything is read: a set-up that cannot work stops here with one line per problem
      // (printed by main.ts, exit 78 or 69) instead of a stack or a loop of reconnects.
      await assertStartupChecks(config, log);
      // A stray rejection must not take the daemon down with mail half-read: log it and go on.
      // Every stage already retries its own failures; this is the last net.
      process.on('unhandledRejection', (reason) => log.error({ event: 'unhandled_rejection', err: safeError(reason) }, 'a bug: the daemon goes on; please report it with this line (LOG_LEVEL=debug adds detail)'));
      // Listen for a stop before starting: a SIGTERM that arrives while the daemon starts (systemd
      // stopping it, a test right after `daemon_started`) then stops it cleanly once started,
      // instead of killing it with the default action mid-start.
      const stopRequested = new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      const daemon = await startDaemon(config, log);
      if (config.source.kind === 'maildir') {
        process.stderr.write(`ccpa-mailbot: reading ${config.source.path}/new, writing replies to ${config.transport.kind === 'directory' ? config.transport.path : 'SMTP'}\n`);
      }
      await stopRequested;
      await daemon.stop();
    });
}
