import type { SecondOpinion } from '../../../src/pipeline/classify/second-opinion.js';
import type { Classification } from '../../../src/pipeline/types.js';

/**
 * What the rules read (a reading of `category`, an access request by the consumer when a request)
 * and what the second opinion says (a deletion, leaning to an agent), for tests of
 * combineOpinions; `extra` overrides any field.
 */
export const rulesSaid = (category: Classification['category'], extra: Partial<Classification> = {}): Classification => ({
  category,
  requestTypes: category === 'privacy_request' ? ['access'] : [],
  accessScope: null,
  requester: category === 'privacy_request' ? 'self' : 'none',
  agent: null,
  consumerName: null,
  hipaa: false,
  lang: 'en',
  confidence: 0.9,
  needsReview: false,
  reasons: ['lang en'],
  ...extra,
});

export const opinion = (requestProbability: number, extra: Partial<SecondOpinion> = {}): SecondOpinion => ({
  requestProbability,
  types: ['deletion'],
  requester: 'agent',
  typeProbabilities: { deletion: 0.9 },
  agentProbability: 0.1,
  parentProbability: 0.1,
  otherProbability: 0.01,
  evidence: ['"erase" +4.00'],
  familiarPairs: 1,
  ...extra,
});
