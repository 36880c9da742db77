import type { Category } from '../types.js';
import fitted from './calibration.json' with { type: 'json' };
import { DOUBT_FEATURES } from './doubt-feature-names.js';

/**
 * The confidence meta-model: a logistic regression (Platt-style, several features) from the
 * signals of doubt the classifier computes (doubt-features.ts, named in doubt-feature-names.ts) to the chance that its reading
 * (category, exact type set, requester) is right, fitted on labeled messages the evaluation does
 * not score (`npm run calibrate:classify`, test/eval/fit-calibration.ts). `weights` are in
 * `features` order, which must be DOUBT_FEATURES.
 */
export interface Calibration {
  method: 'logistic';
  /** Which labeled messages the model was fitted on (kept for the reader of the JSON). */
  fittedOn: string;
  features: readonly string[];
  weights: readonly number[];
}

/** The committed meta-model (src/pipeline/classify/calibration.json). */
export const FITTED_CALIBRATION = fitted as Calibration;

/** Never quite certain, never quite hopeless: the fit saw about a thousand messages. */
const FLOOR = 0.01;
const CEILING = 0.999;

/**
 * The probability that a reading with these doubt features is right. Machine mail and junk are
 * never answered, so their fixed score passes through. Deterministic: a fixed-order sum.
 */
export function calibrateConfidence(category: Category, raw: number, features: readonly number[] | null, calibration: Calibration = FITTED_CALIBRATION): number {
  if (category !== 'privacy_request' && category !== 'question') return raw;
  if (features === null) return raw;
  if (calibration.features.length !== DOUBT_FEATURES.length || calibration.features.some((f, i) => f !== DOUBT_FEATURES[i])) {
    throw new Error('calibration.json was fitted on other features: run npm run calibrate:classify');
  }
  let z = 0;
  for (let i = 0; i < features.length; i += 1) z += (calibration.weights[i] ?? 0) * (features[i] ?? 0);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(Math.min(CEILING, Math.max(FLOOR, p)) * 1000) / 1000;
}
