import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR } from '../../../test/eval/evaluate.js';
import { parseSource } from '../../../test/eval/build-eval-set.js';
import { missesOf, readRealTexts, realReliability } from '../../../test/eval/score-real-texts.js';

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

describe('the reliability table of score-real-texts --reliability', () => {
  it('buckets read texts by stated confidence, counts the right ones, and leaves screened mail out of the buckets', async () => {
    const results = await readRealTexts(join(EVAL_DIR, 'real'));
    const base = results[0]!;
    const wrong = { ...base, id: 'wrong', got: { ...base.got, confidence: 0.96, category: 'question' as const, needsReview: false } };
    const right = { ...base, id: 'right', got: { ...base.got, confidence: 0.97, needsReview: false } };
    const screened = { ...base, id: 'screened', got: { ...base.got, confidence: 0.95, category: 'bounce' as const, reasons: ['screen bounce (x) -> bounce: never read as a request'] } };
    const lines = realReliability([wrong, right, screened]);
    expect(lines).toContain('  0.95-0.98     2  stated 0.965  right 0.500 (1)');
    expect(lines.at(-1)).toBe('answered with no staff review: 2 of 3, right 1 (50.0%); flagged to staff 0; never answered (machine mail, junk) 1');
  });
});

describe('the labeled-text format (build-eval-set.ts parseSource)', () => {
  it('reads "limit", the right\'s short name in the issue and in collected labels, as limit_sensitive', () => {
    const [text] = parseSource('### id=x-1 cat=privacy_request types=opt_out,limit req=self lang=en\nfrom: Dana Whitfield <dana@example.org>\nsubject: Limit\n---\nLimit the use of my sensitive data.\n');
    expect(text?.label.requestTypes).toEqual(['opt_out', 'limit_sensitive']);
  });
});
