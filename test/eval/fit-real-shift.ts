import { logit, type RealTextShift } from '../../src/pipeline/classify/calibrate-confidence.js';
import { fitLogistic, type ScoredReading } from './fit-calibration.js';

/** One reading of a real text: the first stage's chance, how familiar its wording is, and whether it was right. */
export interface RealTextReading {
  stated: number;
  familiarity: number;
  right: boolean;
}

/** A light L2 penalty on the two slopes: a fresh pool is a hundred or so readings. */
const PENALTY = { l2: 0.5, iterations: 100 };

/** The second stage's inputs: bias, the first stage's log-odds (kept off the ends), the familiar share. */
function asScored(r: RealTextReading): ScoredReading {
  return { features: [1, logit(Math.min(0.999, Math.max(0.001, r.stated))), r.familiarity], right: r.right };
}

/** The familiar shares tried as the floor, lowest first. */
const FLOORS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01];

/**
 * The lowest familiar share from which no fresh reading the first stage would answer (stated
 * chance at least `threshold`) was wrong: the wording from which the first stage can be believed.
 */
export function chooseFamiliarFloor(readings: readonly RealTextReading[], threshold: number): number {
  return FLOORS.find((floor) => readings.every((r) => r.right || r.familiarity < floor || r.stated < threshold)) ?? 1.01;
}

/**
 * Fit the second stage of the confidence (calibrate-confidence.ts): the familiar floor, then,
 * below it, a logistic regression of "right" on the first stage's log-odds and the familiar
 * share, by Newton's method with step halving (fitLogistic, fit-calibration.ts). A slope the sample gives a
 * negative sign is held at 0 and the rest refitted, so a surer first stage or more familiar
 * wording never lowers the chance.
 */
export function fitRealTextShift(
  readings: readonly RealTextReading[],
  fittedOn: string,
  threshold: number,
  familiarFloor: number = chooseFamiliarFloor(readings, threshold),
): RealTextShift {
  const below = readings.filter((r) => r.familiarity < familiarFloor).map(asScored);
  const free = [true, true, true];
  let w = fitLogistic(below, free, PENALTY);
  for (let i = 1; i < 3; i += 1) {
    if (w[i]! < 0) {
      free[i] = false;
      w = fitLogistic(below, free, PENALTY);
    }
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { fittedOn, familiarFloor, bias: round(w[0]!), stated: round(w[1]!), familiar: round(w[2]!) };
}

