import type { RequesterRole, RequestType } from '../types.js';
import { compileBundle } from './compile-bundle.js';
import type { ModelBundle } from './linear-model.js';
import trained from './model-weights.json' with { type: 'json' };
import { textFeatures } from './text-features.js';

/** Built by `npm run train:classify` (scripts/train-classify.ts) from the labeled set in test/eval/. */
export const TRAINED_MODEL: ModelBundle = trained;

export interface SecondOpinion {
  /** Probability that the message is a privacy request rather than a question. */
  requestProbability: number;
  types: RequestType[];
  requester: RequesterRole;
  /** The words that weighed most on the category, with their weights ('"delete" +2.10'). */
  evidence: string[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const show = ([f, w]: [string, number]): string => `"${f.replace(/_/g, ' ')}" ${w >= 0 ? '+' : ''}${w.toFixed(2)}`;

/** The three features that weigh most on the category, strongest first. */
function topThree(hits: Array<[string, number]>): string[] {
  hits.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return hits.slice(0, 3).map(show);
}

/**
 * The statistical reading of a message (pure): logistic regressions over its words and word
 * pairs say how likely it is a request, which rights it names and who writes. A type is read when
 * its model says more likely than not; if none does, the likeliest above 0.2 (a request usually
 * names one right). Types and requester are left empty/self when a question is likelier.
 */
export function secondOpinion(subject: string, body: string, model: ModelBundle = TRAINED_MODEL): SecondOpinion {
  const { names, bias, table } = compileBundle(model);
  const sums = Float64Array.from(bias);
  const hits: Array<[string, number]> = [];
  for (const feature of textFeatures(subject, body)) {
    const row = table.get(feature);
    if (row === undefined) continue;
    for (let i = 0; i < row.length; i += 1) sums[i] = (sums[i] ?? 0) + (row[i] ?? 0);
    if (row[0] !== 0) hits.push([feature, row[0] ?? 0]);
  }
  const requestProbability = sigmoid(sums[0] ?? 0);
  const evidence = topThree(hits);
  if (requestProbability <= 0.5) return { requestProbability, types: [], requester: 'self', evidence };
  const typeScores = names.slice(3).map((t, i) => [t as RequestType, sigmoid(sums[i + 3] ?? 0)] as const);
  let types = typeScores.filter(([, p]) => p > 0.5).map(([t]) => t);
  const best = [...typeScores].sort((a, b) => b[1] - a[1])[0];
  if (types.length === 0 && best !== undefined && best[1] > 0.2) types = [best[0]];
  const agent = sigmoid(sums[1] ?? 0);
  const parent = sigmoid(sums[2] ?? 0);
  const requester: RequesterRole = agent < 0.5 && parent < 0.5 ? 'self' : agent >= parent ? 'agent' : 'parent';
  return { requestProbability, types, requester, evidence };
}
