/**
 * Keeps the trained member of the committed second opinion once its real texts are gone (issue 16
 * item 4): the committed model-weights.json is the mean of one trained member and the frozen ones
 * (train-classify.ts); this takes the trained member back out of that mean and writes it as a new
 * frozen member, which train-classify.ts and fold-real.ts then average with every new training.
 *
 *   node --import tsx scripts/freeze-member.ts test/eval/frozen-model-NN.json
 *
 * Run it when a renewed machine no longer holds the REAL_TEXTS_TRAIN folders the committed model
 * names, then add the file to FROZEN_MEMBER_FILES (train-model.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bundleModels } from '../src/pipeline/classify/compile-bundle.js';
import { averageBundles, FROZEN_MEMBER_FILES, frozenMembers, memberLeftOfMean, type ModelBundle } from '../test/eval/train-model.js';

const target = process.argv[2];
if (target === undefined) {
  console.error('usage: freeze-member.ts test/eval/frozen-model-NN.json');
  process.exit(2);
}
const committed = JSON.parse(readFileSync(new URL('../src/pipeline/classify/model-weights.json', import.meta.url), 'utf8')) as ModelBundle;
const members = frozenMembers(FROZEN_MEMBER_FILES.filter((f) => !target.endsWith(f))).filter((m) => committed.trainedOn?.includes(m.trainedOn ?? '\u0000'));
const member: ModelBundle = { ...memberLeftOfMean(committed, members), trainedOn: (committed.trainedOn ?? '').split('; averaged with')[0] };
// The member must give the committed mean back, weight for weight, before it may stand for its texts.
const back = averageBundles([member, ...members]);
/** The largest difference between two bundles' weights or biases, model by model (bundleModels). */
const drift = (a: ModelBundle, b: ModelBundle): number => {
  const others = new Map(bundleModels(b));
  let most = 0;
  for (const [name, m] of bundleModels(a)) {
    const o = others.get(name) ?? { bias: 0, weights: {} };
    for (const f of new Set([...Object.keys(m.weights), ...Object.keys(o.weights)])) most = Math.max(most, Math.abs((m.weights[f] ?? 0) - (o.weights[f] ?? 0)));
    most = Math.max(most, Math.abs(m.bias - o.bias));
  }
  return most;
};
const most = drift(back, committed);
if (most > 0.0015) {
  console.error(`the recovered member does not give the committed model back (a weight differs by ${most}): not written`);
  process.exit(1);
}
writeFileSync(target, `${JSON.stringify(member)}\n`);
console.log(`wrote ${target}: ${member.trainedOn}; averaged with ${members.length} frozen member(s) it gives the committed weights back to within ${most}`);
