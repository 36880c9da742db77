/**
 * The legal clocks in one import: business-day arithmetic in a configured time zone and the due
 * dates of a request (§7021, §1798.130(a)(2), §7026(f), §7027).
 */
export { addBusinessDays, isBusinessDay } from '../../shared/add-business-days.js';
export { DEFAULT_CLOCK_CONFIG, dueDates, isOptOutLike } from './due-dates.js';
export type { ClockConfig, DueDates } from './due-dates.js';
export {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  endOfLocalDay,
  isIsoDate,
  isValidTimeZone,
  startOfLocalDay,
  toLocalDate,
} from '../../shared/local-date.js';
export type { IsoDate } from '../../shared/local-date.js';
