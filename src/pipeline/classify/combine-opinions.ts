import type { Classification } from '../types.js';
import type { SecondOpinion } from './second-opinion.js';

/**
 * How sure the model must be to overrule the rules. Chosen by leave-one-batch-out measurement on
 * the held-out batches (test/eval/measure-model.ts): below it the rules' reading stands.
 */
export const OVERRULE_PROBABILITY = 0.97;

/** Confidence of a message the model overruled: always below the review threshold (0.7). */
const OVERRULED_CONFIDENCE = 0.5;

/**
 * Combine the rules' classification of a person's message with the statistical second opinion.
 * The rules stand unless the model is confident of the other category; then the model's reading
 * is taken (its types and requester when it turns a question into a request) and the message goes
 * to staff, since the two readers disagree. Machine mail is never touched. The model's reasons
 * are always added, so a reviewer sees which words weighed most.
 */
export function combineOpinions(rules: Classification, opinion: SecondOpinion): Classification {
  if (rules.category !== 'privacy_request' && rules.category !== 'question') return rules;
  const p = opinion.requestProbability;
  const said = `model: privacy request p=${p.toFixed(2)} (${opinion.evidence.join(', ') || 'no known words'})`;
  const rulesSayRequest = rules.category === 'privacy_request';
  const overrule = rulesSayRequest ? p < 1 - OVERRULE_PROBABILITY : p > OVERRULE_PROBABILITY;
  if (!overrule) return { ...rules, reasons: [...rules.reasons, said] };
  const confidence = Math.min(rules.confidence, OVERRULED_CONFIDENCE);
  const base = { ...rules, confidence, needsReview: true };
  if (rulesSayRequest) {
    const reasons = [...rules.reasons, `${said}: overrules the rules, a question, not a request`];
    return { ...base, category: 'question', requestTypes: [], accessScope: null, requester: 'none', agent: null, consumerName: null, reasons };
  }
  const reasons = [...rules.reasons, `${said}: overrules the rules, a request (${opinion.types.join(', ') || 'no right named'}; requester ${opinion.requester})`];
  const accessScope = opinion.types.includes('access') ? 'categories' : null;
  return { ...base, category: 'privacy_request', requestTypes: opinion.types, accessScope, requester: opinion.requester, reasons };
}
