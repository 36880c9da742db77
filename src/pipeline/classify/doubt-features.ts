import type { Category, RequesterRole, RequestType } from '../types.js';
import type { Evidence } from './gather-evidence.js';
import type { SecondOpinion } from './second-opinion.js';

export { DOUBT_FEATURES, LOWERING, RAISING, type DoubtFeature } from './doubt-feature-names.js';

export interface DoubtInput {
  category: Category;
  e: Evidence;
  /** The raw evidence score (score-confidence.ts). */
  raw: number;
  /** The statistical second opinion, null when read with the rules alone. */
  opinion: SecondOpinion | null;
  /** Who writes, as the rules read it (requests only). */
  requester: RequesterRole | 'none';
}

const WORDS = /\S+/g;

function requesterDoubt(requester: RequesterRole | 'none', o: SecondOpinion): number {
  if (requester === 'agent') return 1 - o.agentProbability;
  if (requester === 'parent') return 1 - o.parentProbability;
  if (requester === 'self') return Math.max(o.agentProbability, o.parentProbability);
  return 0;
}

/** The feature vector of one reading of a person's message (request or question), in DOUBT_FEATURES order (doubt-feature-names.ts). */
export function doubtFeatures({ category, e, raw, opinion, requester }: DoubtInput): number[] {
  const request = category === 'privacy_request';
  const d = e.body.decision;
  const read = new Set<RequestType>(e.types);
  const o = opinion;
  const p = o === null ? 0.5 : request ? o.requestProbability : 1 - o.requestProbability;
  const typeProbability = (t: RequestType): number => o?.typeProbabilities[t] ?? 0;
  const weakest = request && o !== null && e.types.length > 0 ? Math.min(...e.types.map(typeProbability)) : 1;
  const notRead = request && o !== null ? Math.max(0, ...Object.keys(o.typeProbabilities).filter((t) => !read.has(t as RequestType)).map((t) => typeProbability(t as RequestType))) : 0;
  const sameTypes = !request || o === null ? 1 : o.types.length === read.size && o.types.every((t) => read.has(t)) ? 1 : 0;
  const fromRequested = new Set(e.requested.map((h) => h.type));
  const words = (e.body.normalized.match(WORDS) ?? []).length;
  const flag = (b: boolean): number => (b ? 1 : 0);
  return [
    1,
    flag(category === 'question'),
    raw,
    p,
    sameTypes,
    weakest,
    notRead,
    request && o !== null ? requesterDoubt(requester, o) : 0,
    flag(e.types.length > 1),
    flag(request && e.types.some((t) => !fromRequested.has(t))),
    flag(e.fromQuoted),
    flag(d.vetoed.length > 0),
    flag(d.negated.length + d.asked.length > 0),
    flag(e.lang === 'es'),
    Math.min(1, Math.log10(1 + words) / 3),
    flag(e.legal),
    flag(e.followUp),
    flag(e.explicitAsk),
    flag(request && requester !== 'self'),
    flag(e.hipaa),
    flag(o === null),
  ];
}
