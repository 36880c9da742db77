import type { Calibration } from '../../src/pipeline/classify/calibrate-confidence.js';
import { DOUBT_FEATURES, LOWERING, RAISING } from '../../src/pipeline/classify/doubt-features.js';

/** One labeled reading of a person's message: its doubt features and whether every field was right. */
export interface ScoredReading {
  features: readonly number[];
  right: boolean;
}

/** L2 penalty on every weight but the bias: about a thousand readings, a few dozen wrong. */
const L2 = 1;
const ITERATIONS = 50;

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r += 1) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c += 1) m[r]![c] = m[r]![c]! - f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** log(1 + e^z) without overflow. */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/**
 * L2-penalised logistic regression of "right" on `features` by Newton's method, on the features
 * in `active` (the rest weigh 0); the first feature is the bias and is not penalised. A step that
 * would raise the loss is halved until it does not: where the inputs are large and nearly
 * constant (a first stage's log-odds on fresh text) a full Newton step overshoots. Used by both
 * stages of the confidence (this file and fit-real-shift.ts).
 */
export function fitLogistic(readings: readonly ScoredReading[], active: readonly boolean[], penalty: { l2: number; iterations: number }): number[] {
  const { l2, iterations } = penalty;
  const k = active.length;
  const w = new Array<number>(k).fill(0);
  const idx = active.flatMap((a, i) => (a ? [i] : []));
  const zOf = (r: ScoredReading, weights: readonly number[]): number => idx.reduce((z, i) => z + weights[i]! * (r.features[i] ?? 0), 0);
  const loss = (weights: readonly number[]): number =>
    readings.reduce((sum, r) => {
      const z = zOf(r, weights);
      return sum + softplus(z) - (r.right ? z : 0);
    }, 0) + (l2 / 2) * idx.reduce((sum, i) => sum + (i === 0 ? 0 : weights[i]! ** 2), 0);
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(idx.length).fill(0);
    const hess = idx.map(() => new Array<number>(idx.length).fill(0));
    for (const r of readings) {
      const p = 1 / (1 + Math.exp(-zOf(r, w)));
      const g = p - (r.right ? 1 : 0);
      const h = p * (1 - p);
      for (let a = 0; a < idx.length; a += 1) {
        const xa = r.features[idx[a]!] ?? 0;
        if (xa === 0) continue;
        grad[a] = grad[a]! + g * xa;
        for (let b = 0; b < idx.length; b += 1) hess[a]![b] = hess[a]![b]! + h * xa * (r.features[idx[b]!] ?? 0);
      }
    }
    for (let a = 0; a < idx.length; a += 1) {
      if (idx[a] === 0) continue;
      grad[a] = grad[a]! + l2 * w[idx[a]!]!;
      hess[a]![a] = hess[a]![a]! + l2;
    }
    const step = solve(hess, grad);
    const before = loss(w);
    const tried = (t: number): number[] => {
      const next = [...w];
      idx.forEach((i, a) => (next[i] = w[i]! - t * step[a]!));
      return next;
    };
    let t = 1;
    while (loss(tried(t)) > before && t > 1e-6) t /= 2;
    const next = tried(t);
    const moved = Math.max(0, ...next.map((v, i) => Math.abs(v - w[i]!)));
    next.forEach((v, i) => (w[i] = v));
    if (moved < 1e-9) break;
  }
  return w;
}

/**
 * Fit the confidence meta-model: logistic regression (L2-penalised, Newton) of "the reading is
 * right" on the doubt features. The main signals keep their sign (RAISING never lowers, LOWERING
 * never raises the chance; doubt-features.ts): one that a small sample gives the wrong sign is
 * set to 0 and the rest refitted (an active set), so the confidence stays monotonic in them.
 */
export function fitCalibration(readings: readonly ScoredReading[], fittedOn: string): Calibration {
  const active = DOUBT_FEATURES.map(() => true);
  let w = fitLogistic(readings, active, { l2: L2, iterations: ITERATIONS });
  for (;;) {
    const wrongSign = DOUBT_FEATURES.findIndex((f, i) => active[i] && ((RAISING.includes(f) && w[i]! < 0) || (LOWERING.includes(f) && w[i]! > 0)));
    if (wrongSign < 0) break;
    active[wrongSign] = false;
    w = fitLogistic(readings, active, { l2: L2, iterations: ITERATIONS });
  }
  return { method: 'logistic', fittedOn, features: [...DOUBT_FEATURES], weights: w.map((x) => Math.round(x * 10000) / 10000) };
}

/**
 * Deterministic half of the labeled set: files whose name hashes even calibrate, odd ones
 * evaluate. FNV-1a's lowest bit is only the parity of the name's characters, so another `salt`
 * mixes the hash first (murmur3's finaliser) and draws a half independent of the first, to show
 * the result does not hang on one split. The unsalted split is kept as it was (comparable figures).
 */
export function isCalibrationFile(file: string, salt = ''): boolean {
  const key = `${salt}${file}`;
  let h = 2166136261;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  if (salt !== '') {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return ((h >>> 0) & 1) === 0;
}

/** The salt of the second split `npm run eval:classify` reports, to show the first is no accident. */
export const SECOND_SALT = 'split-b:';
