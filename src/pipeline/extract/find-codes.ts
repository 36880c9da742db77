const REFERENCE = /\bCCPA-\d{4}-\d{6}\b/gi;
const CODE =
  /(?<!zip |postal |area |promo |discount |billing |zip\s|postal\s)\b(?:code|c[oó]digo)(?: de verificaci[oó]n)?\b\W{0,4}(?:is\W{0,3}|es\W{0,3})?([A-Z0-9]{4,10})\b/gi;

/** Our request references (`CCPA-2026-000123`), upper-cased and de-duplicated, in text order. */
export function findReferences(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((m) => m[0].toUpperCase()))];
}

/**
 * Verification codes typed in a reply ("the code is 482913", "código: 7KD9Q2"). A code has at
 * least one digit, so "code is correct" is not one.
 */
export function findVerificationCodes(text: string): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(CODE)) {
    const code = m[1];
    if (code !== undefined && /\d/.test(code) && !codes.includes(code.toUpperCase())) codes.push(code.toUpperCase());
  }
  return codes;
}
