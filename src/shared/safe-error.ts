/**
 * What a log line may say about an error (issue 13, must-show 5): its class, its stable code and
 * errno, and for a database error the statement's first keyword and table, never its text. knex
 * writes every bound value into a failed query's message (`insert into ... values ('<the whole
 * raw message>', ...) - SQLITE_BUSY: ...`) and pg puts key values in `detail`, so a database
 * error's message is dropped whole; any other message is cut to one line and scrubbed.
 */
export interface SafeError {
  type: string;
  code?: string;
  errno?: number;
  /** `insert inbound_messages`: the statement's first keyword and its table. */
  statement?: string;
  /** PostgreSQL's constraint name (`inbound_messages_message_key_unique`): a name, not a value. */
  constraint?: string;
  /** IMAP: the server refused the login (imapflow's `authenticationFailed`). */
  authenticationFailed?: true;
  /** IMAP: the response code in brackets (`AUTHENTICATIONFAILED`, `TRYCREATE`). */
  serverResponseCode?: string;
  /** Only for errors that are not a database's, scrubbed; at most MAX_MESSAGE characters. */
  message?: string;
}

const MAX_MESSAGE = 160;
const SQL_START = /^\s*(select|insert|update|delete|with|create|alter|drop|pragma|begin|commit|rollback|savepoint|release)\b/i;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]{0,62}$/;
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
// knex quotes every bound string, so a table named before the first quote is the statement's own.
const TABLE = /\b(?:into|from|update|table|join)\s+[`"[]?([A-Za-z_][A-Za-z0-9_]*)/i;
const SQLITE_CODE = /\bSQLITE_[A-Z_]+\b/;

/** The loggable part of any thrown value. Idempotent: a SafeError passes through unchanged. */
export function safeError(err: unknown): SafeError {
  if (typeof err === 'string') return fromText('string', err);
  if (typeof err !== 'object' || err === null) return { type: typeof err };
  const e = err as Record<string, unknown>;
  const isError = err instanceof Error;
  const ctorName = isError ? (err.constructor?.name ?? err.name) : typeof e.type === 'string' ? e.type : 'object';
  const safe: SafeError = { type: NAME.test(ctorName) ? ctorName : 'Error' };
  if (typeof e.code === 'string' && CODE.test(e.code)) safe.code = e.code;
  if (typeof e.errno === 'number') safe.errno = e.errno;
  if (typeof e.statement === 'string' && /^[a-z]+( [A-Za-z0-9_]+)?$/.test(e.statement)) safe.statement = e.statement;
  if (typeof e.constraint === 'string' && NAME.test(e.constraint)) safe.constraint = e.constraint;
  if (e.authenticationFailed === true) safe.authenticationFailed = true;
  if (typeof e.serverResponseCode === 'string' && CODE.test(e.serverResponseCode)) safe.serverResponseCode = e.serverResponseCode;
  const message = isError ? err.message : typeof e.message === 'string' ? e.message : '';
  const sql = typeof e.sql === 'string' ? e.sql : SQL_START.test(message) ? message : null;
  if (sql !== null || isDatabaseCode(e) || ctorName === 'KnexTimeoutError') {
    const statement = sql === null ? undefined : statementName(sql);
    if (statement !== undefined) safe.statement = statement;
    if (safe.code === undefined) {
      const code = SQLITE_CODE.exec(message)?.[0];
      if (code !== undefined) safe.code = code;
    }
    return safe;
  }
  if (message !== '') safe.message = scrub(message);
  return safe;
}

/** A value thrown or logged as text (`String(err)` somewhere, node-cron's messages). */
function fromText(type: string, text: string): SafeError {
  const body = text.replace(/^[A-Za-z]*Error: /, '');
  if (!SQL_START.test(body)) return { type, message: scrub(body) };
  const code = SQLITE_CODE.exec(body)?.[0];
  const statement = statementName(body);
  return { type, ...(code !== undefined ? { code } : {}), ...(statement !== undefined ? { statement } : {}) };
}

/** SQLite's `SQLITE_*` codes and PostgreSQL's five-character SQLSTATE (pg sets `severity`). */
function isDatabaseCode(e: Record<string, unknown>): boolean {
  const code = typeof e.code === 'string' ? e.code : '';
  return code.startsWith('SQLITE_') || (typeof e.severity === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

/** `insert inbound_messages`, from the SQL text before its first bound string. */
export function statementName(sql: string): string | undefined {
  const keyword = SQL_START.exec(sql)?.[1]?.toLowerCase();
  if (keyword === undefined) return undefined;
  const head = sql.split("'")[0] ?? '';
  const table = TABLE.exec(head)?.[1];
  return table === undefined ? keyword : `${keyword} ${table}`;
}

/**
 * One line, no URL (credentials), no address, and no token of four or more characters holding
 * a digit: verification codes, dates of birth, phone numbers and card digits all are such tokens.
 * An operator loses port numbers and counts in messages; the code and type still say what failed.
 */
export function scrub(message: string): string {
  const line = (message.split('\n')[0] ?? '').slice(0, 4 * MAX_MESSAGE);
  return line
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[url]')
    .replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, '[address]')
    .replace(/[^\s<>()"',;[\]]*\d[^\s<>()"',;[\]]*/g, (token) => (token.length >= 4 ? '[redacted]' : token))
    .slice(0, MAX_MESSAGE);
}
