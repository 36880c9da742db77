import path from 'node:path';
import { SqliteFolderMissingError, sqliteFilename } from '../store/db.js';
import { redactUrl } from '../shared/redact-url.js';
import { EX_UNAVAILABLE, problem, type CheckResult } from './check-result.js';
import { runningUser } from './running-user.js';

const VARIABLE = 'DATABASE_URL';

/** Node's socket errors for a server that does not answer: EX_UNAVAILABLE, worth retrying later. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE']);

/**
 * A database failure at opening time as the one line an operator can act on, or null when the
 * error is not one we recognise. Only the error's code is read, and a fixed part of the driver's
 * message: the rest can carry a statement's bound values (issue 13, must-show 5).
 */
export function describeDatabaseError(err: unknown, databaseUrl: string | undefined): CheckResult | null {
  if (err instanceof SqliteFolderMissingError) {
    return problem(VARIABLE, `the folder ${err.folder} of the SQLite file does not exist`, `create it (mkdir -p ${err.folder}) or correct the path; only the embedded default ./var is created by itself`);
  }
  const code = errorCode(err);
  if (code === undefined) return null;
  const where = databaseLabel(databaseUrl);
  switch (code) {
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'SQLITE_CANTOPEN':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return problem(VARIABLE, `${where} cannot be written (${code})`, `make the file and its folder writable by ${runningUser()}, or point DATABASE_URL at a writable path`);
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return problem(VARIABLE, `${where} is not a usable SQLite database (${code})`, 'point DATABASE_URL at the right file, or restore it from a backup');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return problem(VARIABLE, `${where} stayed locked by another process (${code})`, 'stop the other process holding it, then start again', EX_UNAVAILABLE);
    case 'ENOTFOUND':
      return problem(VARIABLE, `the host of ${where} is not known (ENOTFOUND)`, 'correct the host name in DATABASE_URL');
    case '28P01':
    case '28000':
      return problem(VARIABLE, `${where} refused the login (${code})`, 'check the user name and password in DATABASE_URL (percent-encode special characters)');
    case '3D000':
      return problem(VARIABLE, `the database named in ${where} does not exist (3D000)`, 'create it (createdb NAME) or correct the name in DATABASE_URL');
    case '42501':
      return problem(VARIABLE, `the user of ${where} may not create or change tables (42501)`, 'grant it CREATE on the schema, or use the owner of the database');
    case '25006':
      return problem(VARIABLE, `${where} is read-only (25006: a standby?)`, 'point DATABASE_URL at the primary server');
    case '57P03':
    case '53300':
      return problem(VARIABLE, `${where} does not accept connections now (${code})`, 'wait for the server to finish starting or free connections, then start again', EX_UNAVAILABLE);
    case 'KNEX_TIMEOUT':
      return problem(VARIABLE, `${where} did not answer in time`, 'check that the server is up and that host and port in DATABASE_URL are right', EX_UNAVAILABLE);
    default:
      return UNREACHABLE.has(code)
        ? problem(VARIABLE, `cannot reach ${where} (${code})`, 'check that the server is up and that host and port in DATABASE_URL are right', EX_UNAVAILABLE)
        : null;
  }
}

/**
 * The error's stable code: Node's and PostgreSQL's `code`, or SQLite's code inside a message knex
 * wrapped (a migration lock error carries the driver's `SQLITE_READONLY` only in its text).
 */
function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  if (e.name === 'KnexTimeoutError') return 'KNEX_TIMEOUT';
  const message = typeof e.message === 'string' ? e.message : '';
  if (/timeout expired|connection timeout/i.test(message)) return 'KNEX_TIMEOUT';
  if (typeof e.code === 'string' && e.code !== 'SQLITE_ERROR') return e.code;
  return /\b(SQLITE_[A-Z]+)\b/.exec(message)?.[1] ?? (typeof e.code === 'string' ? e.code : undefined);
}

/** The database as the operator named it, without its password. */
export function databaseLabel(databaseUrl: string | undefined): string {
  if (databaseUrl === undefined) return 'the database';
  const file = sqliteFilename(databaseUrl);
  if (file !== null) return `the SQLite file ${file === ':memory:' ? file : path.resolve(file)}`;
  try {
    return `the PostgreSQL server at ${redactUrl(databaseUrl)}`;
  } catch {
    return 'the PostgreSQL server';
  }
}
