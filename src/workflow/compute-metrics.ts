import { calendarDaysBetween, toLocalDate } from '../pipeline/decide/clocks.js';
import { DENIAL_REASONS, type DenialReason } from '../pipeline/decide/denial-reasons.js';
import { REQUEST_TYPES, type RequestType } from '../shared/request-types.js';

export interface MetricsRow {
  type: string;
  status: string;
  denialReason: string | null;
  receivedAt: Date;
  respondedAt: Date | null;
}

export interface TypeMetrics {
  type: RequestType;
  received: number;
  compliedInWholeOrPart: number;
  denied: number;
  deniedByReason: Partial<Record<DenialReason, number>>;
  withdrawn: number;
  open: number;
  /** Calendar days from receipt to the substantive response (completion or denial); null when none. */
  medianDaysToRespond: number | null;
  meanDaysToRespond: number | null;
}

/** Every right is reported (§7102(a)), in the canonical order, whether or not it was asked this year. */
export const METRIC_TYPES: readonly RequestType[] = REQUEST_TYPES;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

/**
 * The §7102 metrics of one calendar year (by local date of receipt): per type, received, complied
 * with in whole or in part, denied (by reason), and median and mean days to a substantive
 * response. Pure, so the numbers can be checked by hand.
 */
export function computeMetrics(rows: readonly MetricsRow[], year: number, timeZone: string): TypeMetrics[] {
  return METRIC_TYPES.map((type) => {
    // Not counted as received: a record staff closed as misread was never a request (issue 16); a
    // duplicate merged into another request is one request, counted once, as the original (issue 14 item 4).
    const ofType = rows.filter((r) => r.type === type && r.status !== 'misread' && r.status !== 'merged' && toLocalDate(r.receivedAt, timeZone).startsWith(`${year}-`));
    const denied = ofType.filter((r) => r.status === 'denied');
    const deniedByReason: Partial<Record<DenialReason, number>> = {};
    for (const reason of DENIAL_REASONS) {
      const n = denied.filter((r) => r.denialReason === reason).length;
      if (n > 0) deniedByReason[reason] = n;
    }
    const days = ofType
      .filter((r) => (r.status === 'completed' || r.status === 'denied') && r.respondedAt !== null)
      .map((r) => calendarDaysBetween(toLocalDate(r.receivedAt, timeZone), toLocalDate(r.respondedAt!, timeZone)));
    return {
      type,
      received: ofType.length,
      compliedInWholeOrPart: ofType.filter((r) => r.status === 'completed').length,
      denied: denied.length,
      deniedByReason,
      withdrawn: ofType.filter((r) => r.status === 'withdrawn').length,
      open: ofType.filter((r) => !['completed', 'denied', 'withdrawn'].includes(r.status)).length,
      medianDaysToRespond: median(days),
      meanDaysToRespond: mean(days),
    };
  });
}

/** The metrics as CSV (RFC 4180), one row per type; denial reasons as `reason:count` pairs. */
export function metricsCsv(metrics: readonly TypeMetrics[], year: number): string {
  const header = 'year,type,received,complied_in_whole_or_part,denied,denied_by_reason,withdrawn,open,median_days_to_respond,mean_days_to_respond';
  const lines = metrics.map((m) =>
    [
      year,
      m.type,
      m.received,
      m.compliedInWholeOrPart,
      m.denied,
      `"${Object.entries(m.deniedByReason).map(([k, v]) => `${k}:${v}`).join(';')}"`,
      m.withdrawn,
      m.open,
      m.medianDaysToRespond ?? '',
      m.meanDaysToRespond ?? '',
    ].join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
