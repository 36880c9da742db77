import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { openDb, type Db } from '../../../src/store/db.js';
import { createLogger } from '../../../src/shared/logger.js';
import { safeError, scrub, statementName } from '../../../src/shared/safe-error.js';

const CODE = '7KD9Q2XA';
const BIRTH = '1984-07-19';

let db: Db;
beforeAll(async () => {
  db = openDb('sqlite::memory:');
  await db.raw('CREATE TABLE people (name TEXT NOT NULL, code TEXT, birth TEXT, UNIQUE (code))');
  await db('people').insert({ name: 'Dana Whitfield', code: CODE, birth: BIRTH });
});
afterAll(async () => db.destroy());

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('safeError', () => {
  it('keeps the code, errno and statement of a knex error, and none of its bound values', async () => {
    const err = await caught(() => db('people').insert({ name: 'Dana Whitfield', code: CODE, birth: BIRTH }));
    // The driver's message really carries the values: this is what must not reach a log.
    expect(String(err)).toContain(CODE);
    const safe = safeError(err);
    expect(safe).toEqual({ type: 'Error', code: 'SQLITE_CONSTRAINT', errno: 19, statement: 'insert people' });
    expect(JSON.stringify(safe)).not.toMatch(new RegExp(`${CODE}|${BIRTH}|Dana`));
  });

  it('names select, update and delete statements by table, ignoring words inside bound strings', () => {
    expect(statementName("select * from `requests` where `email` = 'from somebody'")).toBe('select requests');
    expect(statementName('update "outbox" set "status" = $1')).toBe('update outbox');
    expect(statementName("insert into `x` (`raw`) values ('into secrets')")).toBe('insert x');
    expect(statementName('BEGIN;')).toBe('begin');
    expect(statementName('no sql here')).toBeUndefined();
  });

  it('drops the message of a PostgreSQL error and keeps its SQLSTATE and constraint', () => {
    const pg = Object.assign(new Error(`duplicate key value violates unique constraint "people_code_unique"`), {
      severity: 'ERROR',
      code: '23505',
      constraint: 'people_code_unique',
      detail: `Key (code)=(${CODE}) already exists.`,
    });
    expect(safeError(pg)).toEqual({ type: 'Error', code: '23505', constraint: 'people_code_unique' });
  });

  it('reads a stringified knex error (a String(err) somewhere) by statement and code only', () => {
    const text = `Error: insert into \`people\` (\`code\`) values ('${CODE}') - SQLITE_BUSY: database is locked`;
    expect(safeError(text)).toEqual({ type: 'string', code: 'SQLITE_BUSY', statement: 'insert people' });
  });

  it('keeps an IMAP login failure recognisable, and is idempotent', () => {
    const err = Object.assign(new Error('Command failed'), { authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED', response: 'NO [AUTHENTICATIONFAILED] Authentication failed.' });
    const safe = safeError(err);
    expect(safe).toEqual({ type: 'Error', authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED', message: 'Command failed' });
    expect(safeError(safe)).toEqual(safe);
  });

  it('scrubs other messages: one line, no URL, address, code or date', () => {
    expect(scrub(`code ${CODE} for dana.whitfield@example.org born ${BIRTH} at imap://u:pw@host/INBOX\n    at stack (file.js:1:2)`)).toBe('code [redacted] for [address] born [redacted] at [url]');
    expect(scrub('connect ECONNREFUSED 127.0.0.1:143')).toBe('connect ECONNREFUSED [redacted]');
  });

  it('is the logger\'s serializer: no stack and no values, however the error is logged', async () => {
    const err = await caught(() => db('people').insert({ name: 'Dana Whitfield', code: CODE, birth: BIRTH }));
    let out = '';
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
    const log = createLogger('info', sink);
    log.error({ event: 'x', err });
    log.error(err as Error);
    log.warn({ event: 'y', error: err });
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(out).not.toMatch(new RegExp(`${CODE}|${BIRTH}|Dana|stack`));
    expect(out).toContain('"statement":"insert people"');
  });
});
