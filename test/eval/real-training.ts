/**
 * Real texts written by others as training material for the second opinion (issue 16 item 4).
 * The copies licences allow are in `test/eval/real/` and are always trained on; texts that may
 * not be copied stay in folders outside the repository and are named at training time:
 *
 *   REAL_TEXTS_TRAIN=/texts/16g:/texts/16e/A npm run train:classify
 *
 * Only their weights reach the repository (word and word-pair weights, not the texts). A folder
 * trained on may no longer measure the bot: keep the held-out batches (REAL_TEXTS_FRESH, the
 * test folders) out of this list.
 */
import { join } from 'node:path';
import { EVAL_DIR } from './evaluate.js';
import { readRealTexts } from './score-real-texts.js';
import type { TrainExample } from './train-model.js';

/** The committed real texts (test/eval/real), then the folders REAL_TEXTS_TRAIN names. */
export function realTrainingFolders(env: string | undefined = process.env.REAL_TEXTS_TRAIN): string[] {
  return [join(EVAL_DIR, 'real'), ...(env ?? '').split(':').filter((d) => d !== '')];
}

/** A folder's name in a note: its last part, with its parent for a batch folder (A, B): "realtexts-16e/B". */
export const folderName = (f: string): string =>
  f.split('/').filter((p) => p !== '').slice(-2).filter((p, i, all) => i === all.length - 1 || all[all.length - 1]!.length <= 2).join('/');

/** Every labeled text of `folders`, read by the daemon's own stages as training examples. */
export async function readTrainingTexts(folders: readonly string[]): Promise<TrainExample[]> {
  const out: TrainExample[] = [];
  for (const folder of folders) for (const r of await readRealTexts(folder)) out.push({ input: r.input, label: r.label });
  return out;
}

/** The folders as a model's `trainedOn` names them: the committed copies first, then each folder's short name. */
export const trainingFolderNames = (folders: readonly string[]): string[] => folders.map((f, i) => (i === 0 ? 'test/eval/real' : folderName(f)));

/**
 * The real-text folders a model was trained on that a new training run would leave out, from the
 * model's `trainedOn` line ("... real texts (test/eval/real, realtexts-16, realtexts-16e/A)").
 * The folders outside the repository live on one machine; training without them silently throws
 * their wording away, so train-classify refuses unless told to (REAL_TEXTS_DROP=1).
 */
export function foldersLeftOut(trainedOn: string, folders: readonly string[]): string[] {
  const kept = new Set(trainingFolderNames(folders));
  return foldersNamedIn(trainedOn).filter((n) => !kept.has(n));
}

/** The real-text folders a model's `trainedOn` line names. */
export function foldersNamedIn(trainedOn: string): string[] {
  const named = /real texts \(([^)]*)\)/.exec(trainedOn)?.[1];
  return (named ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
}
