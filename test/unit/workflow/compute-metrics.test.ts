/** The §7102 metrics, pure (ccpa-rules, Records and metrics). */
import { describe, expect, it } from 'vitest';
import { computeMetrics, metricsCsv, type MetricsRow } from '../../../src/workflow/compute-metrics.js';

const row = (type: string, status: string, received: string, responded: string | null, denialReason: string | null = null): MetricsRow => ({
  type, status, denialReason, receivedAt: new Date(received), respondedAt: responded ? new Date(responded) : null,
});

const ROWS: MetricsRow[] = [
  row('deletion', 'completed', '2026-02-02T18:00:00Z', '2026-02-12T18:00:00Z'),
  row('deletion', 'completed', '2026-03-02T18:00:00Z', '2026-03-22T18:00:00Z'),
  row('deletion', 'denied', '2026-04-01T18:00:00Z', '2026-05-16T18:00:00Z', 'unverifiable'),
  row('deletion', 'awaiting_verification', '2026-11-23T18:00:00Z', null),
  row('access', 'denied', '2026-06-01T18:00:00Z', '2026-06-01T19:00:00Z', 'too_many_requests'),
  row('access', 'withdrawn', '2026-06-03T18:00:00Z', '2026-06-04T18:00:00Z', 'withdrawn'),
  // Received 2025-12-31 at 23:30 in Los Angeles (07:30 UTC on 2026-01-01): counts for 2025.
  row('deletion', 'completed', '2026-01-01T07:30:00Z', '2026-01-05T18:00:00Z'),
  row('question', 'needs_staff', '2026-05-01T18:00:00Z', null),
  // Staff corrected the reading: the message never asked this (issue 16), so it was never received.
  row('deletion', 'misread', '2026-05-02T18:00:00Z', null),
];

describe('computeMetrics', () => {
  const metrics = computeMetrics(ROWS, 2026, 'America/Los_Angeles');
  const of = (type: string) => metrics.find((m) => m.type === type);

  it('counts per type by the local date of receipt, and leaves out what is not a CCPA request', () => {
    expect(metrics.map((m) => m.type)).toEqual(['access', 'portability', 'deletion', 'correction', 'opt_out', 'limit_sensitive']);
    expect(of('deletion')).toMatchObject({ received: 4, compliedInWholeOrPart: 2, denied: 1, deniedByReason: { unverifiable: 1 }, open: 1 });
  });

  it('gives the median and mean calendar days to a substantive response (completions and denials)', () => {
    // 10, 20 and 45 days.
    expect(of('deletion')).toMatchObject({ medianDaysToRespond: 20, meanDaysToRespond: 25 });
  });

  it('keeps withdrawals apart from denials', () => {
    expect(of('access')).toMatchObject({ received: 2, denied: 1, withdrawn: 1, deniedByReason: { too_many_requests: 1 }, medianDaysToRespond: 0 });
  });

  it('writes CSV with one row per type', () => {
    const csv = metricsCsv(metrics, 2026).split('\r\n');
    expect(csv[0]).toMatch(/^year,type,received,/);
    expect(csv).toContain('2026,deletion,4,2,1,"unverifiable:1",0,1,20,25');
    expect(csv).toContain('2026,portability,0,0,0,"",0,0,,');
  });
});
