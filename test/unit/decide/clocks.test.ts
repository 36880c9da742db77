import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CLOCK_CONFIG,
  addBusinessDays,
  calendarDaysBetween,
  dueDates,
  endOfLocalDay,
  isBusinessDay,
  isIsoDate,
  isValidTimeZone,
  startOfLocalDay,
  toLocalDate,
} from '../../../src/pipeline/decide/clocks.js';
import type { ClockConfig } from '../../../src/pipeline/decide/clocks.js';

const LA = 'America/Los_Angeles';
const at = (iso: string): Date => new Date(iso);
const withHolidays = (holidays: string[]): ClockConfig => ({ ...DEFAULT_CLOCK_CONFIG, holidays });

describe('toLocalDate: receipt instant (UTC) to a California calendar date (ccpa-rules, Clocks)', () => {
  it('keeps a late-evening Pacific receipt on the Pacific date, not the UTC date', () => {
    // 05:30 UTC on Jan 6 is 21:30 PST on Jan 5.
    expect(toLocalDate(at('2026-01-06T05:30:00Z'), LA)).toBe('2026-01-05');
    expect(toLocalDate(at('2026-01-06T08:00:00Z'), LA)).toBe('2026-01-06');
  });

  it('moves the day boundary with DST in March (UTC-8 before, UTC-7 after)', () => {
    expect(toLocalDate(at('2026-03-08T07:59:59Z'), LA)).toBe('2026-03-07');
    expect(toLocalDate(at('2026-03-08T08:00:00Z'), LA)).toBe('2026-03-08');
    expect(toLocalDate(at('2026-03-09T06:59:59Z'), LA)).toBe('2026-03-08');
    expect(toLocalDate(at('2026-03-09T07:00:00Z'), LA)).toBe('2026-03-09');
  });

  it('moves the day boundary back in November (UTC-7 before, UTC-8 after)', () => {
    expect(toLocalDate(at('2026-11-01T06:59:59Z'), LA)).toBe('2026-10-31');
    expect(toLocalDate(at('2026-11-02T07:30:00Z'), LA)).toBe('2026-11-01');
    expect(toLocalDate(at('2026-11-02T08:00:00Z'), LA)).toBe('2026-11-02');
  });

  it('puts a New Year UTC receipt in the old year in California', () => {
    expect(toLocalDate(at('2027-01-01T05:00:00Z'), LA)).toBe('2026-12-31');
  });
});

