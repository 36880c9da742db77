import { describe, expect, it } from 'vitest';
import { calibrateConfidence, FITTED_CALIBRATION, type Calibration } from '../../../src/pipeline/classify/calibrate-confidence.js';
import { classifyMessage, classifyWithFeatures, DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { DOUBT_FEATURES, LOWERING, RAISING, type DoubtFeature } from '../../../src/pipeline/classify/doubt-features.js';
import { fitCalibration, isCalibrationFile, type ScoredReading } from '../../eval/fit-calibration.js';

/** Issue 16 item 3: confidence is the chance the reading is right, from a logistic meta-model over the signals of doubt. */
const at = (f: DoubtFeature): number => DOUBT_FEATURES.indexOf(f);
const person = (body: string, subject = '') => ({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human' as const, reason: 'none' } });

/** A reading's features with every flag off and the model agreeing: a plain, clear request. */
function plain(overrides: Partial<Record<DoubtFeature, number>> = {}): number[] {
  const base: Partial<Record<DoubtFeature, number>> = { bias: 1, 'evidence score': 0.9, 'model agrees on category': 0.98, 'model agrees on types': 1, 'weakest type by model': 0.9, length: 0.5, 'explicit ask': 1 };
  return DOUBT_FEATURES.map((f) => overrides[f] ?? base[f] ?? 0);
}

describe('the fitted meta-model (calibration.json)', () => {
  it('is fitted on the doubt features in their order', () => {
    expect(FITTED_CALIBRATION.method).toBe('logistic');
    expect(FITTED_CALIBRATION.features).toEqual([...DOUBT_FEATURES]);
    expect(FITTED_CALIBRATION.weights).toHaveLength(DOUBT_FEATURES.length);
  });

  it('is monotonic in its main features: more of a raising signal never lowers the chance, more of a lowering one never raises it', () => {
    for (const f of RAISING) {
      const values = [0, 0.25, 0.5, 0.75, 1].map((v) => calibrateConfidence('privacy_request', 0.9, plain({ [f]: v })));
      for (let i = 1; i < values.length; i += 1) expect(values[i], f).toBeGreaterThanOrEqual(values[i - 1]!);
    }
    for (const f of LOWERING) {
      const values = [0, 0.25, 0.5, 0.75, 1].map((v) => calibrateConfidence('privacy_request', 0.9, plain({ [f]: v })));
      for (let i = 1; i < values.length; i += 1) expect(values[i], f).toBeLessThanOrEqual(values[i - 1]!);
    }
  });

  it('disagreement with the second opinion on the types costs a short clear request its unreviewed answer', () => {
    const agreed = calibrateConfidence('privacy_request', 0.9, plain({ length: 0.2 }));
    const disagreed = calibrateConfidence('privacy_request', 0.9, plain({ length: 0.2, 'model agrees on types': 0, 'strongest type not read': 0.95 }));
    expect(agreed).toBeGreaterThanOrEqual(DEFAULT_REVIEW_THRESHOLD);
    expect(disagreed).toBeLessThan(DEFAULT_REVIEW_THRESHOLD);
  });

  it('is bounded in [0, 1] however far the features go, and passes machine mail and junk through', () => {
    for (const v of [-1000, -1, 0, 1, 1000]) {
      const p = calibrateConfidence('question', 0.9, DOUBT_FEATURES.map((f) => (f === 'bias' ? 1 : v)));
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    expect(calibrateConfidence('bounce', 0.95, null)).toBe(0.95);
    expect(calibrateConfidence('other', 0.8, plain())).toBe(0.8);
  });

  it('refuses a calibration fitted on other features rather than misread it', () => {
    const stale: Calibration = { ...FITTED_CALIBRATION, features: FITTED_CALIBRATION.features.slice(1) };
    expect(() => calibrateConfidence('question', 0.9, plain(), stale)).toThrow(/calibrate:classify/);
  });
});

describe('classifyMessage confidence', () => {
  // "...you hold about me" is no longer clear: the second opinion trained on 4,016 real texts reads access
  // in it as well (p 0.53), so the reading is doubted; a deletion the model reads alike stays clear.
  const clear = person('Please delete all of my personal data.');

  it('is deterministic: the same message gives the same features and confidence every time', () => {
    const a = classifyWithFeatures(clear);
    const b = classifyWithFeatures(clear);
    expect(a.features).toEqual(b.features);
    expect(a.classification.confidence).toBe(b.classification.confidence);
    expect(a.features).toHaveLength(DOUBT_FEATURES.length);
  });

  it('a clear request the second opinion reads alike is stated at least 0.95 sure and answered at a threshold it meets; with no calibration the raw score shows', () => {
    const c = classifyMessage(clear, { reviewThreshold: 0.95 });
    expect(c.confidence).toBeGreaterThanOrEqual(0.95);
    expect(c.needsReview).toBe(false);
    expect(c.reasons.some((r) => r.startsWith('confidence: score') && r.includes('logistic'))).toBe(true);
    expect(classifyMessage(clear, { calibration: null }).confidence).toBe(classifyWithFeatures(clear, { calibration: null }).classification.confidence);
  });

  it('REVIEW_THRESHOLD compares the chance of being right: the same reading is answered or sent to staff by it', () => {
    const p = classifyMessage(clear).confidence;
    expect(classifyMessage(clear, { reviewThreshold: p }).needsReview).toBe(false);
    expect(classifyMessage(clear, { reviewThreshold: Math.min(1, p + 0.001) }).needsReview).toBe(true);
  });

  it('a template letter with its placeholders unfilled goes to staff whatever the chance says (thin evidence)', () => {
    const body = 'Dear {company}, please delete all personal data you hold about me. Regards, {name}';
    const c = classifyMessage(person(body), { reviewThreshold: 0.01 });
    expect(classifyMessage(person(body), { calibration: null }).confidence).toBeLessThan(0.7);
    expect(c.needsReview).toBe(true);
  });
});

describe('fitCalibration (logistic meta-model)', () => {
  // Readings that are right when the model agrees on the types, wrong mostly when it does not.
  const readings: ScoredReading[] = Array.from({ length: 400 }, (_, i) => {
    const agrees = i % 4 !== 0;
    const features = plain({ 'model agrees on types': agrees ? 1 : 0, 'strongest type not read': agrees ? 0.1 : 0.9, length: (i % 7) / 7 });
    return { features, right: agrees ? i % 50 !== 1 : i % 3 === 0 };
  });

  it('learns that disagreement means doubt, and is deterministic', () => {
    const a = fitCalibration(readings, 'test');
    expect(fitCalibration(readings, 'test')).toEqual(a);
    const agree = calibrateConfidence('privacy_request', 0.9, plain(), a);
    const disagree = calibrateConfidence('privacy_request', 0.9, plain({ 'model agrees on types': 0, 'strongest type not read': 0.9 }), a);
    expect(agree).toBeGreaterThan(0.9);
    expect(disagree).toBeLessThan(0.5);
  });

  it('keeps the sign of a main signal the sample gets backwards (it weighs 0 instead)', () => {
    // Here a longer explicit ask is wrong more often: a small-sample accident the fit may not learn.
    const backwards = readings.map((r, i) => ({ features: r.features.map((x, j) => (j === at('explicit ask') ? i % 2 : x)), right: i % 2 === 0 ? r.right : r.right && i % 5 !== 1 }));
    const c = fitCalibration(backwards, 'test');
    expect(c.weights[at('explicit ask')]).toBe(0);
  });
});

describe('isCalibrationFile', () => {
  it('splits the set about in half, and another salt draws another half', () => {
    const files = Array.from({ length: 1000 }, (_, i) => `m${i}.eml`);
    const first = files.filter((f) => isCalibrationFile(f));
    const second = files.filter((f) => isCalibrationFile(f, 'split-b:'));
    expect(first.length).toBeGreaterThan(450);
    expect(first.length).toBeLessThan(550);
    const shared = first.filter((f) => second.includes(f)).length;
    expect(shared).toBeGreaterThan(180);
    expect(shared).toBeLessThan(320);
  });
});
