/**
 * How the classifier reads real texts its second opinion was not trained on, measured on the
 * training folders themselves (issue 16 items 3 and 6): the REAL_TEXTS_TRAIN folders are split
 * into K folds by folder (a source never sits on both sides), each fold is read by a model trained
 * on the labeled set and the other folds, and the readings are scored as score-real-texts.ts
 * scores a fresh batch. The rules are the rules of the working tree, so a threshold or a rule
 * can be weighed on some 1,200 texts nobody tuned the model on, instead of on the 200 of the fit
 * folders. Training the K models is the slow part (about a minute each); they are kept in
 * FOLD_DIR, and `--read` reads again with the kept models after a change to the rules or to a
 * threshold.
 *
 *   REAL_TEXTS_TRAIN=/texts/16g:/texts/16k node --import tsx test/eval/fold-real.ts [--read] [--no-verdict] [--tsv FILE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyMessage } from '../../src/pipeline/classify/classify-message.js';
import { secondOpinion } from '../../src/pipeline/classify/second-opinion.js';
import type { Classification } from '../../src/pipeline/types.js';
import { evaluateSet, sameSet } from './evaluate.js';
import { folderName } from './real-training.js';
import { ANSWERED, missesOf, readRealTexts, type RealTextResult } from './score-real-texts.js';
import { withFoldVerdicts } from './train-verdict.js';
import { averageBundles, frozenMembers, trainBundle, type ModelBundle, type TrainExample } from './train-model.js';

/** How many folds the folders are dealt into (FOLDS, default 4). */
export const K = Number(process.env.FOLDS ?? 4);
const FOLD_DIR = process.env.FOLD_DIR ?? '/tmp/ccpa-mailbot-folds';

/** Folders dealt to K folds, largest first into the smallest fold, so the folds weigh alike. */
function dealFolders(sizes: ReadonlyMap<string, number>): string[][] {
  const folds: string[][] = Array.from({ length: K }, () => []);
  const weight = new Array<number>(K).fill(0);
  for (const [folder, n] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const lightest = weight.indexOf(Math.min(...weight));
    folds[lightest]!.push(folder);
    weight[lightest]! += n;
  }
  return folds;
}

interface FoldReading extends RealTextResult {
  folder: string;
  requestProbability: number | null;
  otherProbability: number | null;
}

function line(name: string, rs: readonly FoldReading[]): string {
  const n = rs.length;
  const right = (f: (r: FoldReading) => boolean): number => rs.filter(f).length;
  const cat = right((r) => r.got.category === r.label.category);
  const types = right((r) => sameSet(r.got.requestTypes, r.label.requestTypes));
  const req = right((r) => r.got.requester === r.label.requester);
  const answered = rs.filter((r) => ANSWERED.has(r.got.category) && !r.got.needsReview);
  const answeredRight = answered.filter((r) => missesOf(r).length === 0).length;
  const unreviewedWrong = rs.filter((r) => missesOf(r).length > 0 && !r.got.needsReview).length;
  const junkAnswered = answered.filter((r) => !ANSWERED.has(r.label.category)).length;
  const requestsDropped = rs.filter((r) => r.label.category === 'privacy_request' && !ANSWERED.has(r.got.category)).length;
  const pct = (a: number): string => `${((100 * a) / Math.max(n, 1)).toFixed(1)}%`;
  return `${name.padEnd(28)} ${String(n).padStart(4)}  category ${pct(cat)}  types ${pct(types)}  requester ${pct(req)}  unreviewed wrong ${unreviewedWrong}  answered ${answered.length} (${answeredRight} right)  junk answered ${junkAnswered}  requests judged junk or machine ${requestsDropped}`;
}

/** A real training text and the fold model that was not trained on its folder. */
export interface HeldOutText {
  folder: string;
  text: RealTextResult;
  model: ModelBundle;
}

/**
 * Every text of the REAL_TEXTS_TRAIN folders with the fold model not trained on it: trained now
 * (and kept in FOLD_DIR) unless `kept`, when the models of the last training are read back.
 */
