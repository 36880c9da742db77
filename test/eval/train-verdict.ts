/**
 * Trains the verdict model (src/pipeline/classify/reconsider-category.ts): a softmax over the
 * three categories of a person's mail, read from what the rules and the second opinion made of
 * it (verdict-features.ts). Its examples must be readings by a second opinion NOT trained on the
 * text (fold-real.ts), or it would learn to trust a model that has seen the answer. Deterministic
 * full-batch training (AdaGrad, L2 penalty, fixed rounds), as train-model.ts.
 */
import { classifyWithFeatures } from '../../src/pipeline/classify/classify-message.js';
import type { VerdictModel } from '../../src/pipeline/classify/linear-model.js';
import { softmax } from '../../src/pipeline/classify/reconsider-category.js';
import type { HeldOutText } from './fold-real.js';

const CLASSES = ['privacy_request', 'question', 'other'] as const;

export interface VerdictExample {
  features: ReadonlyMap<string, number>;
  label: (typeof CLASSES)[number];
}

/** A held-out text as the verdict model learns it: its features under its fold model, and its label. */
export function verdictExample({ text, model }: HeldOutText): VerdictExample | null {
  const label = text.label.category;
  if (text.input === null || (label !== 'privacy_request' && label !== 'question' && label !== 'other')) return null;
  // The features are read before any verdict acts, so the fold model is used as it is (a copy
  // without its verdict would be compiled again for every text).
  const { verdictFeatures } = classifyWithFeatures(text.input, { model });
  return verdictFeatures === undefined ? null : { features: verdictFeatures, label };
}

export interface VerdictOptions {
  rounds?: number;
  l2?: number;
}

/** Fit the softmax on `examples` (features as verdict-features.ts names them). */
export function trainVerdict(examples: readonly VerdictExample[], { rounds = 400, l2 = 0.001 }: VerdictOptions = {}): VerdictModel {
  const names = [...new Set(examples.flatMap((x) => [...x.features.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const k = CLASSES.length;
  const w = new Float64Array(names.length * k);
  const g2 = new Float64Array(names.length * k).fill(1e-8);
  const rows = examples.map((x) => [...x.features].map(([n, v]) => [index.get(n) ?? 0, v] as const));
  const ys = examples.map((x) => CLASSES.indexOf(x.label));
  const rate = 0.5;
  for (let round = 0; round < rounds; round += 1) {
    const grad = new Float64Array(w.length);
    rows.forEach((row, r) => {
      const z = new Array<number>(k).fill(0);
      for (const [i, v] of row) for (let c = 0; c < k; c += 1) z[c]! += (w[i * k + c] ?? 0) * v;
      const p = softmax(z);
      for (let c = 0; c < k; c += 1) {
        const err = (p[c] ?? 0) - (ys[r] === c ? 1 : 0);
        for (const [i, v] of row) grad[i * k + c]! += err * v;
      }
    });
    for (let j = 0; j < w.length; j += 1) {
      const g = (grad[j] ?? 0) / rows.length + l2 * (w[j] ?? 0);
      g2[j]! += g * g;
      w[j]! -= (rate * g) / Math.sqrt(g2[j] ?? 1);
    }
  }
  // The bias is the `bias` feature, present in every reading: kept apart in the file.
  const round3 = (v: number): number => Math.round(v * 1000) / 1000;
  const at = (i: number): number[] => Array.from({ length: k }, (_, c) => round3(w[i * k + c] ?? 0));
  const biasRow = index.get('bias');
  const weights: Record<string, number[]> = {};
  names.forEach((n, i) => {
    if (n === 'bias') return;
    const row = at(i);
    if (row.some((v) => v !== 0)) weights[n] = row;
  });
  return { classes: [...CLASSES], bias: biasRow === undefined ? new Array<number>(k).fill(0) : at(biasRow), weights };
}

/**
 * The held-out texts, each with its fold model given a verdict model fitted on the other folds'
 * readings: how the shipped design (second opinion, then verdict) reads text neither was fitted on.
 */
export function withFoldVerdicts(texts: readonly HeldOutText[], options: VerdictOptions = {}): HeldOutText[] {
  const examples = texts.map(verdictExample);
  const models = [...new Set(texts.map((t) => t.model))];
  const given = new Map(
    models.map((m) => [m, { ...m, verdict: trainVerdict(examples.filter((x, i): x is VerdictExample => x !== null && texts[i]!.model !== m), options) }]),
  );
  return texts.map((t) => ({ ...t, model: given.get(t.model) ?? t.model }));
}
