import { findMatches } from './find-matches.js';
import type { PhraseTable } from './types.js';

/** Start of the clause containing `offset`: after the last comma, "but", "just", ... before it. */
export function clauseStart(sentence: string, offset: number, table: PhraseTable): number {
  let start = 0;
  for (const m of findMatches(table.clauseBreak, sentence)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end > offset) break;
    start = end;
  }
  return start;
}

/** End of the clause containing `offset`. */
export function clauseEnd(sentence: string, offset: number, table: PhraseTable): number {
  for (const m of findMatches(table.clauseBreak, sentence)) {
    if ((m.index ?? 0) >= offset) return m.index ?? sentence.length;
  }
  return sentence.length;
}

/**
 * Whether a request phrase at `offset` is negated in its own clause: "I do not want my account
 * deleted", "please don't delete anything", "no quiero que borren mi cuenta". Only words such as
 * "want", "you", "to", "my" may stand between the negation and the phrase, so "I do not use
 * your app any more and want my data deleted" stays a deletion request.
 */
export function detectNegation(sentence: string, offset: number, table: PhraseTable): boolean {
  const prefix = sentence.slice(clauseStart(sentence, offset, table), offset);
  const last = findMatches(table.negation, prefix).at(-1);
  if (last === undefined) return false;
  const between = prefix.slice((last.index ?? 0) + last[0].length).split(/[^a-z']+/).filter((w) => w.length > 0);
  return between.length <= 6 && between.every((word) => table.negationBridge.has(word));
}
