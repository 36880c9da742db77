/** The heap budget's rule, with the collector and the heap size stood in for (pure logic). */
import { expect, it } from 'vitest';
import { heapBudget } from '../../../src/heap-budget.js';

const MB = 1024 * 1024;

it('collects only once the heap has grown past the slack since the last collection, and measures from what was left', () => {
  let heap = 40 * MB;
  let collections = 0;
  const budget = heapBudget(32, () => {
    collections += 1;
    heap = 45 * MB;
  }, () => heap);
  expect(budget.active).toBe(true);
  heap = 71 * MB;
  budget.afterBatch();
  expect(collections).toBe(0);
  heap = 72 * MB;
  budget.afterBatch();
  expect(collections).toBe(1);
  // The new floor is 45 MB (what the collection left), so 76 MB is still within the slack.
  heap = 76 * MB;
  budget.afterBatch();
  expect(collections).toBe(1);
  heap = 77 * MB;
  budget.afterBatch();
  expect(collections).toBe(2);
});

it('makes room for a large message by collecting at once, and measures the next slack from what that left', () => {
  let heap = 40 * MB;
  let collections = 0;
  const budget = heapBudget(32, () => {
    collections += 1;
    heap = 41 * MB;
  }, () => heap);
  budget.makeRoom();
  expect(collections).toBe(1);
  heap = 72 * MB;
  budget.afterBatch();
  expect(collections).toBe(1);
  heap = 73 * MB;
  budget.afterBatch();
  expect(collections).toBe(2);
});

it('does nothing when the collector is not exposed', () => {
  const budget = heapBudget(32, undefined, () => 500 * MB);
  expect(budget.active).toBe(false);
  expect(() => budget.afterBatch()).not.toThrow();
  expect(() => budget.makeRoom()).not.toThrow();
});
