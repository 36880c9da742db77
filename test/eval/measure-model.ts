/**
 * Honest measurement of the statistical second opinion: leave-one-batch-out over the held-out
 * batches (`source/14-*` onwards). For each batch the models are trained only on the OTHER
 * batches (never on the last, fresh batch unless it is the one tested), then rules-only, model-only
 * and several combinations are scored on the batch. Caveat printed with the numbers: the rules
 * were fixed on batches 14-26 after they were measured, so rules-only is optimistic there; the
 * last batch is the only one neither the rules nor the model has seen.
 *
 *   node --import tsx test/eval/measure-model.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { classifyMessage as ClassifyFn } from '../../src/pipeline/classify/classify-message.js';
import { combineOpinions } from '../../src/pipeline/classify/combine-opinions.js';
import type { ModelBundle } from '../../src/pipeline/classify/linear-model.js';
import { secondOpinion, type SecondOpinion } from '../../src/pipeline/classify/second-opinion.js';
import type { Classification } from '../../src/pipeline/types.js';
import { EVAL_DIR, evaluateSet, sameSet, type EvalResult } from './evaluate.js';
import { trainBundle } from './train-model.js';

interface Guess {
  category: string;
  types: string[];
  requester: string;
}

const HUMAN = new Set(['privacy_request', 'question']);

function batchOf(): Map<string, string> {
  const map = new Map<string, string>();
  for (const source of readdirSync(join(EVAL_DIR, 'source')).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(EVAL_DIR, 'source', source), 'utf8');
    // Training-only files (written after the batches, to teach the model) are never tested on and
    // never used forward in time: they are marked 'tr', which is no batch number.
    const batch = source.includes('training') ? 'tr' : source.slice(0, 2);
    for (const m of text.matchAll(/^### id=(\S+)/gm)) map.set(`${m[1] ?? ''}.eml`, batch);
  }
  return map;
}

type Combiner = (r: EvalResult, o: SecondOpinion) => Guess;

const fromRules = (c: Classification): Guess => ({ category: c.category, types: c.requestTypes, requester: c.requester });
const asQuestion: Guess = { category: 'question', types: [], requester: 'none' };

/** The request a combination settled on: the rules' reading when the rules also saw a request. */
function asRequest(r: EvalResult, o: SecondOpinion): Guess {
  return r.got.category === 'privacy_request' ? fromRules(r.got) : { category: 'privacy_request', types: o.types, requester: o.requester };
}

const decide = (yes: boolean, r: EvalResult, o: SecondOpinion): Guess => (yes ? asRequest(r, o) : asQuestion);

/** `combined` is what classifyMessage does (combine-opinions.ts); the others are alternatives. */
const COMBINERS: Record<string, Combiner> = {
  rules: (r) => fromRules(r.got),
  model: (r, o) => (o.requestProbability > 0.5 ? { category: 'privacy_request', types: o.types, requester: o.requester } : asQuestion),
  unsure: (r, o) => (r.got.needsReview ? decide(o.requestProbability > 0.5, r, o) : fromRules(r.got)),
  blend: (r, o) => {
    const rulesP = r.got.category === 'privacy_request' ? r.got.confidence : 1 - r.got.confidence;
    return decide((rulesP + o.requestProbability) / 2 > 0.5, r, o);
  },
  combined: (r, o) => fromRules(combineOpinions(r.got, o)),
};

function guess(name: string, r: EvalResult, bundle: ModelBundle): Guess {
  if (!HUMAN.has(r.got.category) || r.input === null) return fromRules(r.got);
  const combiner = COMBINERS[name] ?? COMBINERS.rules;
  return combiner ? combiner(r, secondOpinion(r.input.subject, r.input.body, bundle)) : fromRules(r.got);
}


/** Category fixed / broken by the combination, relative to the rules (a paired count). */
function flips(test: readonly EvalResult[], bundle: ModelBundle): string {
  const fixed = test.filter((r) => r.got.category !== r.label.category && guess('combined', r, bundle).category === r.label.category).length;
  const broken = test.filter((r) => r.got.category === r.label.category && guess('combined', r, bundle).category !== r.label.category).length;
  return `fixed ${fixed}, broke ${broken}`;
}

