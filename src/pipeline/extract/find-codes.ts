const REFERENCE = /\bCCPA-\d{4}-\d{6}\b/gi;
// Our codes are shown as `ABCD-EFGH`: a dashed pair of four is one code, not its first half.
const CODE =
  /(?<!zip |postal |area |promo |discount |billing |zip\s|postal\s)\b(?:code|c[oó]digo)(?: de verificaci[oó]n)?\b\W{0,4}(?:is\W{0,3}|es\W{0,3})?([A-Z0-9]{4}[-‐‑–—][A-Z0-9]{4}|[A-Z0-9]{4,10})\b/gi;
const DASHES = /[-‐‑–—]/g;

/**
 * How much of a message is searched for verification codes (issue 13 item 6). A code is typed
 * near the top of a short answer, so only the first CODE_SEARCH_CHARS characters of the new text
 * are read; new text longer than MAX_CODE_REPLY_CHARS is not an answer to a challenge but a paste
 * (a list of guesses, a document) and is not searched at all: it goes to staff as a consumer reply
 * and costs no CPU, however many code-shaped strings it holds.
 */
export const CODE_SEARCH_CHARS = 8 * 1024;
export const MAX_CODE_REPLY_CHARS = 64 * 1024;

/** The part of `text` searched for codes, or null when the text is too large to be searched. */
export function codeSearchText(text: string): string | null {
  return text.length > MAX_CODE_REPLY_CHARS ? null : text.slice(0, CODE_SEARCH_CHARS);
}

/** Our request references (`CCPA-2026-000123`), upper-cased and de-duplicated, in text order. */
export function findReferences(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((m) => m[0].toUpperCase()))];
}

/**
 * Verification codes typed in a reply ("the code is 482913", "código: 7KD9Q2", "code: 7KD9-Q2XA"),
 * upper-cased without dashes, de-duplicated, in text order, from the searched part only
 * (`codeSearchText`). A code has at least one digit, so "code is correct" is not one.
 */
export function findVerificationCodes(text: string): string[] {
  const searched = codeSearchText(text);
  if (searched === null) return [];
  const codes = new Set<string>();
  for (const m of searched.matchAll(CODE)) {
    const code = m[1];
    if (code !== undefined && /\d/.test(code)) codes.add(code.replace(DASHES, '').toUpperCase());
  }
  return [...codes];
}
