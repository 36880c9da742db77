/**
 * The breaks `npm run mutate` makes (scripts/mutations.ts) must still point at real code: when a
 * file moves or a line changes, this fails on the next test run instead of the mutation run
 * rotting silently (issue 12, must-show 6). The run itself is not part of the suite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../../scripts/mutations.js';

const count = (text: string, fragment: string): number => text.split(fragment).length - 1;

describe('the mutation list', () => {
  it('has unique ids and covers the four blind spots of issue 12', () => {
    const ids = MUTATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['limit-request-off-workflow', 'mail-to-undeliverable-address', 'feedback-report-unflagged', 'flag-mail-drops-reason']));
  });

  for (const m of MUTATIONS) {
    it(`${m.id}: its original text is in ${m.file} exactly once, and its tests exist`, () => {
      expect(existsSync(m.file), `${m.file} exists`).toBe(true);
      expect(count(readFileSync(m.file, 'utf8'), m.original), `occurrences of ${JSON.stringify(m.original)}`).toBe(1);
      expect(m.replacement).not.toBe(m.original);
      expect(m.tests.length).toBeGreaterThan(0);
      for (const test of m.tests) expect(existsSync(test), `${test} exists`).toBe(true);
    });
  }
});
