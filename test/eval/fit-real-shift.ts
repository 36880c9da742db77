import type { RealTextShift } from '../../src/pipeline/classify/calibrate-confidence.js';

/** One reading of a real text: the first stage's chance, how familiar its wording is, and whether it was right. */
export interface RealTextReading {
  stated: number;
  familiarity: number;
  right: boolean;
}

/** A light L2 penalty on the two slopes: a fresh pool is a hundred or so readings. */
const L2 = 0.5;
const ITERATIONS = 100;

const logit = (p: number): number => Math.log(p / (1 - p));
/** log(1 + e^z) without overflow. */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

function inputs(r: RealTextReading): [number, number, number] {
  return [1, logit(Math.min(0.999, Math.max(0.001, r.stated))), r.familiarity];
}

function loss(readings: readonly RealTextReading[], w: readonly number[]): number {
  let sum = 0;
  for (const r of readings) {
    const x = inputs(r);
    const z = w[0]! * x[0] + w[1]! * x[1] + w[2]! * x[2];
    sum += softplus(z) - (r.right ? z : 0);
  }
  return sum + (L2 / 2) * (w[1]! ** 2 + w[2]! ** 2);
}

/** Solve the 3x3 system H s = g by Cramer's rule (H is positive definite: the penalty and the bias row). */
function solve3(h: number[][], g: number[]): number[] {
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) - m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) + m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  const d = det(h);
  return [0, 1, 2].map((col) => det(h.map((row, i) => row.map((v, j) => (j === col ? g[i]! : v)))) / d);
}

/** The familiar shares tried as the floor, lowest first. */
const FLOORS = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01];

/**
 * The lowest familiar share from which no fresh reading the first stage would answer (stated
 * chance at least `threshold`) was wrong: the wording from which the first stage can be believed.
 */
export function chooseFamiliarFloor(readings: readonly RealTextReading[], threshold: number): number {
  return FLOORS.find((floor) => readings.every((r) => r.right || r.familiarity < floor || r.stated < threshold)) ?? 1.01;
}

/**
 * Fit the second stage of the confidence (calibrate-confidence.ts): the familiar floor, then,
 * below it, a logistic regression of "right" on the first stage's log-odds and the familiar
 * share, by Newton's method with step halving (the first stage's log-odds are large and nearly
 * constant on fresh text, where a full Newton step overshoots). A slope the sample gives a
 * negative sign is held at 0 and the rest refitted, so a surer first stage or more familiar
 * wording never lowers the chance.
 */
export function fitRealTextShift(readings: readonly RealTextReading[], fittedOn: string, threshold: number): RealTextShift {
  const familiarFloor = chooseFamiliarFloor(readings, threshold);
  const below = readings.filter((r) => r.familiarity < familiarFloor);
  const free = [true, true, true];
  let w = newton(below, free);
  for (let i = 1; i < 3; i += 1) {
    if (w[i]! < 0) {
      free[i] = false;
      w = newton(below, free);
    }
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { fittedOn, familiarFloor, bias: round(w[0]!), stated: round(w[1]!), familiar: round(w[2]!) };
}

function newton(readings: readonly RealTextReading[], free: readonly boolean[]): number[] {
  let w = [0, 0, 0];
  for (let it = 0; it < ITERATIONS; it += 1) {
    const g = [0, 0, 0];
    const h = [0, 1, 2].map(() => [0, 0, 0]);
    for (const r of readings) {
      const x = inputs(r);
      const z = w[0]! * x[0] + w[1]! * x[1] + w[2]! * x[2];
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < 3; a += 1) {
        g[a] = g[a]! + (p - (r.right ? 1 : 0)) * x[a]!;
        for (let b = 0; b < 3; b += 1) h[a]![b] = h[a]![b]! + p * (1 - p) * x[a]! * x[b]!;
      }
    }
    for (let a = 1; a < 3; a += 1) {
      g[a] = g[a]! + L2 * w[a]!;
      h[a]![a] = h[a]![a]! + L2;
    }
    // A held slope stays 0: its row and column become the identity, its gradient 0.
    for (let a = 0; a < 3; a += 1) {
      if (free[a]) continue;
      g[a] = 0;
      for (let b = 0; b < 3; b += 1) h[a]![b] = h[b]![a] = a === b ? 1 : 0;
    }
    const step = solve3(h, g);
    const before = loss(readings, w);
    let t = 1;
    let next = w.map((v, i) => v - t * step[i]!);
    while (loss(readings, next) > before && t > 1e-6) {
      t /= 2;
      next = w.map((v, i) => v - t * step[i]!);
    }
    const moved = Math.max(...next.map((v, i) => Math.abs(v - w[i]!)));
    w = next;
    if (moved < 1e-9) break;
  }
  return w;
}
