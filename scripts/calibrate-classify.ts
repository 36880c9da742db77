/**
 * `npm run calibrate:classify`: fits `src/pipeline/classify/calibration.json`, the map from the
 * classifier's raw score to the chance its reading (category, exact type set, requester) is right.
 * A logistic meta-model over the doubt features (test/eval/fit-calibration.ts), fitted on one half of the
 * labeled set (a fixed hash of the file name); `npm run eval:classify` prints the reliability of
 * the other half, which the fit never saw. `CALIBRATE_ON=h30-,h31-` fits on those batches instead
 * (a fresh batch, scored once, is the better material: the whole set was tuned against).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSet } from '../test/eval/evaluate.js';
import { fitCalibration, isCalibrationFile } from '../test/eval/fit-calibration.js';
import { scoredReadings } from '../test/eval/reliability.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'calibration.json');
const prefixes = (process.env.CALIBRATE_ON ?? '').split(',').filter((p) => p !== '');
const chosen = (file: string): boolean => (prefixes.length > 0 ? prefixes.some((p) => file.startsWith(p)) : isCalibrationFile(file));
const report = await evaluateSet(undefined, { calibration: null });
const readings = scoredReadings(report.results.filter((r) => chosen(r.file)));
const fittedOn = prefixes.length > 0 ? `batches ${prefixes.join(', ')}` : 'the even-hash half of test/eval (fit-calibration.ts)';
const calibration = fitCalibration(readings, fittedOn);
writeFileSync(out, `${JSON.stringify(calibration, null, 1)}\n`);
console.log(`fitted on ${readings.length} read person's messages, ${readings.filter((r) => !r.right).length} read wrong (${fittedOn}); weights:`);
calibration.features.forEach((f, i) => console.log(`  ${f.padEnd(28)} ${(calibration.weights[i] ?? 0).toFixed(4).padStart(9)}`));
