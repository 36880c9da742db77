import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR } from '../../../test/eval/evaluate.js';
import { missesOf, readRealTexts } from '../../../test/eval/score-real-texts.js';

// The request letters written by others whose licences allow a copy (test/eval/real, issue 16
// item 4): GDPR access and erasure letters (EN, ES), objections to direct marketing, reminders.
// Each was scored once before any change made for it (test/eval/real/README.md); since then they
// are in-sample, and this only keeps what was fixed from coming undone.
describe('request letters written by others (test/eval/real)', () => {
  it('are read as labeled: category, exact type set, requester', async () => {
    const results = await readRealTexts(join(EVAL_DIR, 'real'));
    expect(results.length).toBeGreaterThanOrEqual(8);
    expect(results.filter((r) => missesOf(r).length > 0).map((r) => `${r.id}: ${missesOf(r).join('; ')}`)).toEqual([]);
  });
});
