import type { ChartBar } from './digest-types.js';

interface Bucket {
  label: string;
  /** Inclusive upper bound of days left; the last bucket has none. */
  upTo: number;
  color: string;
}

/** Buckets of days left: the legal 45 days, then the extended period (§1798.130(a)(2)). */
const BUCKETS: readonly Bucket[] = [
  { label: 'Overdue', upTo: -1, color: '#b00020' },
  { label: '0–7 days', upTo: 7, color: '#e65100' },
  { label: '8–14 days', upTo: 14, color: '#f9a825' },
  { label: '15–30 days', upTo: 30, color: '#2e7d32' },
  { label: '31–45 days', upTo: 45, color: '#1565c0' },
  { label: 'Over 45 days', upTo: Number.POSITIVE_INFINITY, color: '#6a1b9a' },
];

/** The longest bar is this wide, leaving room for its count beside it in a narrow phone column. */
const MAX_WIDTH_PCT = 80;

/**
 * Open requests counted by days left, as bars whose widths are percentages: the template draws
 * them as table cells with a background colour, which every common mail client renders without
 * images or external CSS. Pure.
 */
export function workloadChart(daysLeft: readonly number[]): ChartBar[] {
  const counts = BUCKETS.map(() => 0);
  for (const days of daysLeft) {
    const index = BUCKETS.findIndex((bucket) => days <= bucket.upTo);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  const max = Math.max(1, ...counts);
  return BUCKETS.map((bucket, i) => {
    const count = counts[i] ?? 0;
    return { label: bucket.label, count, widthPct: count === 0 ? 0 : Math.max(2, Math.round((count / max) * MAX_WIDTH_PCT)), color: bucket.color };
  });
}
