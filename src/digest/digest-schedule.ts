import { addCalendarDays, toLocalDate, type IsoDate } from '../pipeline/decide/local-date.js';

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
 * The latest digest slot at or before `now`: today's when the digest time has passed in the
 * zone, else yesterday's. A daemon that starts at 09:30 after being down at 08:00 finds today's
 * slot unsent and catches up; one that restarts at 08:05 finds it sent and does nothing.
 */
export function dueDigestSlot(now: Date, time: DigestTime, timeZone: string): DigestSlot {
  const today = toLocalDate(now, timeZone);
  const todays = localInstant(today, time, timeZone);
  if (todays.getTime() <= now.getTime()) return { slot: today, scheduledFor: todays };
  const yesterday = addCalendarDays(today, -1);
  return { slot: yesterday, scheduledFor: localInstant(yesterday, time, timeZone) };
}

/**
 * The instant the wall clock of `timeZone` shows `time` on `date`. Corrected twice by the zone's
 * offset so DST change days come out right; a time that does not exist (skipped by spring
 * forward) lands an hour later, as cron does.
 */
export function localInstant(date: IsoDate, time: DigestTime, timeZone: string): Date {
  const wall = Date.parse(`${date}T${pad(time.hour)}:${pad(time.minute)}:00Z`);
  let guess = wall;
  for (let i = 0; i < 2; i += 1) guess = wall - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** How far the zone's wall clock is ahead of UTC at `instant`. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
