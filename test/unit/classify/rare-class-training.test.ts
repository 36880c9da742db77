import { describe, expect, it } from 'vitest';
import { trainLogistic } from '../../eval/train-model.js';

/**
 * Issue 16 item 1: junk is a few hundred of the thousands of people's messages the second opinion
 * learns from. Trained with every message counting once, a word seen in junk and in requests alike
 * says "not junk" because requests are many; weighed so that both classes count as much in all,
 * the same word says "as likely as not", and junk-only words can outweigh it.
 */
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('training a rare class', () => {
  // 2 junk messages and 18 others, all showing the same one word: the word says nothing.
  const docs = Array.from({ length: 20 }, () => ['hello']);
  const isJunk = docs.map((_, i) => i < 2);
  const chance = (m: { bias: number; weights: Record<string, number> }): number => sigmoid(m.bias + (m.weights['hello'] ?? 0));

  it('counted once each, learns the class is rare', () => {
    expect(chance(trainLogistic(docs, isJunk, { minWeight: 0 }))).toBeLessThan(0.2);
  });

  it('weighed "balanced", learns nothing either way from a word both classes show', () => {
    expect(chance(trainLogistic(docs, isJunk, { minWeight: 0, positiveWeight: 'balanced' }))).toBeCloseTo(0.5, 1);
  });

  it('a fixed weight counts each positive that many times', () => {
    const repeated = [...docs, ...Array.from({ length: 8 }, () => ['hello'])];
    const asRepeated = trainLogistic(repeated, [...isJunk, ...Array.from({ length: 8 }, () => true)], { minWeight: 0 });
    const weighed = trainLogistic(docs, isJunk, { minWeight: 0, positiveWeight: 5 });
    expect(chance(weighed)).toBeCloseTo(chance(asRepeated), 3);
  });
});
