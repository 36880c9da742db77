import type { RequestType } from '../types.js';

/** How sure the business must be of who is asking, per type (§7062). */
export type DegreeLevel = 'none' | 'reasonable' | 'reasonably_high';

export interface DegreeConfig {
  /** Deletion: reasonable or reasonably high "depending on the sensitivity" (§7062(d)). */
  deletion: Exclude<DegreeLevel, 'none'>;
  /** Correction: configurable like deletion; match only data that is not being corrected (§7060(h)). */
  correction: Exclude<DegreeLevel, 'none'>;
  /** Control of the sender's address counts as one data point (ccpa-rules, Verification rules). */
  emailControlCountsAsDataPoint: boolean;
}

export const DEFAULT_DEGREE_CONFIG: Readonly<DegreeConfig> = Object.freeze({
  deletion: 'reasonable',
  correction: 'reasonable',
  emailControlCountsAsDataPoint: true,
});

export interface VerificationDegree {
  level: DegreeLevel;
  /** Reliable data points that must match in total (§7062(b): 2, §7062(c): 3). */
  dataPointsRequired: number;
  /** Of those, how many the consumer must state in the reply (the email code covers one). */
  dataPointsToProvide: number;
  /** A declaration under penalty of perjury, signed by typing the full name (§7062(c)). */
  declarationRequired: boolean;
}

const RANK: Record<DegreeLevel, number> = { none: 0, reasonable: 1, reasonably_high: 2 };

function levelFor(type: RequestType, accessScope: 'categories' | 'specific_pieces' | null, cfg: DegreeConfig): DegreeLevel {
  switch (type) {
    case 'opt_out':
    case 'limit_sensitive':
      return 'none'; // §7060(b): a business may not require verification for these.
    case 'access':
      return accessScope === 'specific_pieces' ? 'reasonably_high' : 'reasonable';
    case 'portability':
      return 'reasonably_high'; // specific pieces in portable form (§1798.130(a)(3)(B)(iii)).
    case 'deletion':
      return cfg.deletion;
    case 'correction':
      return cfg.correction;
  }
}

/**
 * The verification one message's requests need: the strictest of its types. Access without a
 * stated scope counts as categories (the lower degree): asking for more than the law needs would
 * burden the consumer, and staff can still raise it.
 */
export function verificationDegree(
  types: readonly RequestType[],
  accessScope: 'categories' | 'specific_pieces' | null,
  cfg: DegreeConfig = DEFAULT_DEGREE_CONFIG,
): VerificationDegree {
  let level: DegreeLevel = 'none';
  for (const type of types) {
    const l = levelFor(type, accessScope, cfg);
    if (RANK[l] > RANK[level]) level = l;
  }
  const required = level === 'none' ? 0 : level === 'reasonable' ? 2 : 3;
  const fromEmail = required > 0 && cfg.emailControlCountsAsDataPoint ? 1 : 0;
  return {
    level,
    dataPointsRequired: required,
    dataPointsToProvide: required - fromEmail,
    declarationRequired: level === 'reasonably_high',
  };
}
