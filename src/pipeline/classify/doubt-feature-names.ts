/**
 * The names of the signals of doubt the classifier already computes (doubt-features.ts reads
 * them, as numbers in [0, 1]), for the confidence meta-model (calibrate-confidence.ts). Each is a
 * reason a careful reader would hesitate or be reassured; the fit (test/eval/fit-calibration.ts) learns how much each weighs. The order is the
 * order of the fitted weights; a name is what the reasons and the fitted JSON show.
 */
export const DOUBT_FEATURES = [
  'bias',
  'question',
  'evidence score',
  'model agrees on category',
  'model agrees on types',
  'weakest type by model',
  'strongest type not read',
  'model doubts requester',
  'more than one type',
  'type only from subject',
  'read from quote',
  'set aside by reading role',
  'negated or asked about',
  'spanish',
  'length',
  'legal words',
  'follow-up',
  'explicit ask',
  'requester not self',
  'medical',
  'no model',
] as const;

export type DoubtFeature = (typeof DOUBT_FEATURES)[number];

/**
 * Features whose weight the fit keeps at or above zero (more of them never lowers the chance of
 * being right) or at or below zero (more never raises it): the main signals, so the confidence is
 * monotonic in them whatever a small labeled set would say.
 */
export const RAISING: readonly DoubtFeature[] = ['evidence score', 'model agrees on category', 'model agrees on types', 'weakest type by model', 'explicit ask'];
export const LOWERING: readonly DoubtFeature[] = ['strongest type not read', 'model doubts requester', 'read from quote', 'type only from subject'];

