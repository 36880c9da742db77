/** Identifiers the business must not collect for verification (§7060(c)(2)). */
export type SensitiveIdentifierKind = 'ssn' | 'drivers_license' | 'financial_account';

export interface SensitiveScan {
  kinds: SensitiveIdentifierKind[];
  /** The text with every sensitive value blanked out, so no later pattern can pick it up. */
  masked: string;
}

const PATTERNS: { kind: SensitiveIdentifierKind; re: RegExp }[] = [
  { kind: 'ssn', re: /\b\d{3}-\d{2}-\d{4}\b|\b(?:ssn|social security(?: number| no\.?| #)?|seguro social)\W{0,6}(?:is\W{0,3}|es\W{0,3})?(?:x{3}-?x{2}-?)?[\dx*]{3}[- ]?[\dx*]{2}[- ]?\d{4}\b|\b(?:last (?:4|four)(?: digits)? of my (?:ssn|social(?: security)?(?: number)?))\W{0,12}\d{4}\b/gi },
  { kind: 'drivers_license', re: /\b(?:driver'?s?'? licen[cs]e|\bdl|licencia de conducir)(?: number| no\.?| #|#)?\W{0,5}(?:is\W{0,3}|es\W{0,3})?[A-Z]?\d[\dA-Z-]{4,14}\b/gi },
  { kind: 'financial_account', re: /\b(?:credit card|debit card|card number|bank account|checking account|savings account|routing number|iban|cuenta bancaria|tarjeta de cr[eé]dito)(?: number| no\.?| #)?\W{0,5}(?:is\W{0,3}|es\W{0,3})?\d[\d -]{3,26}\d\b|\b(?:\d{4}[ -]){3}\d{1,4}\b/gi },
];

/**
 * Find SSNs, driver's licence numbers and financial account numbers a sender volunteered. They
 * are never extracted as data points (ccpa-rules §7060(c)(2)); only their kind is reported.
 */
export function findSensitiveIdentifiers(text: string): SensitiveScan {
  const kinds: SensitiveIdentifierKind[] = [];
  let masked = text;
  for (const { kind, re } of PATTERNS) {
    masked = masked.replace(re, (found) => {
      if (!kinds.includes(kind)) kinds.push(kind);
      return ' '.repeat(found.length);
    });
  }
  return { kinds, masked };
}
