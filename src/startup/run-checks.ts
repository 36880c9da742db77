import type { Config } from '../config.js';
import type { Db } from '../store/db.js';
import { countDirectory } from '../store/consumer-directory.js';
import type { Logger } from '../shared/logger.js';
import { describeCheck, EX_UNAVAILABLE, ok, StartupCheckError, warning, type CheckResult } from './check-result.js';
import { checkDatabase } from './check-database.js';
import { checkFolders, type CheckMode } from './check-folders.js';
import { checkImap } from './check-imap.js';
import { checkSmtp } from './check-smtp.js';
import { checkSecrets } from './check-secrets.js';

/** How long a server may take to answer a check: long enough for a slow link, short enough to say so. */
export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;

export interface CheckOptions {
  /** Per connection (database, IMAP, SMTP); tests shorten it. */
  timeoutMs?: number;
}

/**
 * Every check, in the order an operator fixes things: folders, database and migrations, IMAP
 * login and folders, SMTP login; `doctor` adds the consumer directory and the secrets. The
 * servers are asked at the same time, so a slow one costs its timeout once.
 */
export async function runChecks(config: Config, mode: CheckMode, options: CheckOptions = {}): Promise<CheckResult[]> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const folders = checkFolders(config, mode);
  const [database, imap, smtp] = await Promise.all([
    checkDatabase(config.databaseUrl, mode, timeoutMs),
    config.source.kind === 'imap' ? checkImap(config.source, mode, timeoutMs) : Promise.resolve([]),
    config.transport.kind === 'smtp' ? checkSmtp(config.transport.url, timeoutMs).then((r) => [r]) : Promise.resolve([]),
  ]);
  try {
    const extra = mode === 'doctor' ? [await checkDirectory(database.db, database.result), ...checkSecrets(config)] : [];
    return [...folders, database.result, ...imap, ...smtp, ...extra];
  } finally {
    await database.db?.destroy();
  }
}

/**
 * The start-up step of `ccpa-mailbot start`: runs the checks that can stop a start and throws
 * when any found a problem, so the daemon never begins on a set-up that cannot work. A mail
 * server that does not answer is the exception: the IMAP source reconnects and the outbox
 * retries by themselves, so a restart during a mail server's outage must not make the daemon
 * flap (as Postfix starts and queues while its relay is down); those are logged, and `doctor`
 * reports them as problems. A refused login, an unknown host or a database that does not answer stops it.
 * @throws StartupCheckError with one result per problem.
 */
export async function assertStartupChecks(config: Config, log: Logger, options: CheckOptions = {}): Promise<void> {
  const problems = (await runChecks(config, 'start', options)).filter((r) => r.status === 'problem');
  const mailServerDown = (r: CheckResult) => r.exitCode === EX_UNAVAILABLE && (r.variable === 'IMAP_URL' || r.variable === 'SMTP_URL');
  for (const down of problems.filter(mailServerDown)) {
    log.warn({ event: 'startup_mail_server_unavailable', variable: down.variable }, describeCheck(down));
  }
  const stopping = problems.filter((r) => !mailServerDown(r));
  if (stopping.length > 0) throw new StartupCheckError(stopping);
}

/** §7060(c)(1): with no directory records nobody can be verified automatically. */
async function checkDirectory(db: Db | null, database: CheckResult): Promise<CheckResult> {
  const variable = 'consumer directory';
  const load = 'load it with `ccpa-mailbot directory import FILE.csv`';
  if (db === null && database.status === 'problem') return warning(variable, 'not checked: the database did not open', 'fix DATABASE_URL first');
  if (db === null) return warning(variable, 'empty: the database does not exist yet', load);
  try {
    const records = await countDirectory(db);
    return records > 0
      ? ok(variable, `${records} record(s)`)
      : warning(variable, 'empty: no identity can be verified automatically; every request that needs verification goes to staff', load);
  } catch {
    return warning(variable, 'not readable yet (migrations pending)', 'run `ccpa-mailbot migrate`, then `ccpa-mailbot directory import FILE.csv`');
  }
}
