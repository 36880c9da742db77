/** A sentence of normalized text and where it sits, so a regex match can be mapped back to it. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The sentence ended with a question mark (or opened with the Spanish one). */
  asked: boolean;
}

// Text without punctuation (a pasted document, hostile input) would be one endless sentence and
// every per-sentence test would rescan it: a sentence ends at the latest after this many characters.
// A full stop between digits is no end: a letter's "§ 1798.120 and § 1798.121" or "Art. 15.1" is
// one citation, and the sentence around it ("For opt-out requests under § 1798.120 ..., you must
// comply within 15 business days") is read whole.
const SENTENCE = /(?:[^.!?\n]|(?<=\d)\.(?=\d)){1,400}[.!?]*/g;

/**
 * Split normalized text into sentences at `.`, `!`, `?` and line ends. Abbreviations split too
 * ("Dr. Lee"), which costs nothing: request phrases never span a full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + raw.indexOf(trimmed);
    sentences.push({
      text: trimmed,
      start,
      end: start + trimmed.length,
      asked: trimmed.endsWith('?') || trimmed.startsWith('\u00bf'),
    });
  }
  return sentences;
}

/** Index of the sentence containing `offset` (binary search; sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
