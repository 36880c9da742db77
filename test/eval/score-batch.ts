/**
 * Scores one held-out batch of the labeled set (the files whose name starts with a prefix), so a
 * batch can be measured on its own before and after a change:
 *
 *   node --import tsx test/eval/score-batch.ts h6-
 *
 * Prints the same goals as `npm run eval:classify` (category, exact type set, requester, privacy
 * requests judged machine mail), the share right in every field, and each miss with its reasons.
 */
import { evaluateSet, sameSet, type EvalResult } from './evaluate.js';

const MACHINE = new Set(['auto_reply', 'bounce', 'bulk']);
const pct = (n: number, d: number): string => `${n}/${d} = ${((n / Math.max(d, 1)) * 100).toFixed(1)}%`;

function misses(r: EvalResult): string[] {
  const { label, got } = r;
  return [
    got.category !== label.category ? `category ${got.category} (want ${label.category})` : '',
    !sameSet(got.requestTypes, label.requestTypes) ? `types [${got.requestTypes.join()}] (want [${label.requestTypes.join()}])` : '',
    got.requester !== label.requester ? `requester ${got.requester} (want ${label.requester})` : '',
    r.input !== null && got.lang !== label.lang ? `lang ${got.lang} (want ${label.lang})` : '',
  ].filter((w) => w !== '');
}

const prefix = process.argv[2] ?? '';
const report = await evaluateSet();
const rs = report.results.filter((r) => r.file.startsWith(prefix));
const n = rs.length;
const requests = rs.filter((r) => r.label.category === 'privacy_request');
const human = rs.filter((r) => !MACHINE.has(r.label.category));
console.log(`batch '${prefix}': ${n} messages (${requests.length} privacy requests)`);
console.log(`category accuracy:      ${pct(rs.filter((r) => r.got.category === r.label.category).length, n)}`);
console.log(`exact request-type set: ${pct(rs.filter((r) => sameSet(r.got.requestTypes, r.label.requestTypes)).length, n)}`);
console.log(`requester accuracy:     ${pct(rs.filter((r) => r.got.requester === r.label.requester).length, n)}`);
console.log(`language accuracy:      ${pct(rs.filter((r) => r.input === null || r.got.lang === r.label.lang).length, n)}`);
console.log(`hipaa flag (human):     ${pct(human.filter((r) => r.got.hipaa === r.label.hipaa).length, human.length)}`);
console.log(`right in every field:   ${pct(rs.filter((r) => misses(r).length === 0).length, n)}`);
console.log(`privacy requests judged machine mail: ${requests.filter((r) => MACHINE.has(r.got.category)).map((r) => r.file).join(' ') || 'none'}`);
console.log('misses:');
for (const r of rs) {
  const wrong = misses(r);
  if (wrong.length > 0) console.log(`  ${r.file}: ${wrong.join('; ')}\n${r.got.reasons.map((x) => `      - ${x}`).join('\n')}`);
}
