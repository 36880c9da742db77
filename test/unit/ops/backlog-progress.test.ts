import { describe, expect, it } from 'vitest';
import { BacklogProgress } from '../../../src/ops/backlog-progress.js';

function progress() {
  let t = 0;
  const p = new BacklogProgress(5_000, () => t);
  return { p, at: (ms: number) => (t = ms) };
}

describe('BacklogProgress (issue 17 must-show 5)', () => {
  it('says nothing about a backlog digested within the first interval', () => {
    const { p, at } = progress();
    p.found(100);
    at(1_000);
    expect(p.advance(50)).toBeNull();
    at(4_000);
    expect(p.advance(50)).toBeNull();
  });

  it('logs handled, remaining, rate and time left every interval, then once when done', () => {
    const { p, at } = progress();
    p.found(1_000);
    at(2_000);
    expect(p.advance(100)).toBeNull();
    at(5_000);
    expect(p.advance(150)).toEqual({ event: 'backlog_progress', handled: 250, remaining: 750, perSecond: 50, secondsLeft: 15 });
    at(6_000);
    expect(p.advance(50)).toBeNull();
    at(10_000);
    expect(p.advance(200)).toEqual({ event: 'backlog_progress', handled: 500, remaining: 500, perSecond: 50, secondsLeft: 10 });
    at(12_000);
    expect(p.advance(500)).toEqual({ event: 'backlog_done', handled: 1_000, remaining: 0, perSecond: 83.3, secondsLeft: 0 });
    expect(p.advance(10)).toBeNull();
  });

  it('keeps counting when a pass that failed half-way is followed by one that finds the rest', () => {
    const { p, at } = progress();
    p.found(400);
    at(5_000);
    expect(p.advance(100)?.remaining).toBe(300);
    p.found(310);
    at(10_000);
    expect(p.advance(10)).toMatchObject({ handled: 110, remaining: 300 });
  });
});
