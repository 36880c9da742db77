import { addCalendarDays, dayOfWeek } from './local-date.js';
import type { IsoDate } from './local-date.js';

/**
 * True when `date` is a business day: not a Saturday or Sunday and not in `holidays`
 * (ccpa-rules, Clocks: "skip Saturdays and Sundays; holidays are a configurable list").
 */
export function isBusinessDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/**
 * The date `count` business days after `start`. The start day itself is never counted (a request
 * received on Monday has its first business day on Tuesday, as in "within 10 business days of
 * receipt", §7021(a)); a start on a weekend or holiday simply counts from the next business day.
 */
export function addBusinessDays(start: IsoDate, count: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`business days must be a whole number >= 0: ${count}`);
  let date = start;
  let left = count;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isBusinessDay(date, holidays)) left -= 1;
  }
  return date;
}
