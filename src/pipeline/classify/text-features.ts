import { MAX_CHARS as READ_CHARS } from './analyze-text.js';
import { cleanText } from './clean-text.js';
import { normalizeText } from './normalize-text.js';

/** Long bodies add little beyond their opening; the cap keeps the model's cost per message flat. */
const MAX_CHARS = 3000;

/**
 * Determiners and possessives skipped when pairing content words, so "delete my account",
 * "delete the account" and "delete all of my account" all give the verb-object pair
 * `delete>account`: one feature learned from any of them generalizes to the others.
 */
const FUNCTION_WORDS = new Set(
  'my the a an all of your our any me this that these those its their his her some every mi mis la el los las de del su sus tu tus'.split(' '),
);

/** Negators; the few words after one are also read as negated (`not:delete`). */
const NEGATORS = new Set(['not', 'no', 'never', 'nunca', 'without', 'sin', 'ni']);
const NEGATION_SCOPE = 4;

// A short quoted span names a button, a link, a policy's words: a mention, not the writer's ask.
const QUOTED = /"([^"\n]{1,80})"/g;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Words of a text as `clean` gives it (folded case and accents, "don't" expanded). */
function wordsOf(text: string, clean: (text: string) => string): string[] {
  const marked = clean(text).slice(0, MAX_CHARS).replace(QUOTED, (_, inner: string) => ` ${inner.replace(/[a-z]+/g, 'q:$&')} `);
  // Digits are collapsed so a code or a phone number is one token, not a new word each time.
  return marked.match(/q:[a-z]+|[a-z]+|\d+/g)?.map((w) => (isDigit(w.charCodeAt(0)) ? '#' : w)) ?? [];
}

/**
 * Neighbouring words, neighbouring content words, and words in the scope of a negator. A quoted
 * word (`q:borrar`) counts alone: it pairs with nothing, so "the \"Delete account\" button" does
 * not read like "delete my account".
 */
function addBodyFeatures(words: readonly string[], features: Set<string>): void {
  let previousContent = '';
  let scope = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    features.add(w);
    if (w.startsWith('q:')) {
      previousContent = '';
      continue;
    }
    const before = words[i - 1];
    if (before !== undefined && !before.startsWith('q:')) features.add(`${before}_${w}`);
    if (!FUNCTION_WORDS.has(w)) {
      if (previousContent !== '') features.add(`${previousContent}>${w}`);
      previousContent = w;
    }
    if (NEGATORS.has(w)) scope = NEGATION_SCOPE;
    else if (scope > 0) {
      features.add(`not:${w}`);
      scope -= 1;
    }
  }
}

/**
 * The features the statistical second opinion reads from a message: the body's words, word
 * pairs, content-word pairs (`delete>account`) and negated words (`not:delete`, so "do not
 * delete my account" is not read like "delete my account"), and the subject's words marked `s:`
 * (a subject says less about the asker's intent than the body does). Each feature appears once:
 * the model asks "is it there", not "how often".
 */
export function textFeatures(subject: string, body: string): string[] {
  return [...featureSet(subject, body)];
}

/** The same features as `textFeatures`, as the set itself (the model iterates it, no copy). */
export function featureSet(subject: string, body: string): Set<string> {
  const features = new Set<string>();
  // The body as the rules read it: disclaimers and unticked options say nothing of the writer.
  addBodyFeatures(wordsOf(body.slice(0, READ_CHARS), cleanText), features);
  for (const w of wordsOf(subject, normalizeText)) features.add(`s:${w}`);
  return features;
}
