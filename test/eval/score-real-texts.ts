/**
 * Scores request texts written by others (issue 16 item 4): letter generators' and data-rights
 * organisations' templates, agent services' letters, messages people posted publicly. Most of them
 * may not be copied into this repository, so they live in a folder outside it, one source per
 * `.txt` file (folders read too) in the labeled-set format (`### id=... cat=... types=... req=... lang=...`, see
 * build-eval-set.ts), labeled by hand as a privacy analyst would:
 *
 *   REAL_TEXTS_DIR=/path/to/texts node --import tsx test/eval/score-real-texts.ts [--misses] [--reliability]
 *   node --import tsx test/eval/score-real-texts.ts test/eval/real     (the copies licences allow)
 *
 * Each text goes through the daemon's own stages (wrapped in mail as the labeled set is, then
 * parse, screen, read, classify). Per source it prints category / exact type set / requester right,
 * and how many were wrong but confident (answered with no staff review at the default
 * REVIEW_THRESHOLD). Where a source holds junk or machine mail (labels other than privacy_request
 * and question), it also prints how many of them would be answered, and how many privacy requests
 * were judged junk or machine mail (never answered: the worst miss). `--misses` prints each miss
 * with its reasons; `--reliability` a reliability table of the stated confidence on these texts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { understandRawMail } from '../../src/cli/classify.js';
import type { ClassifyInput } from '../../src/pipeline/classify/classify-message.js';
import type { Classification } from '../../src/pipeline/types.js';
import { parseSource, type EvalLabel } from './build-eval-set.js';
import { daemonReading, sameSet } from './evaluate.js';
import { readingRight, reliabilityRows } from './reliability.js';
import { renderEml } from './render-eml.js';


export interface RealTextResult {
  source: string;
  id: string;
  label: EvalLabel;
  got: Classification;
  /** What the classifier read (null when the screen kept it from being read). */
  input: ClassifyInput | null;
}

function listTexts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listTexts(path) : name.endsWith('.txt') ? [path] : [];
    });
}

/** What the daemon makes of every labeled text under `dir` (one source per `.txt` file, folders included). */
export async function readRealTexts(dir: string): Promise<RealTextResult[]> {
  const out: RealTextResult[] = [];
  let index = 0;
  for (const path of listTexts(dir)) {
    const file = relative(dir, path);
    for (const message of parseSource(readFileSync(path, 'utf8'))) {
      const { input, got } = daemonReading(await understandRawMail(Buffer.from(renderEml(message, index))));
      index += 1;
      out.push({ source: file.replace(/\.txt$/, ''), id: message.id, label: message.label, got, input });
    }
  }
  return out;
}

/** The fields of a reading that differ from its label, in words. */
export function missesOf(r: RealTextResult): string[] {
  const { label, got } = r;
  return [
    got.category !== label.category ? `category ${got.category} (want ${label.category})` : '',
    !sameSet(got.requestTypes, label.requestTypes) ? `types [${got.requestTypes.join()}] (want [${label.requestTypes.join()}])` : '',
    got.requester !== label.requester ? `requester ${got.requester} (want ${label.requester})` : '',
  ].filter((w) => w !== '');
}

/** Categories that get an answer (a request's challenge, a question's acknowledgement); the rest are never answered. */
export const ANSWERED: ReadonlySet<string> = new Set(['privacy_request', 'question']);

function summary(name: string, rs: readonly RealTextResult[]): string {
  const n = rs.length;
  const cat = rs.filter((r) => r.got.category === r.label.category).length;
  const types = rs.filter((r) => sameSet(r.got.requestTypes, r.label.requestTypes)).length;
  const req = rs.filter((r) => r.got.requester === r.label.requester).length;
  const wrong = rs.filter((r) => missesOf(r).length > 0);
  const confident = wrong.filter((r) => !r.got.needsReview).length;
  const junk = rs.filter((r) => !ANSWERED.has(r.label.category));
  const junkRead = junk.filter((r) => ANSWERED.has(r.got.category));
  // Read as a person's mail but doubted: nothing goes out (decide-inbound.ts), staff read it.
  const junkAnswered = junkRead.filter((r) => !r.got.needsReview).length;
  const requests = rs.filter((r) => r.label.category === 'privacy_request');
  const requestsDropped = requests.filter((r) => !ANSWERED.has(r.got.category)).length;
  const extra = junk.length > 0 || requestsDropped > 0 ? `; junk read as a person's mail ${junkRead.length}/${junk.length}, answered unreviewed ${junkAnswered}, requests judged junk or machine ${requestsDropped}/${requests.length}` : '';
  return `${name.padEnd(34)} ${String(n).padStart(3)}  category ${cat}/${n}  types ${types}/${n}  requester ${req}/${n}  wrong ${wrong.length}, of them unreviewed ${confident}${extra}`;
}

/**
 * Item 3 on text nobody here wrote: per confidence bucket of the persons' mail read (requests,
 * questions and junk read as such), how many, the mean stated chance of being right and the share
 * actually right in every field. The labeled set's table (`npm run eval:classify`) is fitted on
 * the team's own writing; this one says whether the stated chance holds on real text.
 */
export function realReliability(rs: readonly RealTextResult[]): string[] {
  const read = rs.filter((r) => r.got.reasons.every((reason) => !reason.startsWith('screen ')));
  const rows = reliabilityRows(read).map((row) => `  ${row.bucket}  ${String(row.n).padStart(4)}  stated ${row.meanConfidence.toFixed(3)}  right ${row.shareRight.toFixed(3)} (${row.right})`);
  const answered = rs.filter((r) => ANSWERED.has(r.got.category) && !r.got.needsReview);
  const answeredRight = answered.filter(readingRight).length;
  const share = answered.length === 0 ? 'n/a' : `${((100 * answeredRight) / answered.length).toFixed(1)}%`;
  return [
    'reliability on these texts (confidence bucket, messages read, mean stated chance, share right in category, types and requester):',
    ...rows,
    `answered with no staff review: ${answered.length} of ${rs.length}, right ${answeredRight} (${share}); flagged to staff ${rs.filter((r) => ANSWERED.has(r.got.category) && r.got.needsReview).length}; never answered (machine mail, junk) ${rs.filter((r) => !ANSWERED.has(r.got.category)).length}`,
  ];
}

async function main(): Promise<void> {
  const dir = process.env.REAL_TEXTS_DIR ?? process.argv.find((a, i) => i > 1 && !a.startsWith('--'));
  if (dir === undefined) throw new Error('set REAL_TEXTS_DIR (a folder of labeled .txt sources kept outside the repository)');
  const results = await readRealTexts(dir);
  const sources = [...new Set(results.map((r) => r.source))];
  for (const s of sources) console.log(summary(s, results.filter((r) => r.source === s)));
  console.log(summary('all', results));
  if (process.argv.includes('--reliability')) for (const line of realReliability(results)) console.log(line);
  if (process.argv.includes('--misses')) {
    for (const r of results) {
      const wrong = missesOf(r);
      if (wrong.length === 0) continue;
      console.log(`  ${r.source}/${r.id}: ${wrong.join('; ')} conf ${r.got.confidence.toFixed(2)}${r.got.needsReview ? ' (to staff)' : ' (UNREVIEWED)'}`);
      for (const reason of r.got.reasons) console.log(`      - ${reason}`);
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
