import { describe, expect, it } from 'vitest';
import { calibrateConfidence, FITTED_CALIBRATION, shiftToRealText, type Calibration, type RealTextShift } from '../../../src/pipeline/classify/calibrate-confidence.js';
import { classifyWithFeatures, DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { secondOpinion } from '../../../src/pipeline/classify/second-opinion.js';
import { chooseFamiliarFloor, fitRealTextShift, type RealTextReading } from '../../eval/fit-real-shift.js';

/**
 * Issue 16 item 3: the confidence is calibrated on fresh real text, not only on the team's mail.
 * Below the familiar floor (wording unlike the mail the model learned from) the first stage's
 * chance is shifted to what fresh real text showed; at or above it, it stands.
 */
const shift: RealTextShift = { fittedOn: 'test', familiarFloor: 0.6, bias: -1.5, stated: 0.4, familiar: 2.7 };
const person = (body: string, subject = '') => ({ subject, body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human' as const, reason: 'none' } });

describe('the real-text stage', () => {
  it('leaves familiar wording to the first stage and lowers unfamiliar wording', () => {
    expect(shiftToRealText(0.99, 0.6, shift)).toBe(0.99);
    expect(shiftToRealText(0.99, 0.9, shift)).toBe(0.99);
    const unfamiliar = shiftToRealText(0.99, 0.3, shift);
    expect(unfamiliar).toBeLessThan(DEFAULT_REVIEW_THRESHOLD);
    expect(unfamiliar).toBeGreaterThan(0);
  });

  it('never lowers the chance for a surer first stage or more familiar wording below the floor', () => {
    const byStated = [0.5, 0.8, 0.95, 0.99, 0.999].map((p) => shiftToRealText(p, 0.4, shift));
    const byFamiliar = [0, 0.2, 0.4, 0.55].map((f) => shiftToRealText(0.99, f, shift));
    for (const values of [byStated, byFamiliar]) for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]!);
  });

  it('is skipped when nothing measured the wording (read with the rules alone)', () => {
    const withShift: Calibration = { ...FITTED_CALIBRATION, realText: shift };
    const features = FITTED_CALIBRATION.features.map((f) => (f === 'bias' ? 1 : f === 'model agrees on category' ? 0.98 : 0));
    expect(calibrateConfidence('privacy_request', 0.9, features, withShift, null)).toBe(calibrateConfidence('privacy_request', 0.9, features, { ...withShift, realText: undefined }, null));
    expect(calibrateConfidence('privacy_request', 0.9, features, withShift, 0.1)).toBeLessThan(calibrateConfidence('privacy_request', 0.9, features, withShift, null));
  });
});

describe('fitting the real-text stage', () => {
  // Fresh readings: wrong ones only among unfamiliar wording, and the unfamiliar are right half the time.
  const readings: RealTextReading[] = [
    ...Array.from({ length: 20 }, (_, i): RealTextReading => ({ stated: 0.97 + (i % 3) * 0.01, familiarity: 0.62 + (i % 5) * 0.05, right: true })),
    ...Array.from({ length: 40 }, (_, i): RealTextReading => ({ stated: 0.96 + (i % 4) * 0.01, familiarity: 0.1 + (i % 9) * 0.05, right: i % 2 === 0 })),
  ];

  it('puts the floor where the first stage stopped being wrong', () => {
    expect(chooseFamiliarFloor(readings, 0.95)).toBe(0.55);
    // A wrong answered reading at 0.7 familiar moves the floor above it.
    expect(chooseFamiliarFloor([...readings, { stated: 0.99, familiarity: 0.7, right: false }], 0.95)).toBe(0.75);
    // Below the threshold the first stage answers nothing, so a wrong reading there says nothing of it.
    expect(chooseFamiliarFloor([...readings, { stated: 0.9, familiarity: 0.7, right: false }], 0.95)).toBe(0.55);
  });

  it('below the floor, states about the share of fresh readings that were right, with slopes that never turn negative', () => {
    const fitted = fitRealTextShift(readings, 'synthetic', 0.95);
    expect(fitted.stated).toBeGreaterThanOrEqual(0);
    expect(fitted.familiar).toBeGreaterThanOrEqual(0);
    const below = readings.filter((r) => r.familiarity < fitted.familiarFloor);
    const mean = below.reduce((s, r) => s + shiftToRealText(r.stated, r.familiarity, fitted), 0) / below.length;
    const share = below.filter((r) => r.right).length / below.length;
    expect(Math.abs(mean - share)).toBeLessThan(0.02);
  });
});

describe('the committed stage on messages', () => {
  it('was fitted (calibration.json carries it)', () => {
    expect(FITTED_CALIBRATION.realText?.familiarFloor).toBeGreaterThan(0);
    expect(FITTED_CALIBRATION.realText?.fittedOn).toMatch(/held-out real texts/);
  });

  it('sends a clear request among words the model never met to staff, which the first stage alone would answer, and says why', () => {
    const odd = person('Delete my personal information. Yesterday the orchestra rehearsal overran, the violinist sprained a wrist, and our ferry timetable changed twice.');
    // At 0.95, a threshold an operator may choose: the first stage alone would answer it there.
    const { classification, familiarity } = classifyWithFeatures(odd, { reviewThreshold: 0.95 });
    expect(classification.requestTypes).toEqual(['deletion']);
    expect(familiarity).toBeLessThan(FITTED_CALIBRATION.realText!.familiarFloor);
    expect(classification.needsReview).toBe(true);
    expect(classification.reasons.join(' ')).toMatch(/shifted to real text/);
    const firstStageOnly = classifyWithFeatures(odd, { reviewThreshold: 0.95, calibration: { ...FITTED_CALIBRATION, realText: undefined } }).classification;
    expect(firstStageOnly.needsReview).toBe(false);
  });

  it('measures familiarity as the share of word pairs the second opinion knows', () => {
    expect(secondOpinion('', 'Please delete my account and all my data.').familiarPairs).toBeGreaterThan(secondOpinion('', 'Kindly expunge each dossier your organisation retains forthwith.').familiarPairs);
    expect(secondOpinion('', '').familiarPairs).toBe(1);
  });

  it('counts familiarity before a closing line: the name after "Thanks," is no unfamiliar wording', () => {
    // A hand-made bundle knowing the pairs of the ask only: the signed name is unknown to it.
    const known = { bias: 0, weights: Object.fromEntries(['please_delete', 'delete_my', 'my_data'].map((f) => [f, 0.1])) };
    const none = { bias: -5, weights: {} };
    const bundle = { category: known, types: {}, agent: none, parent: none };
    expect(secondOpinion('', 'Please delete my data.', bundle).familiarPairs).toBe(1);
    expect(secondOpinion('', 'Please delete my data.\n\nThanks,\nDana Whitfield', bundle).familiarPairs).toBe(1);
    expect(secondOpinion('', 'Please delete my data.\n\nSaludos\nDana Whitfield', bundle).familiarPairs).toBe(1);
    // Without a closing line every pair counts, the name's among them.
    expect(secondOpinion('', 'Please delete my data.\nDana Whitfield', bundle).familiarPairs).toBeLessThan(1);
    // The plainest request, signed: not doubted as unfamiliar wording.
    const signed = classifyWithFeatures({ subject: 'Delete my personal information', body: 'Hello,\n\nPlease delete all personal information you hold about me.\n\nThanks,\nDana Whitfield', quoted: '', attachments: [], fromName: 'Dana Whitfield', screen: { kind: 'human', reason: 'none' } });
    expect(signed.familiarity).toBeGreaterThanOrEqual(FITTED_CALIBRATION.realText!.familiarFloor);
    expect(signed.classification.reasons.join(' ')).not.toMatch(/shifted to real text/);
  });
});
