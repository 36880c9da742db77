/**
 * The time as the bot sees it. ONE clock is made in the composition root and handed to every
 * part that needs "now" (inbound handling, the outbox sender, the sweeps, retention, the digest,
 * flag mail, the CLI), so a test can run all of them on a fixed or moved clock. Dates read from
 * data (a message's INTERNALDATE, a stored timestamp) are not "now" and do not go through it.
 */
export type Clock = () => Date;

/** The wall clock: what the daemon and the CLI run on. */
export const systemClock: Clock = () => new Date();

/** A clock standing still at `at` (tests, a dry run that must not move). */
export function fixedClock(at: Date): Clock {
  return () => new Date(at.getTime());
}
