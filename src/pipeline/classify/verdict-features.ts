import type { Category } from '../types.js';
import type { Evidence } from './gather-evidence.js';
import type { SecondOpinion } from './second-opinion.js';

/**
 * What the verdict model (reconsider-category.ts) reads of one reading: not the words, which the
 * second opinion reads, but what the two readers made of them. Which phrase of the rules matched
 * and in what mood, which were vetoed and why, the second opinion's chances, the category each
 * reader settled on, and the plain shape of the mail. A phrase that asks in one corpus and only
 * mentions in another shows up here as a pattern whose readings are often wrong, which is what
 * real texts written by others teach and the hand-written tables cannot say of themselves.
 * Sparse: a feature absent is 0. Names are what the fitted weights are keyed by.
 */
export interface VerdictReading {
  /** The rules' category, before the second opinion. */
  rules: Category;
  /** The category after the second opinion (combine-opinions.ts). */
  combined: Category;
  e: Evidence;
  opinion: SecondOpinion;
  body: string;
}

/** Log-odds of a chance, bounded so that a sure model does not swamp every other feature. */
const logOdds = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q)) / 5;
};

const VETO_NAME_CHARS = 40;
const MOST_HITS = 5;
const MOST_QUESTION_MARKS = 3;
const MOST_LENGTH_STEP = 5;

export function verdictFeatures({ rules, combined, e, opinion, body }: VerdictReading): Map<string, number> {
  const f = new Map<string, number>([
    ['bias', 1],
    ['lreq', logOdds(opinion.requestProbability)],
    ['loth', logOdds(opinion.otherProbability)],
    [`rules:${rules}`, 1],
    [`got:${combined}`, 1],
  ]);
  for (const h of e.requested) {
    f.set(`R:${h.pattern}:${h.mood}`, 1);
    f.set(`Rt:${h.type}`, 1);
    f.set(`Rm:${h.mood}`, 1);
  }
  if (e.requested.length > 0) f.set('nreq', Math.min(e.requested.length, MOST_HITS) / MOST_HITS);
  const d = e.body.decision;
  for (const h of d.asked) f.set(`A:${h.pattern}`, 1);
  for (const h of d.negated) f.set(`N:${h.type}`, 1);
  for (const h of e.body.hits) if (h.veto) f.set(`V:${h.veto.slice(0, VETO_NAME_CHARS)}`, 1);
  const flags: Array<[string, boolean]> = [
    ['followUp', e.followUp],
    ['explicitAsk', e.explicitAsk],
    ['legal', e.legal],
    ['hipaa', e.hipaa],
    ['generic', e.generic],
    ['fromQuoted', e.fromQuoted],
    ['withdraw', e.body.withdraw],
    ['es', e.lang === 'es'],
  ];
  for (const [name, on] of flags) if (on) f.set(name, 1);
  f.set(`q${Math.min((body.match(/\?/g) ?? []).length, MOST_QUESTION_MARKS)}`, 1);
  f.set(`len${Math.min(Math.floor(Math.log2(1 + body.length / 100)), MOST_LENGTH_STEP)}`, 1);
  return f;
}
