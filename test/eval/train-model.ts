/**
 * Trains the classifier's statistical second opinion: binary logistic regressions over
 * `textFeatures` (words, word pairs, subject words). Deterministic full-batch training (AdaGrad,
 * L2 penalty, fixed epochs, no random order), so the same messages always give the same weights.
 */
import type { LinearModel, ModelBundle } from '../../src/pipeline/classify/linear-model.js';
import type { ClassifyInput } from '../../src/pipeline/classify/classify-message.js';
import { textFeatures } from '../../src/pipeline/classify/text-features.js';
import { readFileSync } from 'node:fs';
import type { EvalLabel } from './build-eval-set.js';

export const REQUEST_TYPES = ['access', 'portability', 'deletion', 'correction', 'opt_out', 'limit_sensitive'] as const;

export type { ModelBundle } from '../../src/pipeline/classify/linear-model.js';

export interface TrainExample {
  /** Null for mail the daemon screens out and never reads: nothing to learn from. */
  input: ClassifyInput | null;
  label: EvalLabel;
}

export interface TrainOptions {
  epochs?: number;
  l2?: number;
  minDocs?: number;
  /** Weights smaller than this are dropped from the file: they barely move a score. */
  minWeight?: number;
  /**
   * How much each positive example counts against a negative one: 1 by default; `balanced` makes
   * the positives weigh as much in all as the negatives (a rare class, as junk is among people's
   * mail, is otherwise pulled towards "never" by the mass of the other class).
   */
  positiveWeight?: number | 'balanced';
}

