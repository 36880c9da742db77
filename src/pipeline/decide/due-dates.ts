import { addBusinessDays } from '../../shared/add-business-days.js';
import { addCalendarDays, isIsoDate, toLocalDate } from '../../shared/local-date.js';
import type { IsoDate } from '../../shared/local-date.js';
import type { RequestType } from '../types.js';

/** Every legal clock, as data. Defaults come from the law, never from the privacy notice. */
export interface ClockConfig {
  /** IANA zone whose calendar the clocks use (ccpa-rules, Clocks: America/Los_Angeles). */
  timeZone: string;
  /** Dates that are not business days besides weekends, `YYYY-MM-DD`. */
  holidays: readonly IsoDate[];
  /** Confirm receipt within this many business days (§7021(a): 10). */
  confirmBusinessDays: number;
  /** Substantive response within this many calendar days (§1798.130(a)(2), §7021(b): 45). */
  responseCalendarDays: number;
  /** One extension of at most this many more calendar days, with notice (§1798.130(a)(2): 45). */
  extensionCalendarDays: number;
  /** Opt-out of sale/sharing and limit of sensitive PI: business days (§7026(f), §7027: 15). */
  optOutBusinessDays: number;
}

/**
 * The statutory defaults. The privacy notice says "within 90 days"; that is 45 + an extension
 * with notice, never the default response deadline (ccpa-rules, Clocks).
 */
export const DEFAULT_CLOCK_CONFIG: Readonly<ClockConfig> = Object.freeze({
  timeZone: 'America/Los_Angeles',
  holidays: Object.freeze([]) as readonly IsoDate[],
  confirmBusinessDays: 10,
  responseCalendarDays: 45,
  extensionCalendarDays: 45,
  optOutBusinessDays: 15,
});

/** The dates that apply to one request; each is the last local day on which the step is on time. */
export interface DueDates {
  /** Local calendar date of receipt (day 0). */
  receivedOn: IsoDate;
  /** Confirm receipt by; null for opt-out/limit, which get no separate confirmation (§7021). */
  confirmBy: IsoDate | null;
  /** Substantive response by. */
  respondBy: IsoDate;
  /** Response by, if the one extension is used; null when the type allows none. */
  extendedRespondBy: IsoDate | null;
}

/** Request types answered on the 15-business-day clock with no verification (§7026(f), §7027). */
export function isOptOutLike(type: RequestType): boolean {
  return type === 'opt_out' || type === 'limit_sensitive';
}

/**
 * The due dates of a request received at `receivedAt` (the mailbox's receipt instant, UTC; never
 * the sender's Date: header). Calendar days count from the local date of receipt: received on
 * January 1 with 45 days means due February 15.
 */
export function dueDates(receivedAt: Date, type: RequestType, cfg: ClockConfig = DEFAULT_CLOCK_CONFIG): DueDates {
  for (const day of cfg.holidays) {
    if (!isIsoDate(day)) throw new RangeError(`holiday is not a YYYY-MM-DD date: ${day}`);
  }
  const holidays = new Set(cfg.holidays);
  const receivedOn = toLocalDate(receivedAt, cfg.timeZone);
  if (isOptOutLike(type)) {
    return {
      receivedOn,
      confirmBy: null,
      respondBy: addBusinessDays(receivedOn, cfg.optOutBusinessDays, holidays),
      extendedRespondBy: null,
    };
  }
  const respondBy = addCalendarDays(receivedOn, cfg.responseCalendarDays);
  return {
    receivedOn,
    confirmBy: addBusinessDays(receivedOn, cfg.confirmBusinessDays, holidays),
    respondBy,
    extendedRespondBy: addCalendarDays(respondBy, cfg.extensionCalendarDays),
  };
}
