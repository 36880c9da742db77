import { normalizeText } from './normalize-text.js';

/** Long bodies add little beyond their opening; the cap keeps the model's cost per message flat. */
const MAX_CHARS = 3000;

function wordsOf(text: string): string[] {
  // normalizeText folds accents and case ("información" -> "informacion"); digits are collapsed so
  // a code or a phone number is one token, not a new word each time.
  return normalizeText(text.slice(0, MAX_CHARS)).match(/[a-z]+|\d+/g)?.map((w) => (/^\d/.test(w) ? '#' : w)) ?? [];
}

/**
 * The features the statistical second opinion reads from a message: the body's words and word
 * pairs, and the subject's words marked `s:` (a subject says less about the asker's intent than
 * the body does). Each feature appears once: the model asks "is it there", not "how often".
 */
export function textFeatures(subject: string, body: string): string[] {
  const features = new Set<string>();
  const words = wordsOf(body);
  for (let i = 0; i < words.length; i += 1) {
    features.add(words[i] ?? '');
    if (i > 0) features.add(`${words[i - 1] ?? ''}_${words[i] ?? ''}`);
  }
  for (const w of wordsOf(subject)) features.add(`s:${w}`);
  return [...features];
}
