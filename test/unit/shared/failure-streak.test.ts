import { describe, expect, it } from 'vitest';
import { FailureStreak } from '../../../src/shared/backoff.js';
import { LogThrottle } from '../../../src/shared/log-throttle.js';

describe('FailureStreak', () => {
  it('doubles the wait on each failure up to the cap, and only succeed() or quiet ends the streak', () => {
    let now = 0;
    const streak = new FailureStreak({ baseMs: 1000, maxMs: 8000, quietMs: 30_000, now: () => now, random: () => 1 });
    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { delayMs } = streak.fail();
      waits.push(delayMs);
      now += delayMs + 50; // a connect that works, then a pass that fails at once
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(streak.attempts).toBe(6);
    now += 30_000; // quiet since the last wait ended
    expect(streak.fail()).toEqual({ attempt: 1, delayMs: 1000 });
    expect(streak.succeed()).toBe(1);
    expect(streak.fail().attempt).toBe(1);
  });

  it('jitters between half and all of the ceiling', () => {
    const low = new FailureStreak({ baseMs: 1000, random: () => 0 });
    expect(low.fail().delayMs).toBe(500);
  });
});

describe('LogThrottle', () => {
  it('logs a kind once per interval and counts the repeats in the next line', () => {
    let now = 0;
    const throttle = new LogThrottle(60_000, () => now);
    expect(throttle.admit('a')).toEqual({ repeated: 0 });
    now = 1000;
    expect(throttle.admit('a')).toBeNull();
    expect(throttle.admit('b')).toEqual({ repeated: 0 });
    now = 2000;
    expect(throttle.admit('a')).toBeNull();
    now = 61_000;
    expect(throttle.admit('a')).toEqual({ repeated: 2 });
    throttle.clear();
    expect(throttle.admit('a')).toEqual({ repeated: 0 });
  });
});
