import type { LinearModel, ModelBundle } from './linear-model.js';
import { featureName, parseFeatureName, type FeatureKind } from './text-features.js';

/**
 * A bundle laid out for speed: one map lookup per feature gives its row in one flat array holding
 * that feature's weight in every model (category, agent, parent, other, then one per right), instead of
 * one lookup per model. One contiguous array stays in the CPU cache better than a small array per
 * feature, which matters because the rules run between two messages' lookups.
 */
export interface CompiledBundle {
  /** Model names in column order: `category`, `agent`, `parent`, `other`, then the types. */
  names: string[];
  bias: Float64Array;
  /** Feature -> row number; row r holds its weights at `weights[r * names.length + column]`. */
  rows: Map<string, number>;
  /** The same rows found by a feature's kind, first word and second word ('' for one word). */
  rowsByParts: Record<FeatureKind, Map<string, Map<string, number>>>;
  /** Row -> feature name. */
  featureNames: string[];
  weights: Float64Array;
  /** Row -> the reading (`startReading`) that last counted it. */
  countedIn: Uint32Array;
  reading: number;
}

/**
 * Starts reading one message with `bundle`: the function returned says whether a row is met for
 * the first time in this message. Each row is stamped with the reading that counted it, so no
 * array has to be allocated or cleared per message.
 */
export function startReading(bundle: CompiledBundle): (row: number) => boolean {
  if (bundle.reading === 0xffffffff) {
    bundle.countedIn.fill(0);
    bundle.reading = 0;
  }
  const reading = (bundle.reading += 1);
  const countedIn = bundle.countedIn;
  return (row) => {
    if (countedIn[row] === reading) return false;
    countedIn[row] = reading;
    return true;
  };
}

/** `rows` by kind and words, so a message's features are looked up without building names. */
function indexByParts(rows: Map<string, number>): CompiledBundle['rowsByParts'] {
  const index: CompiledBundle['rowsByParts'] = { word: new Map(), pair: new Map(), content: new Map(), negated: new Map(), subject: new Map() };
  for (const [name, row] of rows) {
    const [kind, first, second] = parseFeatureName(name);
    // A name no message can give (one that does not read back the same) is left out, as a
    // lookup by name would never find it either.
    if (featureName(kind, first, second) !== name) continue;
    let seconds = index[kind].get(first);
    if (seconds === undefined) index[kind].set(first, (seconds = new Map()));
    seconds.set(second, row);
  }
  return index;
}

/** The junk model of a bundle trained without one: no message is likelier junk than not. */
const NEVER_JUNK: LinearModel = { bias: -30, weights: {} };

const cache = new WeakMap<ModelBundle, CompiledBundle>();

/** A bundle's models in column order, with their names: category, agent, parent, other, then the rights. */
export function bundleModels(bundle: ModelBundle): Array<[string, LinearModel]> {
  return [['category', bundle.category], ['agent', bundle.agent], ['parent', bundle.parent], ['other', bundle.other ?? NEVER_JUNK], ...Object.entries(bundle.types)];
}

/** Compile a bundle once (cached per bundle object). */
export function compileBundle(bundle: ModelBundle): CompiledBundle {
  const known = cache.get(bundle);
  if (known !== undefined) return known;
  const named = bundleModels(bundle);
  const models = named.map(([, m]) => m);
  const names = named.map(([name]) => name);
  const rows = new Map<string, number>();
  for (const m of models) for (const feature of Object.keys(m.weights)) if (!rows.has(feature)) rows.set(feature, rows.size);
  const weights = new Float64Array(rows.size * models.length);
  models.forEach((m, column) => {
    for (const [feature, weight] of Object.entries(m.weights)) weights[(rows.get(feature) ?? 0) * models.length + column] = weight;
  });
  const compiled = {
    names,
    bias: Float64Array.from(models.map((m) => m.bias)),
    rows,
    rowsByParts: indexByParts(rows),
    featureNames: [...rows.keys()],
    weights,
    countedIn: new Uint32Array(rows.size),
    reading: 0,
  };
  cache.set(bundle, compiled);
  return compiled;
}