describe('startOfLocalDay / endOfLocalDay: deadline instants', () => {
  it('gives 24-hour days outside DST changes', () => {
    expect(startOfLocalDay('2026-01-05', LA).toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(endOfLocalDay('2026-01-05', LA).toISOString()).toBe('2026-01-06T07:59:59.999Z');
  });

  it('gives a 23-hour day on the March change and a 25-hour day on the November change', () => {
    expect(startOfLocalDay('2026-03-08', LA).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(endOfLocalDay('2026-03-08', LA).toISOString()).toBe('2026-03-09T06:59:59.999Z');
    expect(startOfLocalDay('2026-11-01', LA).toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(endOfLocalDay('2026-11-01', LA).toISOString()).toBe('2026-11-02T07:59:59.999Z');
  });

  it('works in another configured zone', () => {
    expect(endOfLocalDay('2026-07-04', 'America/New_York').toISOString()).toBe('2026-07-05T03:59:59.999Z');
  });
});

describe('business days (ccpa-rules, Clocks: skip weekends and configured holidays)', () => {
  it('skips Saturdays, Sundays and listed holidays', () => {
    const holidays = new Set(['2026-01-19']);
    expect(isBusinessDay('2026-01-09', holidays)).toBe(true); // Friday
    expect(isBusinessDay('2026-01-10', holidays)).toBe(false); // Saturday
    expect(isBusinessDay('2026-01-11', holidays)).toBe(false); // Sunday
    expect(isBusinessDay('2026-01-19', holidays)).toBe(false); // listed holiday (a Monday)
  });

  it('never counts the start day, and counts from Monday after a weekend start', () => {
    const none = new Set<string>();
    expect(addBusinessDays('2026-01-09', 1, none)).toBe('2026-01-12'); // Fri -> Mon
    expect(addBusinessDays('2026-01-10', 1, none)).toBe('2026-01-12'); // Sat -> Mon
    expect(addBusinessDays('2026-01-05', 0, none)).toBe('2026-01-05');
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addBusinessDays('2026-01-05', -1, new Set())).toThrow(RangeError);
    expect(() => addBusinessDays('2026-01-05', 1.5, new Set())).toThrow(RangeError);
  });
});

describe('dueDates for know/delete/correct (§7021, §1798.130(a)(2))', () => {
  it('confirms within 10 business days and responds within 45 calendar days, extension +45', () => {
    // Monday 2026-01-05 10:00 PST.
    expect(dueDates(at('2026-01-05T18:00:00Z'), 'access')).toEqual({
      receivedOn: '2026-01-05',
      confirmBy: '2026-01-19',
      respondBy: '2026-02-19',
      extendedRespondBy: '2026-04-05',
    });
  });

  it('pushes the confirmation past a holiday but leaves the calendar-day clock alone', () => {
    const due = dueDates(at('2026-01-05T18:00:00Z'), 'deletion', withHolidays(['2026-01-19']));
    expect(due.confirmBy).toBe('2026-01-20');
    expect(due.respondBy).toBe('2026-02-19');
  });

  it('counts a Friday and a Saturday receipt to the same confirmation date', () => {
    expect(dueDates(at('2026-01-09T20:00:00Z'), 'correction').confirmBy).toBe('2026-01-23');
    expect(dueDates(at('2026-01-10T20:00:00Z'), 'correction').confirmBy).toBe('2026-01-23');
  });

  it('counts across the year end with Christmas and New Year holidays', () => {
    const cfg = withHolidays(['2026-12-25', '2027-01-01']);
    expect(dueDates(at('2026-12-23T20:00:00Z'), 'portability', cfg)).toEqual({
      receivedOn: '2026-12-23',
      confirmBy: '2027-01-08',
      respondBy: '2027-02-06',
      extendedRespondBy: '2027-03-23',
    });
  });

  it('dates a New Year UTC receipt from December 31 in California', () => {
    expect(dueDates(at('2027-01-01T05:00:00Z'), 'access').respondBy).toBe('2027-02-14');
  });

  it('starts the clock on the local date on a DST change night', () => {
    // 2026-03-08T09:30Z is 01:30 PST, just before clocks spring forward.
    expect(dueDates(at('2026-03-08T09:30:00Z'), 'access').respondBy).toBe('2026-04-22');
    expect(calendarDaysBetween('2026-03-08', '2026-04-22')).toBe(45);
  });

  it('handles February 29 in a leap year', () => {
    expect(dueDates(at('2028-01-15T20:00:00Z'), 'access').respondBy).toBe('2028-02-29');
  });

  it('defaults to the law (45 days), never the notice\'s 90 days', () => {
    const due = dueDates(at('2026-01-05T18:00:00Z'), 'access');
    expect(calendarDaysBetween(due.receivedOn, due.respondBy)).toBe(45);
    expect(DEFAULT_CLOCK_CONFIG.responseCalendarDays).toBe(45);
  });

  it('follows configured values', () => {
    const cfg: ClockConfig = { ...DEFAULT_CLOCK_CONFIG, responseCalendarDays: 30, extensionCalendarDays: 15, confirmBusinessDays: 5 };
    expect(dueDates(at('2026-01-05T18:00:00Z'), 'access', cfg)).toEqual({
      receivedOn: '2026-01-05',
      confirmBy: '2026-01-12',
      respondBy: '2026-02-04',
      extendedRespondBy: '2026-02-19',
    });
  });

  it('rejects a holiday that is not a calendar date', () => {
    expect(() => dueDates(at('2026-01-05T18:00:00Z'), 'access', withHolidays(['2026-02-30']))).toThrow(RangeError);
  });
});

describe('dueDates for opt-out and limit (§7026(f), §7027: 15 business days)', () => {
  it('gives 15 business days, no confirmation step and no extension', () => {
    for (const type of ['opt_out', 'limit_sensitive'] as const) {
      expect(dueDates(at('2026-01-05T18:00:00Z'), type)).toEqual({
        receivedOn: '2026-01-05',
        confirmBy: null,
        respondBy: '2026-01-26',
        extendedRespondBy: null,
      });
    }
  });

  it('skips Thanksgiving and the day after', () => {
    // Wednesday 2026-11-25; holidays Thu 26 and Fri 27; then Nov 30 .. Dec 18 is 15 weekdays.
    const cfg = withHolidays(['2026-11-26', '2026-11-27']);
    expect(dueDates(at('2026-11-25T20:00:00Z'), 'opt_out', cfg).respondBy).toBe('2026-12-18');
  });
});

describe('config helpers', () => {
  it('validates zones and dates', () => {
    expect(isValidTimeZone('America/Los_Angeles')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
  });
});
