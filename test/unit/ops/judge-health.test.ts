import { describe, expect, it } from 'vitest';
import { judgeHealth, type HealthInput } from '../../../src/ops/judge-health.js';

const now = new Date('2026-12-06T12:00:00Z');
const healthy: HealthInput = { now, lastReadAt: new Date(now.getTime() - 30_000), standingBy: false, maxReadAgeMs: 180_000, database: { ok: true, outboxOverdue: 0 } };

describe('judgeHealth (issue 17 must-show 1: /healthz)', () => {
  it('is healthy when the mailbox was read lately, the database answers and no mail is overdue', () => {
    const report = judgeHealth(healthy);
    expect(report.ok).toBe(true);
    expect(report.checks.mailbox).toEqual({ ok: true, detail: 'read 30 s ago' });
  });

  it('fails the mailbox check once the last read is older than the allowed age, and before any read', () => {
    const stale = judgeHealth({ ...healthy, lastReadAt: new Date(now.getTime() - 180_001) });
    expect(stale.ok).toBe(false);
    expect(stale.checks.mailbox.ok).toBe(false);
    expect(stale.checks.database.ok).toBe(true);
    expect(judgeHealth({ ...healthy, lastReadAt: new Date(now.getTime() - 180_000) }).ok).toBe(true);
    expect(judgeHealth({ ...healthy, lastReadAt: null }).checks.mailbox).toEqual({ ok: false, detail: 'not read since start' });
  });

  it('does not expect a standby instance to read the mailbox (README, Several instances)', () => {
    expect(judgeHealth({ ...healthy, lastReadAt: null, standingBy: true }).ok).toBe(true);
  });

  it('fails the outbox check when mail is overdue, and says where to look', () => {
    const report = judgeHealth({ ...healthy, database: { ok: true, outboxOverdue: 2 } });
    expect(report.ok).toBe(false);
    expect(report.checks.outbox.detail).toMatch(/^2 outgoing message\(s\) overdue: see `ccpa-mailbot status`/);
    expect(report.checks.mailbox.ok).toBe(true);
  });

  it('fails the database and outbox checks when the database does not answer, naming the code', () => {
    const report = judgeHealth({ ...healthy, database: { ok: false, code: 'SQLITE_CANTOPEN' } });
    expect(report.ok).toBe(false);
    expect(report.checks.database).toEqual({ ok: false, detail: 'did not answer (SQLITE_CANTOPEN)' });
    expect(report.checks.outbox.ok).toBe(false);
  });
});
