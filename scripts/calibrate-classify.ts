/**
 * `npm run calibrate:classify`: fits `src/pipeline/classify/calibration.json`, the map from the
 * classifier's raw score to the chance its reading (category, exact type set, requester) is right.
 * A logistic meta-model over the doubt features (test/eval/fit-calibration.ts), fitted on one half of the
 * labeled set (a fixed hash of the file name), each message's features read by a second opinion
 * that was not trained on it (test/eval/cross-fit.ts), as on live mail; `npm run eval:classify` prints the reliability of
 * the other half, which the fit never saw. `CALIBRATE_ON=h30-,h31-` fits on those batches instead
 * (a fresh batch, scored once, is the better material: the whole set was tuned against).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Calibration } from '../src/pipeline/classify/calibrate-confidence.js';
import { evaluateSet } from '../test/eval/evaluate.js';
import { crossFitCalibration, FOLDS } from '../test/eval/cross-fit.js';
import { isCalibrationFile } from '../test/eval/fit-calibration.js';
import { readTrainingTexts, realTrainingFolders } from '../test/eval/real-training.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'calibration.json');
const prefixes = (process.env.CALIBRATE_ON ?? '').split(',').filter((p) => p !== '');
const chosen = (file: string): boolean => (prefixes.length > 0 ? prefixes.some((p) => file.startsWith(p)) : isCalibrationFile(file));
const report = await evaluateSet(undefined, { calibration: null });
const material = report.results.filter((r) => chosen(r.file));
const fittedOn = `${prefixes.length > 0 ? `batches ${prefixes.join(', ')}` : 'the even-hash half of test/eval (fit-calibration.ts)'}, each of ${FOLDS} folds read by a second opinion trained on the others (cross-fit.ts)`;
// The fold models learn from the same real texts as the committed model (REAL_TEXTS_TRAIN).
const calibration = crossFitCalibration(material, fittedOn, await readTrainingTexts(realTrainingFolders()));
// The second stage (real text) is fitted on texts outside the repository: keep it, and say to refit it.
const { realText } = JSON.parse(readFileSync(out, 'utf8')) as Calibration;
writeFileSync(out, `${JSON.stringify(realText === undefined ? calibration : { ...calibration, realText }, null, 1)}\n`);
if (realText !== undefined) console.log('kept the real-text stage; refit it over this first stage with npm run calibrate:real');
console.log(`fitted on ${material.filter((r) => r.input !== null).length} read messages of ${fittedOn}; weights:`);
calibration.features.forEach((f, i) => console.log(`  ${f.padEnd(28)} ${(calibration.weights[i] ?? 0).toFixed(4).padStart(9)}`));
