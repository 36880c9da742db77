import { localWallTime, toLocalDate, type IsoDate } from '../shared/local-date.js';

/** The daily digest time, local to the configured zone: `HH:MM`, 24-hour. */
export interface DigestTime {
  hour: number;
  minute: number;
}

export const DEFAULT_DIGEST_TIME = '08:00';

/** Reads `HH:MM`; throws with a message an operator can act on. */
export function parseDigestTime(value: string): DigestTime {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) throw new Error(`digest time must be HH:MM on a 24-hour clock, e.g. 08:00 (got "${value}")`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The node-cron expression for the digest, run in the configured zone: `M H * * *`. */
export function digestCron(time: DigestTime): string {
  return `${time.minute} ${time.hour} * * *`;
}

export interface DigestSlot {
  /** The local date the digest belongs to: one digest per date. */
  slot: IsoDate;
  scheduledFor: Date;
}

/**
 * Today's digest slot once the digest time has passed in the zone, else null. A daemon that
 * starts at 09:30 after being down at 08:00 finds today's slot unsent and catches up; one that
 * restarts at 08:05 finds it sent and does nothing. Before 08:00 nothing is due: yesterday's
 * slot is not caught up, because its digest would carry today's date and so would today's at
 * 08:00, two digests for one day (issue 14 item 9); today's covers all since the last one.
 */
export function dueDigestSlot(now: Date, time: DigestTime, timeZone: string): DigestSlot | null {
  const today = toLocalDate(now, timeZone);
  const todays = localInstant(today, time, timeZone);
  return todays.getTime() <= now.getTime() ? { slot: today, scheduledFor: todays } : null;
}

/** The instant the wall clock of `timeZone` shows `time` on `date` (see localWallTime). */
export function localInstant(date: IsoDate, time: DigestTime, timeZone: string): Date {
  return localWallTime(date, time.hour, time.minute, timeZone);
}
