/**
 * Why a request was not acted on: the fixed vocabulary of ccpa-rules "Denial reasons", used for
 * the §7101 record, the §7102 metrics and the reason paragraph of the denial template.
 */
export const DENIAL_REASONS = [
  'unverifiable',
  'not_a_consumer',
  'not_california',
  'too_many_requests',
  'exempt_hipaa',
  'exempt_other',
  'suspected_fraud',
  'withdrawn',
  'other',
] as const;

export type DenialReason = (typeof DENIAL_REASONS)[number];

/** True when `value` is one of the fixed denial reasons (for parsing staff commands). */
export function isDenialReason(value: string): value is DenialReason {
  return (DENIAL_REASONS as readonly string[]).includes(value);
}

/**
 * Template data that selects the denial template's reason paragraph with plain `{{#if}}`, so no
 * custom helper is needed: `{ denialReason: 'not_california', reasonIs: { not_california: true } }`.
 */
export function denialReasonData(reason: DenialReason): { denialReason: DenialReason; reasonIs: Partial<Record<DenialReason, true>>; actedOnRest: boolean } {
  return { denialReason: reason, reasonIs: { [reason]: true }, actedOnRest: PARTIAL_REASONS.includes(reason) };
}

/**
 * Reasons that may cover only part of the information: an exemption. The rest is acted on
 * (§7022(f): delete what the exemption does not cover), and only then does the denial say so.
 */
const PARTIAL_REASONS: readonly DenialReason[] = ['exempt_hipaa', 'exempt_other'];
