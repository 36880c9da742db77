import { describe, expect, it } from 'vitest';
import { DEFAULT_DEGREE_CONFIG, verificationDegree } from '../../../src/pipeline/decide/verification-degree.js';

describe('verificationDegree (§7060-§7062)', () => {
  it('requires nothing for opt-out and limit (§7060(b))', () => {
    expect(verificationDegree(['opt_out', 'limit_sensitive'], null)).toEqual({
      level: 'none',
      dataPointsRequired: 0,
      dataPointsToProvide: 0,
      declarationRequired: false,
    });
  });

  it('needs 2 data points for categories, the email code being one (§7062(b))', () => {
    expect(verificationDegree(['access'], 'categories')).toEqual({
      level: 'reasonable',
      dataPointsRequired: 2,
      dataPointsToProvide: 1,
      declarationRequired: false,
    });
  });

  it('treats access of unknown scope as categories (§7062(b))', () => {
    expect(verificationDegree(['access'], null).level).toBe('reasonable');
  });

  it('needs 3 data points and a signed declaration for specific pieces and portability (§7062(c))', () => {
    const high = { level: 'reasonably_high', dataPointsRequired: 3, dataPointsToProvide: 2, declarationRequired: true };
    expect(verificationDegree(['access'], 'specific_pieces')).toEqual(high);
    expect(verificationDegree(['portability'], null)).toEqual(high);
  });

  it('takes the strictest type of a multi-request message', () => {
    expect(verificationDegree(['opt_out', 'deletion', 'portability'], null).level).toBe('reasonably_high');
    expect(verificationDegree(['opt_out', 'deletion'], null).level).toBe('reasonable');
  });

  it('makes deletion and correction configurable (§7062(d), §7060(h))', () => {
    const strict = { ...DEFAULT_DEGREE_CONFIG, deletion: 'reasonably_high', correction: 'reasonably_high' } as const;
    expect(verificationDegree(['deletion'], null, strict).declarationRequired).toBe(true);
    expect(verificationDegree(['correction'], null, strict).dataPointsRequired).toBe(3);
    expect(verificationDegree(['deletion'], null).dataPointsRequired).toBe(2);
  });

  it('asks for every data point when email control is configured not to count', () => {
    const cfg = { ...DEFAULT_DEGREE_CONFIG, emailControlCountsAsDataPoint: false };
    expect(verificationDegree(['access'], 'categories', cfg).dataPointsToProvide).toBe(2);
    expect(verificationDegree(['portability'], null, cfg).dataPointsToProvide).toBe(3);
  });
});
