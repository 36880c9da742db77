import type { Calibration } from '../../src/pipeline/classify/calibrate-confidence.js';
import { classifyMessage, classifyWithFeatures, type ClassifyOptions } from '../../src/pipeline/classify/classify-message.js';
import { sameSet, type EvalResult } from './evaluate.js';
import { isCalibrationFile, type ScoredReading } from './fit-calibration.js';

/** Right in every field the goal counts: category, exact type set, requester (issue 16 item 3). */
export function readingRight(r: Pick<EvalResult, 'got' | 'label'>): boolean {
  return r.got.category === r.label.category && sameSet(r.got.requestTypes, r.label.requestTypes) && r.got.requester === r.label.requester;
}

export interface ReliabilityRow {
  bucket: string;
  n: number;
  meanConfidence: number;
  shareRight: number;
  right: number;
}

const EDGES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0001];

/** Confidence bucket -> how many, mean stated confidence, share right: a calibrated reader's two columns agree. */
export function reliabilityTable(results: readonly EvalResult[]): ReliabilityRow[] {
  return reliabilityRows(results.filter((r) => r.input !== null));
}

/** The buckets of `reliabilityTable` over any readings with a label (the labeled set, real texts). */
export function reliabilityRows(read: readonly Pick<EvalResult, 'got' | 'label'>[]): ReliabilityRow[] {
  return EDGES.slice(0, -1).flatMap((low, i) => {
    const high = EDGES[i + 1] ?? 1;
    const inBucket = read.filter((r) => r.got.confidence >= low && r.got.confidence < high);
    if (inBucket.length === 0) return [];
    const mean = inBucket.reduce((s, r) => s + r.got.confidence, 0) / inBucket.length;
    const right = inBucket.filter(readingRight).length;
    return [{ bucket: `${low.toFixed(2)}-${Math.min(high, 1).toFixed(2)}`, n: inBucket.length, meanConfidence: mean, shareRight: right / inBucket.length, right }];
  });
}

/** What the bot would answer with no staff review (read, a request or question, not flagged), and how much of it is right. */
export function unreviewed(results: readonly EvalResult[], threshold?: number): { total: number; persons: number; answered: number; right: number; wrong: string[] } {
  // A threshold other than the daemon's flags what the daemon flags (the evidence floor, the model's
  // overrules) plus what falls under it.
  const flagged = (r: EvalResult): boolean => r.got.needsReview || (threshold !== undefined && r.got.confidence < threshold);
  const answered = results.filter((r) => r.input !== null && (r.got.category === 'privacy_request' || r.got.category === 'question') && !flagged(r));
  const wrong = answered.filter((r) => !readingRight(r)).map((r) => r.file);
  const persons = results.filter((r) => r.input !== null && (r.got.category === 'privacy_request' || r.got.category === 'question')).length;
  return { total: results.length, persons, answered: answered.length, right: answered.length - wrong.length, wrong };
}

/** The half of the labeled set the calibration was not fitted on (`salt` names the split). */
export function heldOutHalf(results: readonly EvalResult[], salt = ''): EvalResult[] {
  return results.filter((r) => !isCalibrationFile(r.file, salt));
}

/**
 * The meta-model's material: each read person's message of `results` (a request or a question),
 * classified with no calibration (and `options.model`, default the trained one), as its doubt features and whether the final reading is right.
 */
export function scoredReadings(results: readonly EvalResult[], options: ClassifyOptions = {}): ScoredReading[] {
  return results.flatMap((r) => {
    if (r.input === null) return [];
    const { classification, features } = classifyWithFeatures(r.input, { ...options, calibration: null });
    return features === null ? [] : [{ features, right: readingRight({ ...r, got: classification }) }];
  });
}

/**
 * `results` read again with `calibration` (default: the fitted one) and no review threshold, so
 * that `unreviewed` can apply any threshold, lower than the daemon's too: what is flagged then is
 * only what the daemon flags whatever the threshold (thin evidence, the model's corrections).
 */
export function withoutThreshold(results: readonly EvalResult[], calibration?: Calibration, options: ClassifyOptions = {}): EvalResult[] {
  return results.map((r) => (r.input === null ? r : { ...r, got: classifyMessage(r.input, { ...options, ...(calibration ? { calibration } : {}), reviewThreshold: 0 }) }));
}
