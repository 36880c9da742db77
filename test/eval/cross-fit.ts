import type { Calibration } from '../../src/pipeline/classify/calibrate-confidence.js';
import type { EvalResult } from './evaluate.js';
import { fitCalibration, type ScoredReading } from './fit-calibration.js';
import { scoredReadings } from './reliability.js';
import { trainBundle, type TrainExample } from './train-model.js';

/** Folds of the calibration material: each is read by a second opinion trained on the others. */
export const FOLDS = 4;

/**
 * Fit the confidence meta-model on `material` as the daemon meets live mail: with a second opinion
 * that never saw the message. The committed model was trained on every labeled message, so its
 * agreement with the rules on a labeled message is in-sample and far surer than on new mail; a
 * meta-model fitted on that trusts agreement too much (measured: 99.8% right unreviewed on the
 * held-out half with the in-sample model, 98.0% with one trained without it). So the material is
 * cut in FOLDS (by sorted file name), each fold's doubt features are read with a second opinion
 * trained on the other folds, and the meta-model is fitted on all of them. `alsoTrainedOn` (the
 * real texts the committed model learned from, real-training.ts) is in every fold's training, as
 * it is in the committed model's.
 */
export function crossFitCalibration(material: readonly EvalResult[], fittedOn: string, alsoTrainedOn: readonly TrainExample[] = []): Calibration {
  const sorted = [...material].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const readings: ScoredReading[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const fold = sorted.filter((_, i) => i % FOLDS === k);
    const rest = sorted.filter((_, i) => i % FOLDS !== k);
    const model = trainBundle([...rest.map((r) => ({ input: r.input, label: r.label })), ...alsoTrainedOn]);
    readings.push(...scoredReadings(fold, { model }));
  }
  return fitCalibration(readings, fittedOn);
}
