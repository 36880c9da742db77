import type { ModelBundle } from '../../../src/pipeline/classify/linear-model.js';

/**
 * A second opinion that reads every message alike: no request, nobody acting for another, and
 * junk with the log-odds `junkBias` (3: p 0.95; 5: p 0.99). It stands in for a trained model in
 * tests of what the combination does with the model's junk, which a retrain must not move.
 */
export const handMadeJunkModel = (junkBias: number): ModelBundle => ({
  category: { bias: -3, weights: {} },
  types: {},
  agent: { bias: -5, weights: {} },
  parent: { bias: -5, weights: {} },
  other: { bias: junkBias, weights: {} },
});
