import type { Calibration } from '../../src/pipeline/classify/calibrate-confidence.js';
import type { Category } from '../../src/pipeline/types.js';

/** One labeled reading: its category as read, its raw score, and whether every field was right. */
export interface ScoredReading {
  category: Category;
  raw: number;
  right: boolean;
}

/** Below this many labeled messages a category uses the pooled curve. */
const MIN_PER_CATEGORY = 40;

/**
 * Isotonic regression by pool adjacent violators: readings grouped by raw score, then neighbouring
 * groups merged while a lower score is right more often than a higher one. Each block's share right
 * is shrunk a little towards one half ((right + 0.5) / (n + 1), Jeffreys), so a block of 30 right
 * out of 30 says 0.98, not a certainty it has not earned.
 */
export function fitIsotonic(readings: readonly ScoredReading[]): Array<[number, number]> {
  const groups = new Map<number, { right: number; n: number }>();
  for (const r of readings) {
    const g = groups.get(r.raw) ?? { right: 0, n: 0 };
    g.right += r.right ? 1 : 0;
    g.n += 1;
    groups.set(r.raw, g);
  }
  const blocks: Array<{ from: number; right: number; n: number }> = [];
  for (const [raw, g] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    blocks.push({ from: raw, ...g });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.right / prev.n <= last.right / last.n) break;
      blocks.splice(blocks.length - 2, 2, { from: prev.from, right: prev.right + last.right, n: prev.n + last.n });
    }
  }
  return blocks.map((b) => [b.from, Math.round(((b.right + 0.5) / (b.n + 1)) * 1000) / 1000]);
}

/** A curve per category read (with enough messages), and a pooled one for the rest. */
export function fitCalibration(readings: readonly ScoredReading[], fittedOn: string): Calibration {
  const curves: Calibration['curves'] = {};
  for (const category of ['privacy_request', 'question', 'other'] as const) {
    const mine = readings.filter((r) => r.category === category);
    if (mine.length >= MIN_PER_CATEGORY) curves[category] = fitIsotonic(mine);
  }
  return { method: 'isotonic', fittedOn, curves, pooled: fitIsotonic(readings) };
}

/** Deterministic half of the labeled set: files whose name hashes even calibrate, odd ones evaluate. */
export function isCalibrationFile(file: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < file.length; i += 1) h = Math.imul(h ^ file.charCodeAt(i), 16777619);
  return ((h >>> 0) & 1) === 0;
}
