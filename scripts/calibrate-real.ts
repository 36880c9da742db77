/**
 * `npm run calibrate:real`: fits the second stage of the confidence (`realText` in
 * src/pipeline/classify/calibration.json, calibrate-confidence.ts) on real texts written by others
 * that were scored once and never used to tune the rules: the held-out batches. They may not be
 * copied into this repository, so they are named by folder, as for score-real-texts.ts:
 *
 *   REAL_TEXTS_FRESH=/texts/16g:/texts/16e/B npm run calibrate:real
 *
 * Run it after `npm run calibrate:classify` (the second stage reads the first stage's chance).
 * It prints the leave-one-source-out reliability at the review threshold: each source's texts
 * judged by a shift fitted on the other sources, the honest estimate for mail nobody here read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWithFeatures, DEFAULT_REVIEW_THRESHOLD } from '../src/pipeline/classify/classify-message.js';
import { shiftToRealText, type Calibration } from '../src/pipeline/classify/calibrate-confidence.js';
import { fitRealTextShift, type RealTextReading } from '../test/eval/fit-real-shift.js';
import { folderName } from '../test/eval/real-training.js';
import { readingRight } from '../test/eval/reliability.js';
import { readRealTexts } from '../test/eval/score-real-texts.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'calibration.json');
const folders = (process.env.REAL_TEXTS_FRESH ?? '').split(':').filter((d) => d !== '');
if (folders.length === 0) {
  console.error('Set REAL_TEXTS_FRESH to the folders of held-out real texts (colon-separated), e.g. REAL_TEXTS_FRESH=/texts/16g:/texts/16e/B');
  process.exit(2);
}
const current = JSON.parse(readFileSync(out, 'utf8')) as Calibration;
const firstStage: Calibration = { method: current.method, fittedOn: current.fittedOn, features: current.features, weights: current.weights };

const readings: Array<RealTextReading & { source: string }> = [];
for (const folder of folders) {
  for (const r of await readRealTexts(folder)) {
    if (r.input === null) continue;
    const { classification, familiarity } = classifyWithFeatures(r.input, { calibration: firstStage });
    if (familiarity === null || (classification.category !== 'privacy_request' && classification.category !== 'question')) continue;
    readings.push({ source: `${folder}/${r.source}`, stated: classification.confidence, familiarity, right: readingRight({ label: r.label, got: classification }) });
  }
}

const fittedOn = `${readings.length} readings of held-out real texts (${folders.map(folderName).join(', ')})`;
const shift = fitRealTextShift(readings, fittedOn, DEFAULT_REVIEW_THRESHOLD);

// Leave one source out: the figure to report for mail no fit has seen.
let answered = 0;
let answeredRight = 0;
for (const source of new Set(readings.map((r) => r.source))) {
  const heldOut = fitRealTextShift(readings.filter((r) => r.source !== source), 'cross-check', DEFAULT_REVIEW_THRESHOLD);
  for (const r of readings.filter((x) => x.source === source)) {
    if (shiftToRealText(r.stated, r.familiarity, heldOut) < DEFAULT_REVIEW_THRESHOLD) continue;
    answered += 1;
    if (r.right) answeredRight += 1;
  }
}
const firstAnswered = readings.filter((r) => r.stated >= DEFAULT_REVIEW_THRESHOLD);
writeFileSync(out, `${JSON.stringify({ ...firstStage, realText: shift }, null, 1)}\n`);
console.log(`fitted on ${fittedOn}: ${readings.filter((r) => r.right).length} right`);
console.log(`  familiar floor ${shift.familiarFloor} (${readings.filter((r) => r.familiarity >= shift.familiarFloor).length} readings at or above it); below it: bias ${shift.bias}, first-stage log-odds ${shift.stated}, familiar share ${shift.familiar}`);
console.log(`first stage alone at ${DEFAULT_REVIEW_THRESHOLD}: answered ${firstAnswered.length}, right ${firstAnswered.filter((r) => r.right).length}`);
console.log(`with the shift, each source left out of its own fit: answered ${answered}, right ${answeredRight}`);
