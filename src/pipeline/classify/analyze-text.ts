import type { Language } from '../types.js';
import { countLanguageWords } from './detect-language.js';
import { detectRequestTypes, type RequestTypeDecision } from './detect-request-types.js';
import { dropUncheckedOptions } from './drop-unchecked-options.js';
import { findTypeHits } from './find-type-hits.js';
import { normalizeText } from './normalize-text.js';
import { EN } from './phrases-en.js';
import { ES } from './phrases-es.js';
import { splitSentences } from './split-sentences.js';
import type { PhraseTable, TypeHit } from './types.js';

export interface TextAnalysis {
  normalized: string;
  table: PhraseTable;
  hits: TypeHit[];
  decision: RequestTypeDecision;
  goAhead: boolean;
  withdraw: boolean;
}

const TABLES: Record<Language, PhraseTable> = { en: EN, es: ES };

/**
 * A request is said in the first lines; a longer text is a pasted document or junk. Reading a
 * bounded prefix keeps the classifier fast on any input.
 */
export const MAX_CHARS = 20_000;

// Disclaimers are worded in endless ways but from one small vocabulary: a paragraph that uses
// three or more of these words is boilerplate, whatever its sentences.
const DISCLAIMER_WORD =
  /\b(?:confidential\w*|privileged|intended|recipients?|addressee|notify|unauthori[sz]ed|prohibited|strictly|in error|by mistake|dissemination|distribution|copying|disclosure|destroy|legally|attachments|confidencial\w*|destinatario|prohibid\w*|por error|notifique|divulgacion)\b/g;
const DISCLAIMER_MIN_WORDS = 3;

/** `byVocabulary` only when there is another paragraph: a one-paragraph mail is the message. */
function isDisclaimer(paragraph: string, byVocabulary: boolean): boolean {
  if (EN.disclaimer.test(paragraph) || ES.disclaimer.test(paragraph)) return true;
  if (!byVocabulary) return false;
  const words = new Set(paragraph.match(DISCLAIMER_WORD) ?? []);
  return words.size >= DISCLAIMER_MIN_WORDS;
}

/** Drop paragraphs of e-mail disclaimer boilerplate: "please delete it" there asks nothing of us. */
function withoutDisclaimers(normalized: string): string {
  const paragraphs = normalized.split(/\n[ \t]*\n/);
  const several = paragraphs.length > 1;
  if (!paragraphs.some((p) => isDisclaimer(p, several))) return normalized;
  return paragraphs.map((p) => (isDisclaimer(p, several) ? '' : p)).join('\n\n');
}

/**
 * Find and weigh the request phrases of one text in its language. When the detected language's
 * table finds nothing, the other one is tried (mixed-language mail, short Spanish notes).
 */
export function analyzeText(text: string, lang: Language): TextAnalysis {
  const normalized = withoutDisclaimers(dropUncheckedOptions(normalizeText(text.slice(0, MAX_CHARS))));
  const sentences = splitSentences(normalized);
  const run = (table: PhraseTable): TextAnalysis => {
    const goAhead = table.goAhead.test(normalized);
    let hits = findTypeHits(normalized, sentences, table);
    let decision = detectRequestTypes(hits, goAhead);
    if (decision.requested.length === 0 && table.backoff !== undefined) {
      // Nothing asked in any known frame: look for a right's word and the writer's data in one
      // sentence (backoff-patterns.ts). Known hits stay, so their questions and negations count.
      hits = [...hits, ...findTypeHits(normalized, sentences, { ...table, types: table.backoff.types, triggers: table.backoff.triggers })];
      decision = detectRequestTypes(hits, goAhead);
    }
    return { normalized, table, hits, decision, goAhead, withdraw: table.withdraw.test(normalized) };
  };
  const first = run(TABLES[lang]);
  if (first.hits.length > 0) return first;
  // Only a text with some words of the other language is read with its table: an English
  // "quit giving my info to advertisers" must not match the Spanish stem "quit-" (quitar).
  const otherLang: Language = lang === 'en' ? 'es' : 'en';
  if (countLanguageWords(normalized)[otherLang] === 0) return first;
  const other = run(TABLES[otherLang]);
  return other.hits.length > 0 ? other : first;
}
