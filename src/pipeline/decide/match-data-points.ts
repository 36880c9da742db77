import { normalizeDataPoint } from './normalize-data-point.js';
import type { DataPoint, DataPointKind, Language } from '../types.js';

/** What the business already holds about one person (its directory), by kind. */
export type DirectoryRecord = Partial<Record<DataPointKind, string>>;

export type DataPointOutcome = 'match' | 'mismatch' | 'not_on_file' | 'unreadable' | 'excluded';

export interface DataPointMatch {
  kind: DataPointKind;
  outcome: DataPointOutcome;
}

export interface MatchResult {
  /** Per volunteered kind (several values of one kind are one entry: any match wins). */
  details: DataPointMatch[];
  /** Distinct kinds that matched: the number compared with §7062's 2 or 3. */
  matched: DataPointKind[];
  /** Kinds the consumer stated differently from the record: a fraud signal for staff. */
  mismatched: DataPointKind[];
}

export interface MatchOptions {
  /** Language of the message, to read ambiguous numeric dates. */
  lang: Language;
  /** Kinds that may not count, e.g. the data a correction request wants changed (§7060(h)). */
  exclude?: readonly DataPointKind[];
}

const RANK: Record<DataPointOutcome, number> = { match: 4, mismatch: 3, unreadable: 2, not_on_file: 1, excluded: 0 };

function judge(point: DataPoint, record: DirectoryRecord, opts: MatchOptions): DataPointOutcome {
  if (opts.exclude?.includes(point.kind) === true) return 'excluded';
  const onFile = record[point.kind];
  if (onFile === undefined || onFile.trim() === '') return 'not_on_file';
  const given = normalizeDataPoint(point.kind, point.value, opts.lang);
  if (given === null) return 'unreadable';
  // The record is ours and written in US form whatever the consumer's language.
  return normalizeDataPoint(point.kind, onFile, 'en') === given ? 'match' : 'mismatch';
}

/**
 * Compare the data points a consumer volunteered with the business's record (§7060(c)(1):
 * prefer matching data the business already holds). Pure; no fuzzy scoring, so a match is
 * explainable to staff.
 */
export function matchDataPoints(volunteered: readonly DataPoint[], record: DirectoryRecord, opts: MatchOptions): MatchResult {
  const best = new Map<DataPointKind, DataPointOutcome>();
  for (const point of volunteered) {
    const outcome = judge(point, record, opts);
    const prior = best.get(point.kind);
    if (prior === undefined || RANK[outcome] > RANK[prior]) best.set(point.kind, outcome);
  }
  const details = [...best].map(([kind, outcome]) => ({ kind, outcome }));
  return {
    details,
    matched: details.filter((d) => d.outcome === 'match').map((d) => d.kind),
    mismatched: details.filter((d) => d.outcome === 'mismatch').map((d) => d.kind),
  };
}
