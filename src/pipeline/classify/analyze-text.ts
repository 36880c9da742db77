import type { Language } from '../types.js';
import { cleanText } from './clean-text.js';
import { countLanguageWords } from './detect-language.js';
import { detectRequestTypes, TYPE_ORDER, type RequestTypeDecision } from './detect-request-types.js';
import { findTypeHits } from './find-type-hits.js';
import { EN } from './phrases-en.js';
import { ES } from './phrases-es.js';
import { splitSentences, type Sentence } from './split-sentences.js';
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

/**
 * Find and weigh the request phrases of one text in its language. When the detected language's
 * table finds nothing, the other one is tried (mixed-language mail, short Spanish notes).
 */
export function analyzeText(text: string, lang: Language): TextAnalysis {
  const normalized = cleanText(text.slice(0, MAX_CHARS));
  const sentences = splitSentences(normalized);
  const first = analyzeWithTable(normalized, sentences, TABLES[lang]);
  // Only a text with some words of the other language is read with its table: an English
  // "quit giving my info to advertisers" must not match the Spanish stem "quit-" (quitar).
  const otherLang: Language = lang === 'en' ? 'es' : 'en';
  if (first.hits.length > 0) {
    // Spanglish ("quiero hacer delete de mi account ... don't sell my info a nadie") asks in both
    // languages at once: each table finds the rights said in its own words.
    if (!isMixed(normalized, lang)) return first;
    return joinAnalyses(first, analyzeWithTable(normalized, sentences, TABLES[otherLang]));
  }
  if (countLanguageWords(normalized)[otherLang] === 0) return first;
  const other = analyzeWithTable(normalized, sentences, TABLES[otherLang]);
  return other.hits.length > 0 ? other : first;
}

/** Both languages well represented: at least 3 function words of the other, and a third as many. */
function isMixed(normalized: string, lang: Language): boolean {
  const counts = countLanguageWords(normalized);
  const other = counts[lang === 'en' ? 'es' : 'en'];
  return other >= 3 && other * 3 >= counts[lang];
}

/** The rights asked in either language; the first (detected) language's reading leads. */
function joinAnalyses(first: TextAnalysis, other: TextAnalysis): TextAnalysis {
  if (other.decision.requested.length === 0) return first;
  const a = first.decision;
  const b = other.decision;
  const types = TYPE_ORDER.filter((t) => a.types.includes(t) || b.types.includes(t));
  return {
    ...first,
    hits: [...first.hits, ...other.hits],
    decision: {
      types,
      accessScope: types.includes('access') ? (a.accessScope ?? b.accessScope ?? 'categories') : null,
      requested: [...a.requested, ...b.requested],
      asked: [...a.asked, ...b.asked].filter((h) => !types.includes(h.type)),
      negated: [...a.negated, ...b.negated].filter((h) => !types.includes(h.type)),
      vetoed: [...a.vetoed, ...b.vetoed].filter((h) => !types.includes(h.type)),
      hipaaRecords: [...a.hipaaRecords, ...b.hipaaRecords],
    },
    goAhead: first.goAhead || other.goAhead,
    withdraw: first.withdraw || other.withdraw,
  };
}

/** The request phrases of one table in a normalized text, and what they ask for. */
function analyzeWithTable(normalized: string, sentences: readonly Sentence[], table: PhraseTable): TextAnalysis {
  const goAhead = table.goAhead.test(normalized);
  const withdraw = table.withdraw.test(normalized);
  let hits = findTypeHits(normalized, sentences, table);
  let decision = detectRequestTypes(hits, goAhead, withdraw);
  if (decision.requested.length === 0 && table.backoff !== undefined) {
    // Nothing asked in any known frame: look for a right's word and the writer's data in one
    // sentence (backoff-patterns.ts). Known hits stay, so their questions and negations count.
    hits = [...hits, ...findTypeHits(normalized, sentences, { ...table, types: table.backoff.types, triggers: table.backoff.triggers })];
    decision = detectRequestTypes(hits, goAhead, withdraw);
  }
  return { normalized, table, hits, decision, goAhead, withdraw };
}
