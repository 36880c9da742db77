/**
 * Reads message identifiers (`<id@host>`) out of a Message-ID, In-Reply-To or References
 * value, without angle brackets. A value with no brackets at all (seen from broken clients)
 * is split on whitespace instead, so the id is not lost.
 */
export function messageIds(value: string | null | undefined): string[] {
  if (value == null) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] ?? '');
  if (bracketed.length > 0) return bracketed.filter((id) => id !== '');
  return value
    .split(/\s+/)
    .map((token) => token.replace(/^<|>$/g, '').trim())
    .filter((token) => token !== '' && token.includes('@'));
}
