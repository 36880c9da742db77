import { describe, expect, it } from 'vitest';
import { longestGapMs } from '../../../src/jobs/poll-interval.js';

describe('longestGapMs: a poll interval for /healthz (issue 17 must-show 1)', () => {
  it('reads plain schedules, with or without seconds', () => {
    expect(longestGapMs('*/1 * * * *', 'America/Los_Angeles')).toBe(60_000);
    expect(longestGapMs('*/2 * * * * *', 'America/Los_Angeles')).toBe(2_000);
    expect(longestGapMs('*/15 * * * *', 'America/Los_Angeles')).toBe(900_000);
  });

  it('takes the longest gap of an irregular schedule', () => {
    // Minutes 0 and 10 of each hour: gaps of 10 and 50 minutes.
    expect(longestGapMs('0,10 * * * *', 'America/Los_Angeles')).toBe(50 * 60_000);
  });
});
