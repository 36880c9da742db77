import { ConfigError } from '../config.js';
import { describeCheck, EX_CONFIG, StartupCheckError } from './check-result.js';
import { describeDatabaseError } from './describe-database-error.js';
import { MetricsListenError } from '../ops/ops-server.js';
import { RestoreInProgressError } from '../ops/database-hold.js';

/** sysexits.h EX_SOFTWARE: a failure nobody foresaw, a bug to report. */
export const EX_SOFTWARE = 70;

export interface DescribedFailure {
  /** One line each, without the `ccpa-mailbot: ` prefix the CLI adds. */
  lines: string[];
  exitCode: number;
}

/**
 * Any error that reached the top of the command line, as lines an operator reads instead of a
 * Node stack: configuration (78), failed start-up checks (78/69), a database that fails under any
 * command (78/69), and anything else as one line with its code (70).
 * @param databaseUrl - the configured DATABASE_URL when it could be read, to name the database.
 */
export function describeFailure(err: unknown, databaseUrl: string | undefined): DescribedFailure {
  if (err instanceof ConfigError) return { lines: [err.message], exitCode: EX_CONFIG };
  if (err instanceof StartupCheckError) return { lines: err.problems.map(describeCheck), exitCode: err.exitCode };
  // sysexits.h EX_TEMPFAIL: try again later; systemd's Restart=on-failure does, 15 s on.
  if (err instanceof RestoreInProgressError) return { lines: [`DATABASE_URL: ${err.message} — start the daemon once \`ccpa-mailbot restore\` has finished`], exitCode: 75 };
  if (err instanceof MetricsListenError) return { lines: [`METRICS_PORT: ${err.message} — choose a free port, or stop what listens there (METRICS_HOST must be an address of this machine)`], exitCode: EX_CONFIG };
  const database = describeDatabaseError(err, databaseUrl);
  if (database !== null) return { lines: [describeCheck(database)], exitCode: database.exitCode ?? EX_CONFIG };
  return { lines: [`unexpected failure: ${summary(err)} — please report it; LOG_LEVEL=debug prints the stack`], exitCode: EX_SOFTWARE };
}

/**
 * The error's name, code and message, keeping only the driver's part of a knex message: knex
 * puts the statement with its bound values before " - ", and those can be personal data.
 */
function summary(err: unknown): string {
  if (!(err instanceof Error)) return String(err).slice(0, 200);
  const code = (err as { code?: unknown }).code;
  const message = err.message.split(' - ').pop()?.split('\n')[0]?.slice(0, 200) ?? '';
  return `${err.name}${typeof code === 'string' ? ` ${code}` : ''}: ${message}`;
}
