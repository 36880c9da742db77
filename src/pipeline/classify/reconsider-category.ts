import type { Category } from '../types.js';
import type { VerdictModel } from './linear-model.js';

/**
 * How sure the verdict model must be that a request is a question to make it one. On the 4,551
 * development texts 17a-24h, each read by models trained without its folder and a verdict model
 * fitted on the other folds (test/eval/fold-real.ts), lowering it from 0.7 to 0.6 read 12 more
 * texts right (questions of procedure, account help, a records request under a medical-records
 * law) and 4 wrong, all corrections of a name, an email or an address, where labelers split
 * between a correction and account help; 0.5 read 25 more right and 12 wrong, 0.8 lost 3.
 * Either way the reading goes to staff.
 */
export const VERDICT_PROBABILITY = 0.6;

/** Scores to chances that sum to 1 (shifted by the largest score, so no exponent overflows). */
export function softmax(z: readonly number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The verdict model's chance of each category for one reading's features (verdict-features.ts). */
export function verdictChances(model: VerdictModel, features: ReadonlyMap<string, number>): Map<string, number> {
  const z = [...model.bias];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w === undefined) continue;
    for (let k = 0; k < z.length; k += 1) z[k] = (z[k] ?? 0) + (w[k] ?? 0) * value;
  }
  const p = softmax(z);
  return new Map(model.classes.map((c, k) => [c, p[k] ?? 0]));
}

/**
 * How sure the verdict model must be that a question is junk to make it junk. On the 4,551
 * development texts 17a-24h, read as above, 0.9 turned 6 pieces of junk the rules had read as
 * questions into junk, and an auto-reply from one wrong category to another; 0.75 also took a
 * parent's question, and at 0.6 two questions (the fourth session of 2026-12-07 had measured 3
 * pieces of junk and 2 requests read as questions taken at 0.7, on fewer folders).
 */
export const VERDICT_JUNK_PROBABILITY = 0.9;

/**
 * The changes the verdict model may make to a person's mail: a request to a question, which goes
 * to staff, who retype it if it was one; a question to junk, which the digest lists and staff can
 * turn back. Never a request to junk: a request judged junk loses its clock (§1798.130(a)(2)).
 * Never a question to a request either: the second opinion's overrule does that, on the words.
 */
export function verdictChange(current: Category, chances: ReadonlyMap<string, number>): Category | null {
  if (current === 'question' && (chances.get('other') ?? 0) > VERDICT_JUNK_PROBABILITY) return 'other';
  return current === 'privacy_request' && (chances.get('question') ?? 0) > VERDICT_PROBABILITY ? 'question' : null;
}
