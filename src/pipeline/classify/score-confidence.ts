import type { Category } from '../types.js';
import type { Evidence } from './gather-evidence.js';

const clamp = (x: number): number => Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;

/**
 * How sure the classifier is, from 0 to 1. Clear asks, legal wording and agreement between
 * subject and body raise it; anything that makes a human reader hesitate lowers it: a request
 * read only from the subject or a quoted message, a HIPAA matter mixed with a CCPA request,
 * template placeholders, a question-shaped request, or a screening verdict overridden.
 */
export function scoreConfidence(category: Category, e: Evidence, screenOverridden: boolean): number {
  // Junk is never answered, so its confidence only orders the digest's list; calibrated in eval.
  if (category === 'other') return 0.8;
  if (category !== 'privacy_request' && category !== 'question') return 0.95;
  if (e.empty) return 0.3;
  const d = e.body.decision;
  let c: number;
  if (category === 'question') {
    c = d.hipaaRecords.length > 0 || e.hipaa ? 0.85 : d.asked.length > 0 ? 0.8 : d.negated.length + d.vetoed.length > 0 ? 0.75 : 0.9;
    if (e.subjectTypes.length > 0) c -= 0.1;
    // A reminder about an earlier request may mean a legal clock is running out: staff look.
    if (e.followUp) c = Math.min(c, 0.55);
  } else {
    c = 0.6;
    // An explicit ask is the clearest; a plain statement ("I opt out of the sale of my data")
    // is nearly as clear; a request read from a question, a subject or a quote is not.
    if (e.explicitAsk) c += 0.25;
    else if (e.requested.some((h) => h.mood === 'statement')) c += 0.15;
    if (e.legal) c += 0.1;
    if (e.requested.length > e.types.length) c += 0.05;
    if (e.requested.length === 0) c -= e.types.length > 0 ? 0.05 : 0.3;
    if (e.fromQuoted) c -= 0.25;
    if (e.hipaa) c -= 0.25;
    if (e.requested.length > 0 && e.requested.every((h) => h.mood === 'question' || h.mood === 'procedure')) c -= 0.15;
    if (d.asked.length > 0 || d.negated.length > 0) c -= 0.05;
    if (screenOverridden) c -= 0.35;
    // Read only by the broad grammar (a verb family and an object, grammar-en.ts), with no
    // hand-checked phrase agreeing: right far more often than not, but weaker evidence, so a
    // request not asked in so many words goes to staff rather than out with a confident answer.
    if (e.requested.length > 0 && e.requested.every((h) => /^(?:grammar|gramatica):/.test(h.pattern))) c -= 0.1;
    // Read only from a right's word and the writer's data in one sentence (backoff-patterns.ts):
    // the most likely reading, never sent out without staff confirming it.
    if (e.requested.length > 0 && e.requested.every((h) => /^(?:backoff|respaldo):/.test(h.pattern))) c -= 0.3;
    // A right read only as the ground a demand is made under ("..., pursuant to my right to know")
    // with no phrase of the right itself (reading-roles.ts): an inference about what the demand
    // covers, so staff confirm it before the clocks of that right start.
    // A type with no phrase at all (read from the subject only) is no such inference.
    const onlyAsGround = (t: string) => {
      const hits = e.requested.filter((h) => h.type === t);
      return hits.length > 0 && hits.every((h) => h.pattern === 'demand-under-named-right');
    };
    if (e.types.some(onlyAsGround)) c = Math.min(c, 0.65);
  }
  // A template letter sent with its placeholders unfilled is not yet somebody's request.
  if (e.placeholders) c -= 0.4;
  return clamp(c);
}
