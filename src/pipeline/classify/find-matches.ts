const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * The matches of a global regular expression in `text`, first to last, at most `limit` of them:
 * what `text.matchAll(re)` gives, without its cost. `matchAll` copies the expression on every
 * call (ECMA-262 §22.2.6.9: a new RegExp through its species constructor), and on the phrase
 * tables, run over every message, that copy cost more than the matching itself. `re` must carry
 * the `g` flag; it is left at `lastIndex` 0, so the next caller starts from the beginning.
 */
export function findMatches(re: RegExp, text: string, limit = Number.POSITIVE_INFINITY): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  // Most phrases are absent from most texts: no array is made for them.
  let matches: RegExpExecArray[] | null = null;
  while ((matches?.length ?? 0) < limit) {
    const match = re.exec(text);
    if (match === null) break;
    (matches ??= []).push(match);
    // An empty match would be found again at the same place; matchAll steps past it the same way.
    if (match[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return matches ?? NO_MATCHES;
}

/** ECMA-262 AdvanceStringIndex: one code unit, or a whole surrogate pair under the `u` flag. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  const second = text.charCodeAt(index + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