/** One binary logistic regression; features seen in fewer than `minDocs` messages are dropped. */
export function trainLogistic(docs: readonly string[][], y: readonly boolean[], o: TrainOptions = {}): LinearModel {
  const { epochs = 150, l2 = 0.0001, minDocs = 2, minWeight = Number(process.env.MIN_WEIGHT ?? 0.05) } = o;
  const positives = y.filter((v) => v).length;
  const positiveWeight = o.positiveWeight === 'balanced' ? (positives === 0 ? 1 : (y.length - positives) / positives) : (o.positiveWeight ?? 1);
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.keys()].filter((f) => (df.get(f) ?? 0) >= minDocs).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = docs.map((d) => d.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let bias = 0;
  let bias2 = 1e-8;
  const n = y.length - positives + positives * positiveWeight;
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const grad = new Float64Array(vocab.length);
    let gBias = 0;
    rows.forEach((row, k) => {
      let z = bias;
      for (const i of row) z += w[i] ?? 0;
      const err = y[k] ? (1 / (1 + Math.exp(-z)) - 1) * positiveWeight : 1 / (1 + Math.exp(-z));
      gBias += err;
      for (const i of row) grad[i] = (grad[i] ?? 0) + err;
    });
    for (let i = 0; i < vocab.length; i += 1) {
      const g = (grad[i] ?? 0) / n + l2 * (w[i] ?? 0);
      g2[i] = (g2[i] ?? 0) + g * g;
      w[i] = (w[i] ?? 0) - (rate * g) / Math.sqrt(g2[i] ?? 1);
    }
    bias2 += (gBias / n) ** 2;
    bias -= (rate * gBias) / n / Math.sqrt(bias2);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    const v = w[i] ?? 0;
    if (Math.abs(v) >= minWeight) weights[f] = Math.round(v * 1000) / 1000;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** Train every model of the bundle from labeled human messages (machine mail is left out). */
export function trainBundle(examples: readonly TrainExample[], o: TrainOptions = {}): ModelBundle {
  // Junk (`other`, issue 16) is a person's mail too: a message that is no request, for the category model.
  const human = examples.flatMap((e) => (e.input !== null && (e.label.category === 'privacy_request' || e.label.category === 'question' || e.label.category === 'other') ? [{ ...e, input: e.input }] : []));
  const feats = human.map((e) => textFeatures(e.input.subject, e.input.body));
  const isReq = human.map((e) => e.label.category === 'privacy_request');
  const reqFeats = feats.filter((_, i) => isReq[i]);
  const reqs = human.filter((_, i) => isReq[i]);
  const types: Record<string, LinearModel> = {};
  for (const t of REQUEST_TYPES) types[t] = trainLogistic(reqFeats, reqs.map((e) => e.label.requestTypes.includes(t)), o);
  return {
    category: trainLogistic(feats, isReq, o),
    types,
    agent: trainLogistic(reqFeats, reqs.map((e) => e.label.requester === 'agent'), o),
    parent: trainLogistic(reqFeats, reqs.map((e) => e.label.requester === 'parent'), o),
    // Junk is a few hundred of thousands of people's messages: weighed as much as the rest, it
    // reads junk nobody here saw better (on the held-out real texts 16u, 16v and the B batches,
    // the questions' junk was told from real questions with an AUC of 0.81 instead of 0.51).
    other: trainLogistic(feats, human.map((e) => e.label.category === 'other'), { ...o, positiveWeight: 'balanced' }),
  };
}

/** One model's weights as the mean of `models`' (a feature a model lacks weighs 0 in it). */
function averageModels(models: readonly LinearModel[]): LinearModel {
  const sums = new Map<string, number>();
  for (const m of models) for (const [f, w] of Object.entries(m.weights)) sums.set(f, (sums.get(f) ?? 0) + w);
  const weights: Record<string, number> = {};
  for (const f of [...sums.keys()].sort()) {
    const mean = Math.round(((sums.get(f) ?? 0) / models.length) * 1000) / 1000;
    if (mean !== 0) weights[f] = mean;
  }
  return { bias: Math.round((models.reduce((s, m) => s + m.bias, 0) / models.length) * 1000) / 1000, weights };
}

/**
 * The bundle whose every score is the mean of `bundles`' log-odds: for logistic regressions, the
 * mean of their weights. Two models trained on different real texts disagree on the wording only
 * one of them saw; their mean reads mail neither saw better than either (on 4,016 real texts, each
 * read with a model trained without its folder, test/eval/fold-real.ts). A bundle without a junk
 * model is left out of the junk model's mean.
 */
export function averageBundles(bundles: readonly ModelBundle[]): ModelBundle {
  const typeNames = [...new Set(bundles.flatMap((b) => Object.keys(b.types)))];
  const withJunk = bundles.flatMap((b) => (b.other === undefined ? [] : [b.other]));
  return {
    category: averageModels(bundles.map((b) => b.category)),
    types: Object.fromEntries(typeNames.map((t) => [t, averageModels(bundles.map((b) => b.types[t] ?? { bias: 0, weights: {} }))])),
    agent: averageModels(bundles.map((b) => b.agent)),
    parent: averageModels(bundles.map((b) => b.parent)),
    ...(withJunk.length > 0 ? { other: averageModels(withJunk) } : {}),
  };
}

/**
 * The frozen members of the second opinion: models whose real texts no machine holds any more, so
 * they can never be trained again. train-classify.ts and fold-real.ts average every new training
 * with them (averageBundles) instead of throwing their wording away.
 * - frozen-model-16.json: the model committed until 2026-12-07, trained on the labeled set and
 *   1,561 real texts (the 16* folders).
 * - frozen-model-25.json: the trained member of the model committed at 58df150 (the labeled set and
 *   4,561 real texts, 17a-24h), taken back out of that mean by `memberLeftOfMean`
 *   (scripts/freeze-member.ts) after the workplace was renewed and those texts were gone.
 */
export const FROZEN_MEMBER_FILES = ['frozen-model-16.json', 'frozen-model-25.json'] as const;

export function frozenMembers(files: readonly string[] = FROZEN_MEMBER_FILES): ModelBundle[] {
  return files.map((file) => JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as ModelBundle);
}

// Weights are written rounded to 0.001 and a trained weight under minWeight (0.05) is dropped, so
// what is left of a recovered weight under this size is rounding, not a feature the member had.
const ROUNDING_LEFTOVER = 0.01;

function memberLeftOfModel(mean: LinearModel, known: readonly LinearModel[]): LinearModel {
  const n = known.length + 1;
  const rest = (sum: number, pick: (m: LinearModel) => number): number => Math.round((n * sum - known.reduce((s, m) => s + pick(m), 0)) * 1000) / 1000;
  const features = new Set([...Object.keys(mean.weights), ...known.flatMap((m) => Object.keys(m.weights))]);
  const weights: Record<string, number> = {};
  for (const f of [...features].sort()) {
    const w = rest(mean.weights[f] ?? 0, (m) => m.weights[f] ?? 0);
    if (Math.abs(w) >= ROUNDING_LEFTOVER) weights[f] = w;
  }
  return { bias: rest(mean.bias, (m) => m.bias), weights };
}

/**
 * The member `m` of a mean such that averageBundles([m, ...known]) gives `mean` back (to the
 * 0.001 the weights are written in): how a trained member is kept once its texts are gone. The
 * junk model is averaged over the members that have one, so it is taken out of those only.
 */
export function memberLeftOfMean(mean: ModelBundle, known: readonly ModelBundle[]): ModelBundle {
  const withJunk = known.flatMap((b) => (b.other === undefined ? [] : [b.other]));
  return {
    category: memberLeftOfModel(mean.category, known.map((b) => b.category)),
    types: Object.fromEntries(Object.entries(mean.types).map(([t, m]) => [t, memberLeftOfModel(m, known.map((b) => b.types[t] ?? { bias: 0, weights: {} }))])),
    agent: memberLeftOfModel(mean.agent, known.map((b) => b.agent)),
    parent: memberLeftOfModel(mean.parent, known.map((b) => b.parent)),
    ...(mean.other === undefined ? {} : { other: memberLeftOfModel(mean.other, withJunk) }),
  };
}
