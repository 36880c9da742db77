import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { EX_CONFIG, EX_UNAVAILABLE, exitCodeOf, ok, problem, StartupCheckError, warning } from '../../../src/startup/check-result.js';
import { describeDatabaseError } from '../../../src/startup/describe-database-error.js';
import { describeFailure, EX_SOFTWARE } from '../../../src/startup/describe-failure.js';
import { describeNetworkError } from '../../../src/startup/describe-network-error.js';
import { SqliteFolderMissingError } from '../../../src/store/db.js';

const PG = 'postgres://bot:Db-Secret@db.example.com:5432/ccpa';
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('describeDatabaseError', () => {
  it('reads SQLite\'s code inside the message knex wrapped around a migration lock', () => {
    const err = new Error('Can\'t take lock to run migrations: update `knex_migrations_lock` set `is_locked` = 1 - SQLITE_READONLY: attempt to write a readonly database');
    const result = describeDatabaseError(err, 'sqlite:/srv/ccpa/ccpa.sqlite');
    expect(result).toMatchObject({ variable: 'DATABASE_URL', status: 'problem', exitCode: EX_CONFIG });
    expect(result?.message).toBe('the SQLite file /srv/ccpa/ccpa.sqlite cannot be written (SQLITE_READONLY)');
  });

  it('tells a server that does not answer (69) from a login the server refused (78), without the password', () => {
    const refused = describeDatabaseError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), PG);
    expect(refused).toMatchObject({ exitCode: EX_UNAVAILABLE });
    const login = describeDatabaseError(withCode('password authentication failed for user "bot"', '28P01'), PG);
    expect(login).toMatchObject({ exitCode: EX_CONFIG });
    expect(`${refused?.message} ${login?.message}`).not.toContain('Db-Secret');
    expect(describeDatabaseError(Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }), PG)).toMatchObject({ exitCode: EX_UNAVAILABLE });
  });

  it('names the missing folder and how to create it', () => {
    expect(describeDatabaseError(new SqliteFolderMissingError('/srv/nope'), 'sqlite:/srv/nope/x.sqlite')?.fix).toContain('mkdir -p /srv/nope');
  });

  it('leaves an error it does not know to the caller', () => {
    expect(describeDatabaseError(new Error('something else'), PG)).toBeNull();
  });
});

describe('describeNetworkError', () => {
  it('reads Node\'s code under nodemailer\'s ESOCKET', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' });
    expect(describeNetworkError('SMTP_URL', 'the SMTP server mail.example.com:587', err)).toMatchObject({ exitCode: EX_UNAVAILABLE, message: 'cannot reach the SMTP server mail.example.com:587 (ECONNREFUSED)' });
    expect(describeNetworkError('IMAP_URL', 'the IMAP server x', withCode('self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT'))).toMatchObject({ exitCode: EX_CONFIG });
  });
});

describe('describeFailure', () => {
  it('prints configuration problems and failed checks as they are, with their exit code', () => {
    expect(describeFailure(new ConfigError(['TIMEZONE must be an IANA time zone']), undefined).exitCode).toBe(EX_CONFIG);
    const checks = new StartupCheckError([problem('DATABASE_URL', 'cannot reach x', 'start it', EX_UNAVAILABLE)]);
    expect(describeFailure(checks, undefined)).toEqual({ lines: ['DATABASE_URL: cannot reach x — start it'], exitCode: EX_UNAVAILABLE });
  });

  it('keeps a statement\'s bound values out of an unexpected failure (issue 13, must-show 5)', () => {
    const err = new Error("insert into `verification_challenges` (`code`) values ('K7M2P9QX') - SQLITE_FULL: database or disk is full");
    const failure = describeFailure(Object.assign(err, { code: 'SQLITE_FULL' }), 'sqlite:./var/ccpa.sqlite');
    expect(failure.exitCode).toBe(EX_SOFTWARE);
    expect(failure.lines.join('\n')).not.toContain('K7M2P9QX');
    expect(failure.lines.join('\n')).toContain('SQLITE_FULL');
  });
});

describe('exitCodeOf', () => {
  it('is 0 with warnings only, 78 when anything is the operator\'s to change, else 69', () => {
    expect(exitCodeOf([ok('A', 'fine'), warning('B', 'empty', 'load it')])).toBe(0);
    expect(exitCodeOf([problem('A', 'down', 'wait', EX_UNAVAILABLE)])).toBe(EX_UNAVAILABLE);
    expect(exitCodeOf([problem('A', 'down', 'wait', EX_UNAVAILABLE), problem('B', 'wrong', 'fix')])).toBe(EX_CONFIG);
  });
});
