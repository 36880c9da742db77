import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateSet, type EvalReport } from '../../eval/evaluate.js';

// The goals of the labeled evaluation set (test/eval, see its README). A change that makes the
// classifier worse on real-looking mail fails here.
describe('classifier on the labeled evaluation set', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await evaluateSet();
  });

  it('has at least 250 labeled messages', () => {
    expect(report.total).toBeGreaterThanOrEqual(250);
  });

  it('category accuracy >= 98%', () => {
    expect(report.categoryAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('exact request-type set >= 95%', () => {
    expect(report.typeSetAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.typeSetAccuracyRequests).toBeGreaterThanOrEqual(0.95);
  });

  it('requester >= 95%', () => {
    expect(report.requesterAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never judges a privacy request to be machine mail', () => {
    expect(report.requestsJudgedMachine).toEqual([]);
  });

  it('reads the language right', () => {
    expect(report.langAccuracy).toBeGreaterThanOrEqual(0.98);
  });
});
