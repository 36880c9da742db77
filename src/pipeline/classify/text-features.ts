import { MAX_CHARS as READ_CHARS } from './analyze-text.js';
import { cleanText } from './clean-text.js';
import { normalizeText } from './normalize-text.js';
import { REPLY_SUBJECT } from './reply-subject.js';

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
 * A feature is a kind and one or two words; its name (`featureName`) is what the model's
 * weights are keyed by. The model looks features up by their parts, so that a message's word
 * pairs need not be built into strings only to be looked up and thrown away.
 */
export type FeatureKind = 'word' | 'pair' | 'content' | 'negated' | 'subject';

/** Receives each feature of a message in order, repeats included; `second` is '' for one word. */
export type FeatureVisitor = (kind: FeatureKind, first: string, second: string) => void;

/** `delete`, `delete_my` (pair), `delete>account` (content words), `not:delete`, `s:delete`. */
export function featureName(kind: FeatureKind, first: string, second: string): string {
  switch (kind) {
    case 'word':
      return first;
    case 'pair':
      return `${first}_${second}`;
    case 'content':
      return `${first}>${second}`;
    case 'negated':
      return `not:${first}`;
    case 'subject':
      return `s:${first}`;
  }
}

/**
 * The kind and words of a feature name, the inverse of `featureName` for every feature a
 * message can give (words never hold ":" but in the `q:` prefix, nor "_" or ">").
 */
export function parseFeatureName(name: string): [FeatureKind, string, string] {
  if (name.startsWith('s:')) return ['subject', name.slice(2), ''];
  if (name.startsWith('not:')) return ['negated', name.slice(4), ''];
  const content = name.indexOf('>');
  if (content >= 0) return ['content', name.slice(0, content), name.slice(content + 1)];
  const pair = name.indexOf('_');
  if (pair >= 0) return ['pair', name.slice(0, pair), name.slice(pair + 1)];
  return ['word', name, ''];
}

/**
 * Neighbouring words, neighbouring content words, and words in the scope of a negator. A quoted
 * word (`q:borrar`) counts alone: it pairs with nothing, so "the \"Delete account\" button" does
 * not read like "delete my account".
 */
function visitBodyFeatures(words: readonly string[], visit: FeatureVisitor): void {
  let previousContent = '';
  let scope = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? '';
    visit('word', w, '');
    if (w.startsWith('q:')) {
      previousContent = '';
      continue;
    }
    const before = words[i - 1];
    if (before !== undefined && !before.startsWith('q:')) visit('pair', before, w);
    if (!FUNCTION_WORDS.has(w)) {
      if (previousContent !== '') visit('content', previousContent, w);
      previousContent = w;
    }
    if (NEGATORS.has(w)) scope = NEGATION_SCOPE;
    else if (scope > 0) {
      visit('negated', w, '');
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

/** The same features as `textFeatures`, as a set. */
export function featureSet(subject: string, body: string): Set<string> {
  const features = new Set<string>();
  visitFeatures(subject, body, (kind, first, second) => features.add(featureName(kind, first, second)));
  return features;
}

/** Every feature of `textFeatures`, in the same order, with its repeats. */
export function visitFeatures(subject: string, body: string, visit: FeatureVisitor): void {
  // The body as the rules read it: disclaimers and unticked options say nothing of the writer.
  visitBodyFeatures(wordsOf(body.slice(0, READ_CHARS), cleanText), visit);
  // A reply's or a forward's prefix ("Re:", "AW:", "RV:") says the mail answers another, not what
  // it asks: the second opinion learned it from follow-ups labeled questions, and it overruled
  // requests sent as replies.
  for (const w of wordsOf(subject.replace(REPLY_SUBJECT, ''), normalizeText)) visit('subject', w, '');
}
