import type { ModelBundle } from './linear-model.js';

/**
 * A bundle laid out for speed: one map lookup per feature gives that feature's weight in every
 * model (category, agent, parent, then one per right), instead of one lookup per model.
 */
export interface CompiledBundle {
  /** Model names in column order: `category`, `agent`, `parent`, then the types. */
  names: string[];
  bias: Float64Array;
  table: Map<string, Float64Array>;
}

const cache = new WeakMap<ModelBundle, CompiledBundle>();

/** Compile a bundle once (cached per bundle object). */
export function compileBundle(bundle: ModelBundle): CompiledBundle {
  const known = cache.get(bundle);
  if (known !== undefined) return known;
  const models = [bundle.category, bundle.agent, bundle.parent, ...Object.values(bundle.types)];
  const names = ['category', 'agent', 'parent', ...Object.keys(bundle.types)];
  const table = new Map<string, Float64Array>();
  models.forEach((m, column) => {
    for (const [feature, weight] of Object.entries(m.weights)) {
      let row = table.get(feature);
      if (row === undefined) {
        row = new Float64Array(models.length);
        table.set(feature, row);
      }
      row[column] = weight;
    }
  });
  const compiled = { names, bias: Float64Array.from(models.map((m) => m.bias)), table };
  cache.set(bundle, compiled);
  return compiled;
}
