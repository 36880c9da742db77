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
 * judged by a shift fitted on the other sources, the honest estimate for mail nobody here read;
 * then the same for a range of fixed floors, the price of answering more.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWithFeatures, DEFAULT_REVIEW_THRESHOLD } from '../src/pipeline/classify/classify-message.js';
import { shiftToRealText, type Calibration } from '../src/pipeline/classify/calibrate-confidence.js';
import { chooseFamiliarFloor, fitRealTextShift, type RealTextReading } from '../test/eval/fit-real-shift.js';
import { heldOutTexts } from '../test/eval/fold-real.js';
import { folderName } from '../test/eval/real-training.js';
import { readingRight } from '../test/eval/reliability.js';
import { ANSWERED, readRealTexts, type RealTextResult } from '../test/eval/score-real-texts.js';
import type { ModelBundle } from '../test/eval/train-model.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'calibration.json');
const folders = (process.env.REAL_TEXTS_FRESH ?? '').split(':').filter((d) => d !== '');
// REAL_TEXTS_FOLDED=1: the training folders (REAL_TEXTS_TRAIN) count too, each read by the fold
// model of test/eval/fold-real.ts that was not trained on it (run that first): six times the
// readings of the fresh batches alone, each one read by a model that never saw its text.
const folded = process.env.REAL_TEXTS_FOLDED === '1';
if (folders.length === 0 && !folded) {
  console.error('Set REAL_TEXTS_FRESH to the folders of held-out real texts (colon-separated), e.g. REAL_TEXTS_FRESH=/texts/16g:/texts/16e/B');
  process.exit(2);
}
const current = JSON.parse(readFileSync(out, 'utf8')) as Calibration;
const firstStage: Calibration = { method: current.method, fittedOn: current.fittedOn, features: current.features, weights: current.weights };

const readings: Array<RealTextReading & { source: string }> = [];
/** A person's mail read as a request or a question by the first stage (with `model`, else the committed one). */
function addReading(source: string, text: RealTextResult, model?: ModelBundle): void {
  if (text.input === null) return;
  const { classification, familiarity } = classifyWithFeatures(text.input, model === undefined ? { calibration: firstStage } : { calibration: firstStage, model });
  if (familiarity === null || !ANSWERED.has(classification.category)) return;
  readings.push({ source, stated: classification.confidence, familiarity, right: readingRight({ label: text.label, got: classification }) });
}
for (const folder of folders) for (const r of await readRealTexts(folder)) addReading(`${folder}/${r.source}`, r);

let foldedFolders = 0;
if (folded) {
  const { folds, texts } = await heldOutTexts(true);
  foldedFolders = folds.flat().length;
  for (const { folder, text, model } of texts) addReading(`${folder}/${text.source}`, text, model);
}

const fittedOn = `${readings.length} readings of held-out real texts (${folders.map(folderName).join(', ')}${folded ? `${folders.length > 0 ? '; ' : ''}${foldedFolders} training folders, each read by a model trained without it` : ''})`;
const shift = fitRealTextShift(readings, fittedOn, DEFAULT_REVIEW_THRESHOLD);

// Leave one source out: the figure to report for mail no fit has seen. `floor` null: each fit
// chooses its own floor, as the committed one did; a number: every fit uses that floor, which
// shows what a lower floor would answer and how often it would be wrong.
function leaveOneSourceOut(floor: number | null): { answered: number; right: number } {
  let answered = 0;
  let right = 0;
  for (const source of new Set(readings.map((r) => r.source))) {
    const rest = readings.filter((r) => r.source !== source);
    const heldOut = fitRealTextShift(rest, 'cross-check', DEFAULT_REVIEW_THRESHOLD, floor ?? chooseFamiliarFloor(rest, DEFAULT_REVIEW_THRESHOLD));
    for (const r of readings.filter((x) => x.source === source)) {
      if (shiftToRealText(r.stated, r.familiarity, heldOut) < DEFAULT_REVIEW_THRESHOLD) continue;
      answered += 1;
      if (r.right) right += 1;
    }
  }
  return { answered, right };
}
const chosen = leaveOneSourceOut(null);
const firstAnswered = readings.filter((r) => r.stated >= DEFAULT_REVIEW_THRESHOLD);
writeFileSync(out, `${JSON.stringify({ ...firstStage, realText: shift }, null, 1)}\n`);
console.log(`fitted on ${fittedOn}: ${readings.filter((r) => r.right).length} right`);
console.log(`  familiar floor ${shift.familiarFloor} (${readings.filter((r) => r.familiarity >= shift.familiarFloor).length} readings at or above it); below it: bias ${shift.bias}, first-stage log-odds ${shift.stated}, familiar share ${shift.familiar}`);
console.log(`first stage alone at ${DEFAULT_REVIEW_THRESHOLD}: answered ${firstAnswered.length}, right ${firstAnswered.filter((r) => r.right).length}`);
console.log(`with the shift, each source left out of its own fit: answered ${chosen.answered}, right ${chosen.right}`);
console.log('the same with a fixed floor (answered of all readings, right):');
for (const floor of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
  const at = leaveOneSourceOut(floor);
  console.log(`  floor ${floor.toFixed(2)}: answered ${at.answered} of ${readings.length}, right ${at.right}${at.answered > 0 ? ` (${((100 * at.right) / at.answered).toFixed(1)}%)` : ''}`);
}