export async function heldOutTexts(kept: boolean, env: string | undefined = process.env.REAL_TEXTS_TRAIN): Promise<{ folds: string[][]; texts: HeldOutText[] }> {
  const folders = (env ?? '').split(':').filter((d) => d !== '');
  if (folders.length < K) throw new Error(`REAL_TEXTS_TRAIN names ${folders.length} folders; ${K} folds need at least as many`);
  const byFolder = new Map<string, RealTextResult[]>();
  for (const f of folders) byFolder.set(f, await readRealTexts(f));
  const folds = dealFolders(new Map([...byFolder].map(([f, rs]) => [f, rs.length])));
  mkdirSync(FOLD_DIR, { recursive: true });
  const labeled = kept ? [] : (await evaluateSet()).results;
  // Read only when fold models are trained: `--read` uses the kept ones.
  let frozen: ModelBundle[] | undefined;
  const texts: HeldOutText[] = [];
  for (const [k, held] of folds.entries()) {
    const path = join(FOLD_DIR, `fold-${k}.json`);
    const key = held.join(':');
    let model: ModelBundle;
    if (kept) {
      if (!existsSync(path)) throw new Error(`${path} is missing: run fold-real.ts once without --read to train the fold models`);
      const saved = JSON.parse(readFileSync(path, 'utf8')) as { held: string; bundle: ModelBundle };
      if (saved.held !== key) throw new Error(`${path} was trained for other folds: run fold-real.ts without --read`);
      model = saved.bundle;
    } else {
      const train: TrainExample[] = [...labeled, ...folders.filter((f) => !held.includes(f)).flatMap((f) => byFolder.get(f)!.map((r) => ({ input: r.input, label: r.label })))];
      // As train-classify.ts builds the shipped model: the mean of this training and the frozen members.
      model = averageBundles([trainBundle(train), ...(frozen ??= frozenMembers())]);
      writeFileSync(path, JSON.stringify({ held: key, bundle: model }));
    }
    for (const f of held) for (const text of byFolder.get(f)!) texts.push({ folder: folderName(f), text, model });
  }
  return { folds: folds.map((fold) => fold.map(folderName)), texts };
}

async function main(argv: readonly string[]): Promise<void> {
  const held = await heldOutTexts(argv.includes('--read'));
  const { folds } = held;
  // The verdict model of each fold is fitted on the other folds' readings (train-verdict.ts).
  const texts = argv.includes('--no-verdict') ? held.texts : withFoldVerdicts(held.texts);
  const readings: FoldReading[] = texts.map(({ folder, text: r, model }) => {
    const got: Classification = r.input === null ? r.got : classifyMessage(r.input, { model });
    const opinion = r.input === null ? null : secondOpinion(r.input.subject, r.input.body, model);
    return { ...r, got, folder, requestProbability: opinion?.requestProbability ?? null, otherProbability: opinion?.otherProbability ?? null };
  });
  for (const [k, held] of folds.entries()) console.log(line(`fold ${k} (${held.length} folders)`, readings.filter((r) => held.includes(r.folder))));
  console.log(line('all folds', readings));
  const tsvAt = argv.indexOf('--tsv');
  if (tsvAt >= 0 && argv[tsvAt + 1]) {
    const rows = readings.map((r) =>
      [r.folder, r.id, r.label.category, r.got.category, r.label.requestTypes.join('+') || '-', r.got.requestTypes.join('+') || '-', r.label.requester, r.got.requester, r.requestProbability?.toFixed(3) ?? '', r.otherProbability?.toFixed(3) ?? '', r.got.confidence.toFixed(3), r.got.needsReview ? 'staff' : 'answered', missesOf(r).length === 0 ? 'right' : 'wrong'].join('\t'),
    );
    writeFileSync(argv[tsvAt + 1]!, `${['folder', 'id', 'want', 'got', 'want_types', 'got_types', 'want_req', 'got_req', 'p_request', 'p_other', 'confidence', 'route', 'reading'].join('\t')}\n${rows.join('\n')}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
