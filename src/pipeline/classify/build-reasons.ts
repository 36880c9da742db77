import type { Category } from '../types.js';
import type { Evidence } from './gather-evidence.js';
import type { TypeHit } from './types.js';

const quote = (h: TypeHit): string => `"${h.phrase.trim().slice(0, 60)}"`;

/** One reason per phrase pattern and type is enough for a reader. */
function firstPerPattern(hits: readonly TypeHit[]): TypeHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.type}/${h.pattern}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Human-readable reasons: which phrases, which rule, in the order a reviewer reads them. */
export function buildReasons(category: Category, e: Evidence): string[] {
  const d = e.body.decision;
  const reasons: string[] = [`lang ${e.lang}`];
  for (const h of firstPerPattern(e.requested)) reasons.push(`${h.type}: ${quote(h)} (${h.pattern}, ${h.mood}${e.fromQuoted ? ', from quoted text' : ''})`);
  for (const t of e.subjectTypes) if (category === 'privacy_request' && !e.requested.some((h) => h.type === t)) reasons.push(`${t}: from subject only`);
  for (const h of firstPerPattern(d.asked)) reasons.push(`question about ${h.type}, not a request: ${quote(h)} (${h.mood})`);
  for (const h of firstPerPattern(d.negated)) reasons.push(`negated ${h.type}: ${quote(h)}`);
  for (const h of firstPerPattern(d.vetoed)) reasons.push(`not ${h.type}: ${quote(h)}: ${h.veto ?? ''}`);
  for (const h of firstPerPattern(d.hipaaRecords)) {
    reasons.push(`HIPAA matter (${h.type} of medical or billing records): ${quote(h)} (ccpa-rules Health data, §1798.146(a)(1))`);
  }
  if (e.hipaa && d.hipaaRecords.length === 0) reasons.push('mentions medical or billing records: HIPAA matter (§1798.146(a)(1))');
  if (e.body.table.saleQuestion.test(e.body.normalized) && !e.types.includes('opt_out')) reasons.push('asks whether data is sold or shared: a question, not an opt-out');
  if (e.body.table.unsubscribe.test(e.body.normalized)) reasons.push('asks to unsubscribe from marketing mail');
  if (e.body.goAhead) reasons.push('go-ahead phrase turns questions about a right into a request');
  if (e.generic && e.types.length === 0) reasons.push('names a privacy request without saying which right');
  if (e.legal) reasons.push('cites privacy law');
  if (e.followUp) reasons.push('refers to an earlier request: check its clock (§1798.130(a)(2))');
  if (e.placeholders) reasons.push('template placeholders left unfilled');
  if (e.empty) reasons.push('no text to read');
  for (const kind of e.sensitive) reasons.push(`sensitive identifier volunteered: ${kind} (never used for verification, §7060(c)(2))`);
  return reasons;
}