const OPTIONS = { l2: Number(process.env.L2 ?? 0.0001), epochs: Number(process.env.EPOCHS ?? 150), minDocs: Number(process.env.MIN_DOCS ?? 2) };
const report = await evaluateSet(EVAL_DIR, { model: null });
const batches = batchOf();
const held = [...new Set(batches.values())].filter((b) => Number(b) >= 14).sort();
const fresh = held[held.length - 1] ?? '';
const showFresh = process.env.SHOW_FRESH === '1';
const totals: Record<string, number[]> = {};
console.log(`batch  n   ${Object.keys(COMBINERS).map((c) => c.padEnd(13)).join(' ')}   (category / exact types / requester)`);
for (const batch of held) {
  const train = report.results.filter((r) => batches.get(r.file) !== batch && (batch === fresh || batches.get(r.file) !== fresh));
  const test = report.results.filter((r) => batches.get(r.file) === batch);
  const bundle = trainBundle(train, OPTIONS);
  const cells = Object.keys(COMBINERS).map((name) => {
    const gs = test.map((r) => [r, guess(name, r, bundle)] as const);
    const c = [
      gs.filter(([r, g]) => g.category === r.label.category).length,
      gs.filter(([r, g]) => sameSet(g.types, r.label.requestTypes)).length,
      gs.filter(([r, g]) => g.requester === r.label.requester).length,
    ];
    if (batch !== fresh) totals[name] = (totals[name] ?? [0, 0, 0]).map((x, i) => x + (c[i] ?? 0));
    return c.join('/').padEnd(13);
  });
  if (batch !== fresh || showFresh) console.log(`${batch}     ${String(test.length).padEnd(3)} ${cells.join(' ')} ${flips(test, bundle)}${batch === fresh ? '  <- fresh' : ''}`);
}
const pooled = report.results.filter((r) => held.includes(batches.get(r.file) ?? '') && batches.get(r.file) !== fresh).length;
console.log(`pooled ${held[0] ?? ''}-${held[held.length - 2] ?? ''} (${pooled}): ${Object.entries(totals).map(([k, v]) => `${k} ${v.map((x) => ((x / pooled) * 100).toFixed(1)).join('/')}`).join('  ')}`);

/**
 * Forward in time: each batch 14-20 (files 22-28) scored with the rules as they were before the
 * batch was written (commits from README.md) and a model trained only on the files before it:
 * what either approach would have scored on that batch when it was new.
 */
const RULES_BEFORE: Record<string, string> = {
  '22': 'c919953',
  '23': 'eed1f32',
  '24': '43efc91',
  '25': '3a89d5e',
  '26': '276ff72',
  '27': '01b3e85',
  '28': '197d441',
};
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const scratch = mkdtempSync(join(tmpdir(), 'rules-then-'));
const forward: Record<string, number[]> = {};
let forwardN = 0;
console.log('\nforward in time (rules as they were before the batch; model trained on earlier files only):');
for (const [batch, commit] of Object.entries(RULES_BEFORE)) {
  execFileSync('sh', ['-c', `git -C "${root}" archive ${commit} src | tar -x -C "${scratch}" && mv "${scratch}/src" "${scratch}/${commit}"`]);
  const url = pathToFileURL(join(scratch, commit, 'pipeline', 'classify', 'classify-message.ts')).href;
  const old = (await import(url)) as { classifyMessage: typeof ClassifyFn };
  const train = report.results.filter((r) => Number(batches.get(r.file)) < Number(batch));
  const bundle = trainBundle(train, OPTIONS);
  const test = report.results.filter((r) => batches.get(r.file) === batch).map((r) => ({ ...r, got: r.input ? old.classifyMessage(r.input, { model: null }) : r.got }));
  forwardN += test.length;
  const cells = Object.keys(COMBINERS).map((name) => {
    const gs = test.map((r) => [r, guess(name, r, bundle)] as const);
    const c = [
      gs.filter(([r, g]) => g.category === r.label.category).length,
      gs.filter(([r, g]) => sameSet(g.types, r.label.requestTypes)).length,
      gs.filter(([r, g]) => g.requester === r.label.requester).length,
    ];
    forward[name] = (forward[name] ?? [0, 0, 0]).map((x, i) => x + (c[i] ?? 0));
    return c.join('/').padEnd(13);
  });
  console.log(`${batch}     ${String(test.length).padEnd(3)} ${cells.join(' ')} ${flips(test, bundle)}  rules ${commit}`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`pooled forward (${forwardN}): ${Object.entries(forward).map(([k, v]) => `${k} ${v.map((x) => ((x / forwardN) * 100).toFixed(1)).join('/')}`).join('  ')}`);
