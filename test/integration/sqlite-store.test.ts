/** The SQLite store on a real file: WAL, busy timeout, append-only audit log, outbox leases. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../src/store/db.js';
import { appendAudit } from '../../src/store/audit-log.js';
import { loadDirectoryCandidates, replaceDirectory } from '../../src/store/consumer-directory.js';
import { claimDueEntries, enqueueOutbox, holdForSetup, releaseStaleClaims } from '../../src/store/outbox.js';
import { findSetupHold } from '../../src/store/outbox-admin.js';
import { allocateReference } from '../../src/store/requests.js';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-sqlite-'));
  // Only the embedded default's ./var is created by openDb; any other folder must exist.
  fs.mkdirSync(path.join(dir, 'nested'));
  db = openDb(`sqlite:${path.join(dir, 'nested', 'store.sqlite')}`);
  await migrate(db);
});

afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('runs in WAL mode with a busy timeout', async () => {
  expect(await db.raw('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  expect(await db.raw('PRAGMA busy_timeout')).toEqual([{ timeout: 10000 }]);
  expect(fs.existsSync(path.join(dir, 'nested', 'store.sqlite'))).toBe(true);
});

it('numbers references per year, starting again each year', async () => {
  expect(await allocateReference(db, 2026)).toBe('CCPA-2026-000001');
  expect(await allocateReference(db, 2026)).toBe('CCPA-2026-000002');
  expect(await allocateReference(db, 2027)).toBe('CCPA-2027-000001');
});

it('keeps the audit log append-only (§7101 records)', async () => {
  await appendAudit(db, { event: 'test_event', actor: 'bot', requestId: null, inboundMessageId: null }, new Date());
  await expect(db('audit_events').update({ actor: 'someone-else' })).rejects.toThrow(/append-only/);
  await expect(db('audit_events').delete()).rejects.toThrow(/append-only/);
});

it('releases an entry left in `sending` by a crashed sender only after the lease', async () => {
  const now = new Date('2026-11-29T12:00:00Z');
  await enqueueOutbox(db, { messageId: 'lease@example.com', kind: 'acknowledgement', lang: 'en', requestId: null, inboundMessageId: null, envelopeFrom: 'compliance@example.com', recipient: 'dana@example.org', subject: 's', raw: Buffer.from('x') }, now);
  const [claimed] = await claimDueEntries(db, 'crashed-instance', now, 10);
  expect(claimed?.messageId).toBe('lease@example.com');
  expect(await claimDueEntries(db, 'other', now, 10)).toEqual([]);
  expect(await releaseStaleClaims(db, new Date(now.getTime() + 60_000), 600_000)).toEqual([]);
  expect(await releaseStaleClaims(db, new Date(now.getTime() + 601_000), 600_000)).toEqual([claimed?.id]);
  expect((await claimDueEntries(db, 'other', new Date(now.getTime() + 601_000), 10)).map((e) => e.messageId)).toEqual(['lease@example.com']);
});

it('loads the directory record of an address without case, and the named records only when no address matches', async () => {
  const now = new Date('2026-11-29T12:00:00Z');
  await replaceDirectory(db, [
    { email: 'Jordan.Avery@example.org', full_name: 'Jordan Avery', phone: '555-010-0199' },
    { email: null, full_name: 'María José Núñez', date_of_birth: '1988-04-12' },
    { email: 'casey@example.net', full_name: '  ', account_number: 'A-1001' },
  ], now);
  expect(await loadDirectoryCandidates(db, 'jordan.avery@EXAMPLE.org')).toEqual({ byEmail: { full_name: 'Jordan Avery', phone: '555-010-0199' }, named: [] });
  // Matching a name is the pure matcher's job (pipeline/decide/pick-directory-record.ts): the store only loads.
  expect(await loadDirectoryCandidates(db, 'someone@example.com')).toEqual({
    byEmail: null,
    named: [{ full_name: 'Jordan Avery', phone: '555-010-0199' }, { full_name: 'María José Núñez', date_of_birth: '1988-04-12' }, { account_number: 'A-1001' }],
  });
});

it('keeps a set-up hold in view while the held sender probes with one of its rows (status, exit 2)', async () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const id = await enqueueOutbox(db, { messageId: 'probe@example.com', kind: 'acknowledgement', lang: 'en', requestId: null, inboundMessageId: null, envelopeFrom: 'compliance@example.com', recipient: 'ana@example.org', subject: 's', raw: Buffer.from('x') }, now);
  await db('outbox').whereNot({ id }).update({ status: 'sent' });
  const [first] = await claimDueEntries(db, 'sender', now, 1);
  await holdForSetup(db, first!.id, 'SMTP_URL: the SMTP server refused the login (SMTP_535)', now);
  expect(await findSetupHold(db)).toMatchObject({ reason: expect.stringContaining('SMTP_535'), pending: 1 });
  // The next probe claims the only held row: mail is still not going out.
  const [probe] = await claimDueEntries(db, 'sender', new Date(now.getTime() + 60_000), 1);
  expect(probe?.id).toBe(first?.id);
  expect(await findSetupHold(db)).toMatchObject({ reason: expect.stringContaining('SMTP_535'), pending: 1 });
});
