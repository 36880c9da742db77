/**
 * Builds `src/pipeline/classify/model-weights.json`, the classifier's statistical second opinion:
 * logistic regressions over words and word pairs, trained on every labeled message of
 * `test/eval/` (run `npm run train:classify` after adding or relabeling messages, and commit the
 * JSON with them). Deterministic: the same labeled set always gives the same file. How well the
 * model generalizes is measured by `node --import tsx test/eval/measure-model.ts`, which trains
 * only on batches it does not test.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSet } from '../test/eval/evaluate.js';
import { trainBundle } from '../test/eval/train-model.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pipeline', 'classify', 'model-weights.json');
const report = await evaluateSet();
const bundle = trainBundle(report.results);
writeFileSync(out, `${JSON.stringify(bundle)}\n`);
const count = [bundle.category, bundle.agent, bundle.parent, ...Object.values(bundle.types)].reduce((n, m) => n + Object.keys(m.weights).length, 0);
console.log(`trained on ${report.total} labeled messages: ${count} weights written to src/pipeline/classify/model-weights.json`);
