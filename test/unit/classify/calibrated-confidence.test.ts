import { describe, expect, it } from 'vitest';
import { calibrateConfidence, type Calibration } from '../../../src/pipeline/classify/calibrate-confidence.js';
import { classifyMessage } from '../../../src/pipeline/classify/classify-message.js';
import { fitCalibration, fitIsotonic } from '../../eval/fit-calibration.js';

/** Issue 16 item 3: confidence is the chance the reading is right, fitted by isotonic regression. */
describe('fitIsotonic (pool adjacent violators)', () => {
  it('pools a lower score right more often than a higher one, and never says certain', () => {
    const readings = [
      ...Array.from({ length: 10 }, (_, i) => ({ category: 'question' as const, raw: 0.3, right: i < 9 })),
      ...Array.from({ length: 10 }, (_, i) => ({ category: 'question' as const, raw: 0.6, right: i < 5 })),
      ...Array.from({ length: 20 }, () => ({ category: 'question' as const, raw: 0.9, right: true })),
    ];
    const knots = fitIsotonic(readings);
    // 0.3 (9/10) and 0.6 (5/10) violate the order: pooled to 14/20, shrunk to (14.5)/(21).
    expect(knots).toEqual([
      [0.3, 0.69],
      [0.9, 0.976],
    ]);
    for (let i = 1; i < knots.length; i += 1) expect(knots[i]![1]).toBeGreaterThanOrEqual(knots[i - 1]![1]);
  });

  it('fits a curve per category with enough messages, and a pooled one for the rest', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ category: 'privacy_request' as const, raw: i % 2 ? 0.9 : 0.6, right: i % 5 !== 0 }));
    const c = fitCalibration([...many, { category: 'other', raw: 0.8, right: true }], 'test');
    expect(Object.keys(c.curves)).toEqual(['privacy_request']);
    expect(c.pooled.length).toBeGreaterThan(0);
  });
});

const calibration: Calibration = { method: 'isotonic', fittedOn: 'a test', curves: { privacy_request: [[0.2, 0.4], [0.8, 0.75], [0.9, 0.97]] }, pooled: [[0, 0.5]] };

describe('calibrateConfidence', () => {
  it('reads the knot at or below the score, the first knot below it, and passes machine mail through', () => {
    expect(calibrateConfidence('privacy_request', 0.85, calibration)).toBe(0.75);
    expect(calibrateConfidence('privacy_request', 0.9, calibration)).toBe(0.97);
    expect(calibrateConfidence('privacy_request', 0.1, calibration)).toBe(0.4);
    expect(calibrateConfidence('question', 0.9, calibration)).toBe(0.5);
    expect(calibrateConfidence('bounce', 0.95, calibration)).toBe(0.95);
  });
});

describe('REVIEW_THRESHOLD compares the chance of being right', () => {
  const input = { subject: '', body: 'Please delete all personal information you hold about me.', quoted: '', attachments: [], fromName: '', screen: { kind: 'human' as const, reason: 'none' } };

  it('the same reading is answered or sent to staff as its calibrated chance is above or below the threshold', () => {
    const raw = classifyMessage(input, { calibration: null, model: null });
    expect(raw.confidence).toBeGreaterThanOrEqual(0.8);
    const sure = classifyMessage(input, { calibration, model: null, reviewThreshold: 0.9 });
    const unsure = classifyMessage(input, { calibration: { ...calibration, curves: { privacy_request: [[0, 0.6]] } }, model: null, reviewThreshold: 0.9 });
    expect([sure.confidence, sure.needsReview]).toEqual([raw.confidence >= 0.9 ? 0.97 : 0.75, raw.confidence < 0.9]);
    expect([unsure.confidence, unsure.needsReview]).toEqual([0.6, true]);
    expect(unsure.reasons.some((r) => r.startsWith('confidence: score'))).toBe(true);
  });
});

describe('thin evidence still goes to staff, whatever the fitted chance', () => {
  it('a template letter with its placeholders unfilled is flagged though its curve says 0.95', () => {
    const body = 'Dear {company}, please delete all personal data you hold about me. Regards, {name}';
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { calibration, reviewThreshold: 0.3 });
    expect(classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } }, { calibration: null }).confidence).toBeLessThan(0.7);
    expect(c.confidence).toBeGreaterThan(0.3);
    expect(c.needsReview).toBe(true);
  });
});
