/**
 * Calendar dates in a configured IANA time zone. Legal clocks run on California calendar days
 * (ccpa-rules, Clocks): the receipt instant is UTC, but "day 45" is a date on a Los Angeles wall
 * calendar. Dates are plain `YYYY-MM-DD` strings so they compare with `<` and need no time zone.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: building an Intl.DateTimeFormat is the costly part. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** The wall-clock reading of `instant` in `timeZone`, as if that reading were UTC (ms). */
function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const get = (name: string): number => parts[name] ?? 0;
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** True when `timeZone` is an IANA zone this runtime knows (for config validation). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

function isoDateToUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** The calendar date of `instant` on the wall calendar of `timeZone`. */
export function toLocalDate(instant: Date, timeZone: string): IsoDate {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(isoDateToUtcMs(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of `date`: 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(isoDateToUtcMs(date)).getUTCDay();
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoDateToUtcMs(to) - isoDateToUtcMs(from)) / MS_PER_DAY);
}

/**
 * The instant the wall clock of `timeZone` shows `hour:minute` on `date`, as UTC. Found by
 * correcting a guess with the zone's offset twice, which settles even on DST change days (the
 * offset differs by at most one change); a time skipped by spring-forward lands an hour later,
 * as cron does.
 */
export function localWallTime(date: IsoDate, hour: number, minute: number, timeZone: string): Date {
  const wall = isoDateToUtcMs(date) + (hour * 60 + minute) * 60_000;
  let guess = wall;
  for (let i = 0; i < 2; i += 1) {
    guess = wall - (wallClockMs(new Date(guess), timeZone) - guess);
  }
  return new Date(guess);
}

/** The first instant of `date` in `timeZone`, as UTC. */
export function startOfLocalDay(date: IsoDate, timeZone: string): Date {
  return localWallTime(date, 0, 0, timeZone);
}

/**
 * The last millisecond of `date` in `timeZone`: a deadline "by <date>" is met by anything sent
 * before the next local midnight.
 */
export function endOfLocalDay(date: IsoDate, timeZone: string): Date {
  return new Date(startOfLocalDay(addCalendarDays(date, 1), timeZone).getTime() - 1);
}
