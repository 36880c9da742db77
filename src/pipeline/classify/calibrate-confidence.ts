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
  /** The second stage, fitted on real text nobody tuned the rules on (absent: the first stage alone). */
  realText?: RealTextShift;
}

/**
 * The second stage, for wording unlike the team's. The first stage is fitted on the team's own
 * mail, where nearly every reading is right; on fresh real text the same stated chance was right
 * far less often, and least often where the wording was least like the team's: the share of its
 * word pairs the second opinion knows (second-opinion.ts). At or above `familiarFloor`, fresh
 * texts were read as reliably as the team's mail and the first stage stands; below it, the chance
 * is a logistic regression (Platt scaling with one more input) of "the reading is right" on the
 * first stage's log-odds and the familiar share, fitted on the fresh readings below the floor.
 * Fitted by `npm run calibrate:real` on real texts scored once and never used to tune the rules.
 */
export interface RealTextShift {
  fittedOn: string;
  /** The familiar share from which fresh real text was read as reliably as the team's mail. */
  familiarFloor: number;
  bias: number;
  /** Weight of the first stage's log-odds (kept >= 0: a surer first stage never lowers the chance). */
  stated: number;
  /** Weight of the familiar share of word pairs (kept >= 0). */
  familiar: number;
}

/** The committed meta-model (src/pipeline/classify/calibration.json). */
export const FITTED_CALIBRATION = fitted as Calibration;

/** Never quite certain, never quite hopeless: the fit saw about a thousand messages. */
const FLOOR = 0.01;
const CEILING = 0.999;

/** Log-odds of a chance strictly between 0 and 1. */
export const logit = (p: number): number => Math.log(p / (1 - p));

/** The second stage on a first-stage chance `p` (already within FLOOR..CEILING). */
export function shiftToRealText(p: number, familiarity: number, shift: RealTextShift): number {
  if (familiarity >= shift.familiarFloor) return p;
  const z = shift.bias + shift.stated * logit(p) + shift.familiar * familiarity;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The probability that a reading with these doubt features is right. Machine mail and junk are
 * never answered, so their fixed score passes through. `familiarity` (the second opinion's share
 * of known word pairs) feeds the second stage; null (read with the rules alone) skips it.
 * Deterministic: a fixed-order sum.
 */
export function calibrateConfidence(
  category: Category,
  raw: number,
  features: readonly number[] | null,
  calibration: Calibration = FITTED_CALIBRATION,
  familiarity: number | null = null,
): number {
  if (category !== 'privacy_request' && category !== 'question') return raw;
  if (features === null) return raw;
  if (calibration.features.length !== DOUBT_FEATURES.length || calibration.features.some((f, i) => f !== DOUBT_FEATURES[i])) {
    throw new Error('calibration.json was fitted on other features: run npm run calibrate:classify');
  }
  let z = 0;
  for (let i = 0; i < features.length; i += 1) z += (calibration.weights[i] ?? 0) * (features[i] ?? 0);
  const first = Math.min(CEILING, Math.max(FLOOR, 1 / (1 + Math.exp(-z))));
  const p = calibration.realText !== undefined && familiarity !== null ? shiftToRealText(first, familiarity, calibration.realText) : first;
  return Math.round(Math.min(CEILING, Math.max(FLOOR, p)) * 1000) / 1000;
}
