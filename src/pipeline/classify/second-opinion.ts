import type { RequesterRole, RequestType } from '../types.js';
import { compileBundle, startReading, type CompiledBundle } from './compile-bundle.js';
import type { ModelBundle } from './linear-model.js';
import trained from './model-weights.json' with { type: 'json' };
import { visitFeatures } from './text-features.js';

/** Built by `npm run train:classify` (scripts/train-classify.ts) from the labeled set in test/eval/. */
export const TRAINED_MODEL: ModelBundle = trained;

export interface SecondOpinion {
  /** Probability that the message is a privacy request rather than a question. */
  requestProbability: number;
  types: RequestType[];
  requester: RequesterRole;
  /** Probability of each right being asked, read as if the message were a request. */
  typeProbabilities: Partial<Record<RequestType, number>>;
  /** Probabilities that someone writes for another adult (agent) or for a child (parent). */
  agentProbability: number;
  parentProbability: number;
  /** Probability that the message is no privacy matter at all (`other`: junk, pitches, misdirected mail). */
  otherProbability: number;
  /** The words that weighed most on the category, with their weights ('"delete" +2.10'). */
  evidence: string[];
  /**
   * Share of the message's word pairs (neighbouring words, in order) the model has a weight
   * for: how much its wording looks like the mail the model learned from. Text written unlike
   * the team's mail is read less reliably than the stated chance (calibrate-confidence.ts).
   * Counted before a closing line ("Thanks,"), after which comes a name no model knows.
   */
  familiarPairs: number;
}

/** Columns of a compiled bundle before the rights: category, agent, parent, other (compile-bundle.ts). */
const FIRST_TYPE_COLUMN = 4;

/**
 * A closing line ("Thanks,", "Saludos,"): what follows is the writer's name, which no model knows,
 * so a short plain request signed with a name read as unfamiliar wording (11 word pairs, 2 of them
 * the name: 83% familiar, under the floor). The familiar share is counted before it.
 */
const SIGN_OFF = /\n[ \t]*(?:thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|sincerely|best|cheers|yours (?:truly|sincerely|faithfully)|gracias|muchas gracias|saludos|un saludo|atentamente|cordialmente|quedo atent[oa])[ \t]*[,.!]?[ \t]*(?:\n|$)/i;

/** Share of the word pairs of `body` the bundle has a weight for (1 when it has none). */
function familiarShare(bundle: CompiledBundle, body: string): number {
  let pairs = 0;
  let known = 0;
  visitFeatures('', body, (kind, first, second) => {
    if (kind !== 'pair') return;
    pairs += 1;
    if (bundle.rowsByParts.pair.get(first)?.get(second) !== undefined) known += 1;
  });
  return pairs === 0 ? 1 : known / pairs;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const show = ([f, w]: [string, number]): string => `"${f.replace(/_/g, ' ')}" ${w >= 0 ? '+' : ''}${w.toFixed(2)}`;

/** Heavier on the category first; equal weights by name, so the evidence is deterministic. */
const heavier = (a: [string, number], b: [string, number]): boolean =>
  Math.abs(a[1]) > Math.abs(b[1]) || (Math.abs(a[1]) === Math.abs(b[1]) && a[0] < b[0]);

/** Keep the three features that weigh most on the category, strongest first (no full sort). */
function keepTopThree(top: Array<[string, number]>, hit: [string, number]): void {
  let i = top.length;
  while (i > 0 && heavier(hit, top[i - 1] ?? hit)) i -= 1;
  if (i < 3) {
    top.splice(i, 0, hit);
    if (top.length > 3) top.pop();
  }
}

/**
 * The statistical reading of a message (pure): logistic regressions over its words and word
 * pairs say how likely it is a request, which rights it names and who writes. A type is read when
 * its model says more likely than not; if none does, the likeliest above 0.2 (a request usually
 * names one right). Types and requester are left empty/self when a question is likelier; the
 * probabilities behind them are always given.
 */
export function secondOpinion(subject: string, body: string, model: ModelBundle = TRAINED_MODEL): SecondOpinion {
  const bundle = compileBundle(model);
  const { names, bias, rowsByParts, featureNames, weights } = bundle;
  const columns = names.length;
  const sums = Float64Array.from(bias);
  const top: Array<[string, number]> = [];
  // Each feature counts once, where it first appears (the order of `textFeatures`, so the sums
  // add up in the same order). Distinct features have distinct rows: a row met again is a repeat.
  const firstTime = startReading(bundle);
  let pairs = 0;
  let knownPairs = 0;
  visitFeatures(subject, body, (kind, first, second) => {
    const row = rowsByParts[kind].get(first)?.get(second);
    if (kind === 'pair') {
      pairs += 1;
      if (row !== undefined) knownPairs += 1;
    }
    if (row === undefined || !firstTime(row)) return;
    const at = row * columns;
    for (let i = 0; i < columns; i += 1) sums[i] = (sums[i] ?? 0) + (weights[at + i] ?? 0);
    const w = weights[at] ?? 0;
    // Most words weigh less than the third strongest so far: skip them without allocating.
    if (w !== 0 && (top.length < 3 || Math.abs(w) >= Math.abs(top[2]?.[1] ?? 0))) keepTopThree(top, [featureNames[row] ?? '', w]);
  });
  const requestProbability = sigmoid(sums[0] ?? 0);
  const evidence = top.map(show);
  const typeScores = names.slice(FIRST_TYPE_COLUMN).map((t, i) => [t as RequestType, sigmoid(sums[i + FIRST_TYPE_COLUMN] ?? 0)] as const);
  const typeProbabilities = Object.fromEntries(typeScores);
  const agentProbability = sigmoid(sums[1] ?? 0);
  const parentProbability = sigmoid(sums[2] ?? 0);
  const otherProbability = sigmoid(sums[3] ?? 0);
  const signOff = SIGN_OFF.exec(body);
  const familiarPairs = signOff === null ? (pairs === 0 ? 1 : knownPairs / pairs) : familiarShare(bundle, body.slice(0, signOff.index));
  const read = { requestProbability, typeProbabilities, agentProbability, parentProbability, otherProbability, evidence, familiarPairs };
  if (requestProbability <= 0.5) return { ...read, types: [], requester: 'self' };
  let types = typeScores.filter(([, p]) => p > 0.5).map(([t]) => t);
  const best = [...typeScores].sort((a, b) => b[1] - a[1])[0];
  if (types.length === 0 && best !== undefined && best[1] > 0.2) types = [best[0]];
  const requester: RequesterRole =
    agentProbability < 0.5 && parentProbability < 0.5 ? 'self' : agentProbability >= parentProbability ? 'agent' : 'parent';
  return { ...read, types, requester };
}
