import { describe, expect, it } from 'vitest';
import type { ModelBundle } from '../../../src/pipeline/classify/linear-model.js';
import { secondOpinion } from '../../../src/pipeline/classify/second-opinion.js';
import { averageBundles, frozenMembers, memberLeftOfMean } from '../../eval/train-model.js';

/**
 * Issue 16 item 4: the second opinion is the mean of a model trained on the real texts at hand and
 * the frozen model whose texts are gone (train-model.ts). For logistic regressions the mean of the
 * log-odds is the mean of the weights, so one averaged bundle scores as the two would together.
 */
const model = (bias: number, weights: Record<string, number>) => ({ bias, weights });
const bundle = (w: number, junk?: number): ModelBundle => ({
  category: model(w, { 'w:delete': w * 2 }),
  types: { deletion: model(-w, { 'w:erase': w }) },
  agent: model(0, {}),
  parent: model(0, {}),
  ...(junk === undefined ? {} : { other: model(junk, { 'w:invoice': junk }) }),
});

describe('averaging second opinions', () => {
  it('weighs each feature by the mean of the members, a missing feature counting 0', () => {
    const mean = averageBundles([bundle(1), { ...bundle(3), category: model(3, { 'w:forget': 1 }) }]);
    expect(mean.category).toEqual({ bias: 2, weights: { 'w:delete': 1, 'w:forget': 0.5 } });
    expect(mean.types['deletion']).toEqual({ bias: -2, weights: { 'w:erase': 2 } });
  });

  it('averages the junk model over the members that have one', () => {
    expect(averageBundles([bundle(1, 2), bundle(1)]).other).toEqual({ bias: 2, weights: { 'w:invoice': 2 } });
    expect(averageBundles([bundle(1), bundle(2)]).other).toBeUndefined();
  });

  it('scores a message halfway, in log-odds, between the two members', () => {
    const a = bundle(1);
    const b = bundle(-2);
    const logit = (p: number): number => Math.log(p / (1 - p));
    const read = (m: ModelBundle): number => logit(secondOpinion('', 'please delete it', m).requestProbability);
    expect(read(averageBundles([a, b]))).toBeCloseTo((read(a) + read(b)) / 2, 2);
  });

  it('keeps the frozen member, which names the real texts it was trained on', () => {
    expect(frozenMembers()[0]?.trainedOn).toMatch(/real texts \(test\/eval\/real, realtexts-16/);
  });
});

describe('keeping a trained member once its texts are gone', () => {
  it('takes a member back out of a mean, so that averaging it again gives the mean back', () => {
    const trained: ModelBundle = { ...bundle(1.25, 0.5), category: model(1.25, { 'w:delete': 2.5, 'w:erase': -0.75 }) };
    const kept = { ...bundle(-0.5, 1), category: model(-0.5, { 'w:delete': -1, 'w:forget': 0.3 }) };
    const mean = averageBundles([trained, kept]);
    const back = memberLeftOfMean(mean, [kept]);
    expect(back.category).toEqual(trained.category);
    expect(back.types['deletion']).toEqual(trained.types['deletion']);
    expect(back.other).toEqual(trained.other);
    expect(averageBundles([back, kept])).toEqual(mean);
  });

  it('drops what is only rounding of a feature the member never had', () => {
    // 'w:forget' is the kept member's alone: 0.3 / 2 = 0.15 in the mean, 2 * 0.15 - 0.3 = 0 left.
    const kept = { ...bundle(0), category: model(0, { 'w:forget': 0.301 }) };
    const mean = averageBundles([bundle(0), kept]);
    expect(memberLeftOfMean(mean, [kept]).category.weights).not.toHaveProperty('w:forget');
  });

  it('recovers a feature whose mean rounded to nothing because the members cancel', () => {
    const kept = { ...bundle(0), category: model(0, { 'w:close': 0.4 }) };
    const trained = { ...bundle(0), category: model(0, { 'w:close': -0.4 }) };
    const mean = averageBundles([trained, kept]);
    expect(mean.category.weights).not.toHaveProperty('w:close');
    expect(memberLeftOfMean(mean, [kept]).category.weights['w:close']).toBe(-0.4);
  });

  it('keeps the member of 17a-24h, trained on the labeled set and 4,561 real texts', () => {
    const [oldest, newest] = frozenMembers();
    expect(oldest?.trainedOn).toMatch(/1561 real texts/);
    expect(newest?.trainedOn).toMatch(/4561 real texts \(test\/eval\/real, realtexts-17a,.* realtexts-24h\)/);
  });
});
