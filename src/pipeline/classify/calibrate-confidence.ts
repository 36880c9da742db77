import type { Category } from '../types.js';
import fitted from './calibration.json' with { type: 'json' };

/**
 * A step function from the classifier's raw score to the chance that its reading (category, exact
 * type set, requester) is right, fitted by isotonic regression (pool adjacent violators) on
 * labeled messages the fit did not score (`npm run calibrate:classify`, test/eval/fit-calibration.ts).
 * `knots` are [raw score, probability] pairs, raw ascending, probability non-decreasing.
 */
export interface Calibration {
  method: 'isotonic';
  /** Which labeled messages the curves were fitted on (kept for the reader of the JSON). */
  fittedOn: string;
  curves: Partial<Record<Category, Array<[number, number]>>>;
  /** Used for a category with too few labeled messages of its own. */
  pooled: Array<[number, number]>;
}

/** The committed calibration (src/pipeline/classify/calibration.json). */
export const FITTED_CALIBRATION = fitted as Calibration;

/**
 * The probability that a reading with raw score `raw` is right: the knot at or below `raw` (the
 * lowest knot below the first). Machine mail is never read, so its fixed score passes through.
 */
export function calibrateConfidence(category: Category, raw: number, calibration: Calibration = FITTED_CALIBRATION): number {
  if (category === 'auto_reply' || category === 'bounce' || category === 'bulk') return raw;
  const knots = calibration.curves[category] ?? calibration.pooled;
  if (knots.length === 0) return raw;
  let p = knots[0]?.[1] ?? raw;
  for (const [score, probability] of knots) {
    if (score > raw + 1e-9) break;
    p = probability;
  }
  return p;
}
