import { describe, expect, it } from 'vitest';
import { digestCron, dueDigestSlot, localInstant, parseDigestTime } from '../../../src/digest/digest-schedule.js';

const LA = 'America/Los_Angeles';
const EIGHT = parseDigestTime('08:00');

describe('digest schedule (issue 6 item 5: default 08:00 in the configured zone)', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(parseDigestTime('7:30')).toEqual({ hour: 7, minute: 30 });
    expect(digestCron(parseDigestTime('08:05'))).toBe('5 8 * * *');
    for (const bad of ['24:00', '8', '08:60', 'eight']) expect(() => parseDigestTime(bad)).toThrow(/HH:MM/);
  });

  it('finds the 08:00 local instant, in winter and in summer time', () => {
    expect(localInstant('2026-11-24', EIGHT, LA)).toEqual(new Date('2026-11-24T16:00:00Z'));
    expect(localInstant('2026-07-01', EIGHT, LA)).toEqual(new Date('2026-07-01T15:00:00Z'));
    // DST starts 2026-03-08 at 02:00 and ends 2026-11-01 at 02:00 in Los Angeles.
    expect(localInstant('2026-03-08', EIGHT, LA)).toEqual(new Date('2026-03-08T15:00:00Z'));
    expect(localInstant('2026-11-01', EIGHT, LA)).toEqual(new Date('2026-11-01T16:00:00Z'));
    expect(localInstant('2026-11-24', EIGHT, 'Europe/Berlin')).toEqual(new Date('2026-11-24T07:00:00Z'));
  });

  it("is today's slot from 08:00 on, and nothing before (so the first day never makes two digests with one date)", () => {
    expect(dueDigestSlot(new Date('2026-11-24T16:00:00Z'), EIGHT, LA)).toEqual({ slot: '2026-11-24', scheduledFor: new Date('2026-11-24T16:00:00Z') });
    expect(dueDigestSlot(new Date('2026-11-24T21:30:00Z'), EIGHT, LA)?.slot).toBe('2026-11-24');
    // 07:59:59 local: yesterday's slot would be a digest dated today, before today's own.
    expect(dueDigestSlot(new Date('2026-11-24T15:59:59Z'), EIGHT, LA)).toBeNull();
    // 02:00 UTC on the 25th is still the evening of the 24th in Los Angeles.
    expect(dueDigestSlot(new Date('2026-11-25T02:00:00Z'), EIGHT, LA)?.slot).toBe('2026-11-24');
  });
});
