import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/main.js';
import { digestJob } from '../../../src/jobs/digest-job.js';
import { parseDigestTime } from '../../../src/digest/digest-schedule.js';
import { renderDigest, sendDigestNow, sendDueDigest, type DigestDeps, type DigestSettings } from '../../../src/digest/send-digest.js';
import { silentLogger } from '../../../src/shared/logger.js';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { replaceDirectory } from '../../../src/store/consumer-directory.js';
import { migrate, openDb, type Db } from '../../../src/store/db.js';
import { seedDigestStore } from './digest-store.js';

const templates = loadTemplates([path.resolve('templates')]);
const settings: DigestSettings = {
  staffAddresses: ['alex.kim@example.com', 'sam.ortiz@example.com'],
  timeZone: 'America/Los_Angeles',
  digestTime: parseDigestTime('08:00'),
  sender: { name: 'MTBC Privacy Team', address: 'compliance@example.com', messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
};
/** 07:00 in Los Angeles on 23 November 2026, when the store is filled. */
const SEEDED = new Date('2026-11-23T15:00:00Z');
const at = (iso: string) => new Date(iso);
let db: Db;
let deps: DigestDeps;

beforeEach(async () => {
  db = openDb('sqlite::memory:');
  await migrate(db);
  await seedDigestStore(db, SEEDED);
  deps = { db, templates, settings, log: silentLogger() };
});

afterEach(async () => {
  await db.destroy();
});

const digestRows = () => db('outbox').where({ kind: 'digest' }).orderBy('id').select('recipient', 'raw');

describe('renderDigest reads the real store', () => {
  it('puts each stored request in its most urgent section, once, with its action and assignee, and lists every kind of problem', async () => {
    const { digest, message } = await renderDigest(db, templates, settings, at('2026-11-23T16:00:00Z'));
    const refs = (key: string) => digest.sections.find((s) => s.key === key)?.lines.map((l) => l.reference);
    expect(refs('overdue')).toEqual(['CCPA-2026-000001']);
    expect(refs('dueSoon')).toEqual(['CCPA-2026-000002']);
    expect(refs('waitingForStaff')).toEqual([]);
    expect(refs('waitingForConsumer')).toEqual([]);
    expect(refs('newSinceLast')).toEqual(['CCPA-2026-000003']);
    expect(digest.sections[0]?.lines[0]).toMatchObject({ action: 'Decide: The response deadline has passed with no decision', assignee: 'sam.ortiz@example.com' });
    expect(digest.sections[1]?.lines[0]).toMatchObject({ action: 'None: waiting for identity verification', assignee: null });
    expect(message.text).toContain('To do: Decide: The response deadline has passed with no decision. Assignee: sam.ortiz@example.com');
    expect(digest.problems.map((p) => p.kind).sort()).toEqual(['bounce', 'empty_directory', 'failed_outbox', 'possible_forgery', 'quarantined', 'spam']);
    expect(message.text).toContain('morgan.reyes@example.net: 5.1.1');
    expect(message.text).toContain('from alex.kim@example.com: refused (authentication): dkim=none');
  });

  it('says in every digest that the consumer directory is empty, until it is loaded (§7060(c)(1))', async () => {
    const problem = async (now: string) => (await renderDigest(db, templates, settings, at(now))).digest.problems.find((p) => p.kind === 'empty_directory');
    await sendDueDigest(deps, at('2026-11-23T16:00:00Z'));
    const { message } = await renderDigest(db, templates, settings, at('2026-11-24T16:00:00Z'));
    expect(message.text).toMatch(/Consumer directory empty, .*: no consumer records are loaded.*`ccpa-mailbot directory import FILE\.csv`/);
    expect(message.html).toContain('Consumer directory empty');
    await replaceDirectory(db, [{ email: 'lee.park@example.org', full_name: 'Lee Park' }], at('2026-11-24T17:00:00Z'));
    expect(await problem('2026-11-25T16:00:00Z')).toBeUndefined();
  });
});

describe('sendDueDigest: one digest per day, caught up after downtime, never twice (issue 6 item 5)', () => {
  it('queues one auto-generated digest per staff member at the digest time, and nothing on a restart', async () => {
    expect(await sendDueDigest(deps, at('2026-11-23T16:00:00Z'))).toEqual({ outcome: 'queued', slot: '2026-11-23', recipients: settings.staffAddresses });
    const rows = await digestRows();
    expect(rows.map((r) => r.recipient)).toEqual(settings.staffAddresses);
    const parsed = await simpleParser(rows[0]?.raw as Buffer);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.subject).toMatch(/^Privacy requests digest, November 23, 2026: 3 open, 1 overdue/);
    expect(parsed.html).toContain('id="workload-chart"');
    // The daemon restarts at 08:05 and again in the evening: the day's digest is sent already.
    expect(await sendDueDigest(deps, at('2026-11-23T16:05:00Z'))).toEqual({ outcome: 'already_sent', slot: '2026-11-23' });
    expect(await sendDueDigest(deps, at('2026-11-24T15:59:00Z'))).toEqual({ outcome: 'not_due' });
    expect(await digestRows()).toHaveLength(2);
  });

  it('catches up a digest missed while the daemon was down, once', async () => {
    await sendDueDigest(deps, at('2026-11-23T16:00:00Z'));
    // Down from the evening of the 23rd to 11:30 on the 25th: the 25th's digest goes out at start.
    expect(await sendDueDigest(deps, at('2026-11-25T19:30:00Z'))).toMatchObject({ outcome: 'queued', slot: '2026-11-25' });
    expect(await sendDueDigest(deps, at('2026-11-25T19:31:00Z'))).toMatchObject({ outcome: 'already_sent' });
    expect(await digestRows()).toHaveLength(4);
  });

  it('on the first day, a start before the digest time sends nothing, and the digest time sends the one digest of that date', async () => {
    // 07:00 local on the 23rd: the daemon's first start, before 08:00.
    expect(await sendDueDigest(deps, at('2026-11-23T15:00:00Z'))).toEqual({ outcome: 'not_due' });
    expect(await digestRows()).toHaveLength(0);
    expect(await sendDueDigest(deps, at('2026-11-23T16:00:00Z'))).toMatchObject({ outcome: 'queued', slot: '2026-11-23' });
    const subjects = await Promise.all((await digestRows()).map(async (r) => (await simpleParser(r.raw as Buffer)).subject));
    expect(subjects).toHaveLength(2);
    expect(subjects.every((subject) => subject?.startsWith('Privacy requests digest, November 23, 2026'))).toBe(true);
    expect(await db('digest_runs').pluck('slot')).toEqual(['2026-11-23']);
  });

  it('counts "new since the last digest" from the previous digest', async () => {
    await sendDueDigest(deps, at('2026-11-23T16:00:00Z'));
    const { digest } = await renderDigest(db, templates, settings, at('2026-11-24T16:00:00Z'));
    expect(digest.sections.find((s) => s.key === 'newSinceLast')?.lines).toEqual([]);
  });

  it('sends nothing and records nothing without staff addresses', async () => {
    expect(await sendDueDigest({ ...deps, settings: { ...settings, staffAddresses: [] } }, at('2026-11-23T16:00:00Z'))).toEqual({ outcome: 'no_staff' });
    expect(await db('digest_runs').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('digest --send (by hand) does not take the scheduled slot', async () => {
    expect(await sendDigestNow(deps, at('2026-11-23T15:30:00Z'))).toMatchObject({ outcome: 'queued', slot: null });
    expect(await sendDueDigest(deps, at('2026-11-23T16:00:00Z'))).toMatchObject({ outcome: 'queued', slot: '2026-11-23' });
  });
});

describe('digestJob', () => {
  it('runs on node-cron at the digest time and asks for an outbox drain only when it queued a digest', async () => {
    let drains = 0;
    const job = digestJob(deps, () => (drains += 1), () => at('2026-11-23T17:00:00Z'));
    expect(job.schedule).toBe('0 8 * * *');
    await job.run();
    await job.run();
    expect(drains).toBe(1);
    expect(await digestRows()).toHaveLength(2);
  });
});

describe('ccpa-mailbot digest --preview', () => {
  it('writes the digest of the configured database to an HTML file and its text beside it, sending nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccpa-digest-'));
    const file = path.join(dir, 'digest.html');
    const database = `sqlite:${path.join(dir, 'ccpa.sqlite')}`;
    const seeded = openDb(database);
    await migrate(seeded);
    await seedDigestStore(seeded, new Date());
    await seeded.destroy();
    const saved = { ...process.env };
    const write = process.stdout.write;
    let printed = '';
    Object.assign(process.env, { DATABASE_URL: database, STAFF_ADDRESSES: 'alex.kim@example.com', LOG_LEVEL: 'silent', BOT_ADDRESS: 'compliance@example.com' });
    process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
    try {
      await buildProgram().parseAsync(['node', 'ccpa-mailbot', 'digest', '--preview', file]);
    } finally {
      process.stdout.write = write;
      process.env = saved;
    }
    expect(fs.readFileSync(file, 'utf8')).toContain('CCPA-2026-000001');
    expect(fs.readFileSync(path.join(dir, 'digest.txt'), 'utf8')).toMatch(/Overdue \([1-9]\d*\)/);
    expect(printed).toMatch(/digest\.html: Privacy requests digest/);
    const check = openDb(database);
    expect(await check('outbox').where({ kind: 'digest' }).count({ n: '*' })).toEqual([{ n: 0 }]);
    await check.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
