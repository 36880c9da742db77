import { isIsoDate, type IsoDate } from '../../shared/local-date.js';

/** Access and portability requests a consumer may have answered with the information per 12 months (§1798.130(b)). */
export const ACCESS_LIMIT = 2;

/** The same calendar day `years` years away; February 29 becomes March 1 in a year without one. */
export function addCalendarYears(date: IsoDate, years: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  return shifted.toISOString().slice(0, 10);
}

export type AccessLimit = { reached: false } | { reached: true; newRequestFrom: IsoDate };

/**
 * Whether a request received on `receivedOn` exceeds the limit (§1798.130(b)): the business need
 * not *provide the information* more than twice in 12 months, so only earlier access and
 * portability requests answered with it (in whole or in part) count, on the local date they were
 * answered; a withdrawn, denied or still open request provided nothing and never counts. When the
 * limit is reached, `newRequestFrom` is the first day on which a new request would be answered:
 * 12 months after the older of the two latest answers, when it leaves the window.
 */
export function checkAccessLimit(providedOn: readonly IsoDate[], receivedOn: IsoDate): AccessLimit {
  const windowStart = addCalendarYears(receivedOn, -1);
  const counted = providedOn.filter((d) => d > windowStart && d <= receivedOn).sort().reverse();
  const oldestThatBinds = counted[ACCESS_LIMIT - 1];
  if (oldestThatBinds === undefined) return { reached: false };
  return { reached: true, newRequestFrom: addCalendarYears(oldestThatBinds, 1) };
}
