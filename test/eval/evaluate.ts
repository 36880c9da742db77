import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { understandRawMail, unreadClassification } from '../../src/cli/classify.js';
import { classifyMessage, type ClassifyInput, type ClassifyOptions } from '../../src/pipeline/classify/classify-message.js';
import { classifyInput } from '../../src/pipeline/process-message.js';
import type { Understanding } from '../../src/pipeline/decide/decide-inbound.js';
import type { Classification } from '../../src/pipeline/types.js';
import type { EvalLabel } from './build-eval-set.js';

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));

export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface EvalResult {
  file: string;
  label: EvalLabel;
  /** What the classifier read; null for machine mail the daemon screens out and never reads. */
  input: ClassifyInput | null;
  got: Classification;
}

export interface EvalReport {
  total: number;
  categoryAccuracy: number;
  typeSetAccuracy: number;
  /** Exact type set on messages labelled privacy_request only. */
  typeSetAccuracyRequests: number;
  requesterAccuracy: number;
  langAccuracy: number;
  hipaaAccuracy: number;
  /** Labelled privacy requests the pipeline called auto_reply, bounce, bulk or other (junk). Goal: 0. */
  requestsJudgedMachine: string[];
  reviewRate: number;
  perCategory: Record<string, PrecisionRecall>;
  perType: Record<string, PrecisionRecall>;
  results: EvalResult[];
}

// `other` (junk, issue 16) counts with machine mail: a privacy request judged either is never answered.
const MACHINE = new Set(['auto_reply', 'bounce', 'bulk', 'other']);
/** Whether two type lists hold the same types, in any order: the exact type set the goals count. */
export const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

function pr(tp: number, fp: number, fn: number): PrecisionRecall {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

const TYPES = ['access', 'portability', 'deletion', 'correction', 'opt_out', 'limit_sensitive'];

/** Precision and recall of each key, from "predicted has key" and "label has key". */
function byKey(
  keys: readonly string[],
  got: (r: EvalResult, key: string) => boolean,
  want: (r: EvalResult, key: string) => boolean,
  results: readonly EvalResult[],
): Record<string, PrecisionRecall> {
  return Object.fromEntries(
    keys.map((k) => [k, pr(count(results, (r) => got(r, k) && want(r, k)), count(results, (r) => got(r, k) && !want(r, k)), count(results, (r) => !got(r, k) && want(r, k)))]),
  );
}

/**
 * The daemon's reading of one labelled message: its own stages (`understandMessage`), and with
 * `options` other than the daemon's (another model, none), stage 5 again on what stage 4 read.
 */
async function evaluateMessage(raw: Buffer, file: string, options: ClassifyOptions): Promise<Pick<EvalResult, 'input' | 'got'>> {
  const u = await understandRawMail(raw);
  if (u.mail === null || u.quarantine !== null) throw new Error(`${file}: the daemon quarantines this labelled message (${u.quarantine ?? 'unparseable'})`);
  const daemon = daemonReading(u);
  const daemonOptions = options.model === undefined && options.reviewThreshold === undefined && options.calibration === undefined;
  return daemonOptions || daemon.input === null ? daemon : { input: daemon.input, got: classifyMessage(daemon.input, options) };
}

/**
 * What the daemon made of a message (stages 1 to 5) and what stage 5 read, to read again with
 * other options; a message the screen kept from being read has no input and its screen's category.
 */
export function daemonReading(u: Understanding): Pick<EvalResult, 'input' | 'got'> {
  if (u.mail === null || u.verdict === null || u.text === null || u.classification === null) return { input: null, got: unreadClassification(u.verdict ?? { kind: 'human', reason: 'none' }) };
  return { input: classifyInput(u.mail, u.text, u.verdict), got: u.classification };
}

/**
 * Run every labelled message through the daemon's stages 1 to 6 (parse, quarantine, screen,
 * read, classify) and score it. `options.model: null` scores the rules alone. Language is not
 * scored on messages the daemon never reads (email-rules §1), as HIPAA is not on machine mail.
 */
export async function evaluateSet(dir: string = EVAL_DIR, options: ClassifyOptions = {}): Promise<EvalReport> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, EvalLabel>;
  const results: EvalResult[] = [];
  for (const [file, label] of Object.entries(labels)) {
    results.push({ file, label, ...(await evaluateMessage(readFileSync(join(dir, 'mail', file)), file, options)) });
  }
  const n = results.length;
  const requests = results.filter((r) => r.label.category === 'privacy_request');
  const categories = [...new Set(results.map((r) => r.label.category))].sort();
  return {
    total: n,
    categoryAccuracy: count(results, (r) => r.got.category === r.label.category) / n,
    typeSetAccuracy: count(results, (r) => sameSet(r.got.requestTypes, r.label.requestTypes)) / n,
    typeSetAccuracyRequests: count(requests, (r) => sameSet(r.got.requestTypes, r.label.requestTypes)) / requests.length,
    requesterAccuracy: count(results, (r) => r.got.requester === r.label.requester) / n,
    langAccuracy: count(results, (r) => r.input === null || r.got.lang === r.label.lang) / n,
    hipaaAccuracy: count(results, (r) => MACHINE.has(r.label.category) || r.got.hipaa === r.label.hipaa) / n,
    requestsJudgedMachine: requests.filter((r) => MACHINE.has(r.got.category)).map((r) => r.file),
    reviewRate: count(results, (r) => r.got.needsReview) / n,
    perCategory: byKey(categories, (r, c) => r.got.category === c, (r, c) => r.label.category === c, results),
    perType: byKey(TYPES, (r, t) => r.got.requestTypes.some((x) => x === t), (r, t) => r.label.requestTypes.includes(t), results),
    results,
  };
}
