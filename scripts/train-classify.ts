/**
 * Builds `src/pipeline/classify/model-weights.json`, the classifier's statistical second opinion:
 * logistic regressions over words and word pairs, trained on every labeled message of
 * `test/eval/` and the real texts of test/eval/real and REAL_TEXTS_TRAIN (real-training.ts) (run
 * `npm run train:classify` after adding or relabeling messages, and commit the JSON with them).
 * Deterministic: the same labeled texts always give the same file. How well the
 * model generalizes is measured by `node --import tsx test/eval/measure-model.ts`, which trains
 * only on batches it does not test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModels } from '../src/pipeline/classify/compile-bundle.js';
import { evaluateSet } from '../test/eval/evaluate.js';
import { foldersLeftOut, foldersNamedIn, readTrainingTexts, realTrainingFolders, trainingFolderNames } from '../test/eval/real-training.js';
import { heldOutTexts, K } from '../test/eval/fold-real.js';
import { averageBundles, frozenMembers, trainBundle, type ModelBundle } from '../test/eval/train-model.js';
import { trainVerdict, verdictExample, type VerdictExample } from '../test/eval/train-verdict.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'model-weights.json');
// A fresh batch is scored before it is trained on: HOLD_OUT=h25- (comma-separated id prefixes)
// leaves its messages out of the weights until then.
const heldOut = (process.env.HOLD_OUT ?? '').split(',').filter((p) => p !== '');
// Real texts written by others (test/eval/real, and REAL_TEXTS_TRAIN=DIR1:DIR2 outside the
// repository, real-training.ts): wording the team does not write.
const realFolders = realTrainingFolders();
const committed = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as ModelBundle) : undefined;
// The frozen members (train-model.ts) keep what was learned from folders no machine holds any more.
const frozen = frozenMembers();
const leftOut = foldersLeftOut(committed?.trainedOn ?? '', realFolders).filter((f) => !frozen.some((m) => foldersNamedIn(m.trainedOn ?? '').includes(f)));
if (leftOut.length > 0 && process.env.REAL_TEXTS_DROP !== '1') {
  console.error(`the committed model was trained on ${leftOut.length} real-text folder(s) this run would leave out: ${leftOut.join(', ')}.\nName them in REAL_TEXTS_TRAIN (colon-separated paths), keep them in a frozen member (scripts/freeze-member.ts) if no machine holds them any more, or set REAL_TEXTS_DROP=1 to train without them on purpose.`);
  process.exit(2);
}
const report = await evaluateSet();
// Staff corrections exported by `ccpa-mailbot corrections export DIR` (issue 16 item 5): a
// business's own mail, labeled by its staff. CORRECTIONS=DIR1,DIR2 adds them to the training.
const corrections = (process.env.CORRECTIONS ?? '').split(',').filter((d) => d !== '');
const corrected = (await Promise.all(corrections.map((dir) => evaluateSet(dir)))).flatMap((r) => r.results);
const real = await readTrainingTexts(realFolders);
const examples = [...report.results.filter((r) => !heldOut.some((p) => r.file.startsWith(p))), ...corrected, ...real];
const trainedOn = `${examples.length} labeled messages: test/eval${corrected.length > 0 ? `, ${corrected.length} staff corrections` : ''}, ${real.length} real texts (${trainingFolderNames(realFolders).join(', ')})`;
// The second opinion is the mean of this training and the frozen members, whose texts no machine
// holds any more (train-model.ts): each reads wording only it was trained on.
const averaged = averageBundles([trainBundle(examples), ...frozen]);
// The verdict model (reconsider-category.ts) learns from readings by second opinions NOT trained
// on the text: the real-text folders are read in folds, each by a model trained on the others
// (fold-real.ts, which keeps those models in FOLD_DIR).
// realFolders[0] is test/eval/real; the folds are dealt from the REAL_TEXTS_TRAIN folders after it.
// With too few folders at hand to read in folds, the committed verdict model is kept: it was
// fitted on readings of texts that may be gone, and no verdict at all would judge worse.
let verdict: ModelBundle['verdict'] = committed?.verdict;
let verdictNote = verdict === undefined ? `no verdict model (REAL_TEXTS_TRAIN names fewer than ${K} folders)` : `verdict model kept from the committed file (REAL_TEXTS_TRAIN names fewer than ${K} folders)`;
if (realFolders.length - 1 >= K) {
  const readings = (await heldOutTexts(false)).texts.map(verdictExample).filter((x): x is VerdictExample => x !== null);
  verdict = trainVerdict(readings);
  verdictNote = `verdict model fitted on ${readings.length} readings of those real texts, each by a model trained without its folder`;
}
const bundle: ModelBundle = { ...averaged, ...(verdict === undefined ? {} : { verdict }), trainedOn: `${trainedOn}; averaged with the frozen members of ${frozen.map((m) => m.trainedOn ?? 'unknown texts').join(' and of ')}; ${verdictNote}` };
writeFileSync(out, `${JSON.stringify(bundle)}\n`);
const count = bundleModels(bundle).reduce((n, [, m]) => n + Object.keys(m.weights).length, 0);
console.log(verdictNote);
console.log(`trained on ${examples.length} labeled messages (${real.length} real texts from ${realFolders.length} folders)${corrected.length > 0 ? ` (${corrected.length} staff corrections from ${corrections.join(', ')})` : ''}${heldOut.length > 0 ? ` (held out: ${heldOut.join(', ')})` : ''}: ${count} weights written to src/pipeline/classify/model-weights.json`);
