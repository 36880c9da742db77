import { otherLanguages, type Language } from '../../shared/languages.js';
import { REQUEST_TYPES } from '../../shared/request-types.js';
import { cleanText } from './clean-text.js';
import { countLanguageWords } from './detect-language.js';
import { detectRequestTypes, type RequestTypeDecision } from './detect-request-types.js';
import { findTypeHits } from './find-type-hits.js';
import { EN } from './phrases-en.js';
import { ES } from './phrases-es.js';
import { structuralHits } from './reading-roles.js';
import { splitSentences, type Sentence } from './split-sentences.js';
import { REPORTS_EARLIER_REQUEST, type PhraseTable, type TypeHit } from './types.js';

export interface TextAnalysis {
  normalized: string;
  /** The normalized text's sentences, split once for every reader of them. */
  sentences: readonly Sentence[];
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
 * table finds nothing, the other languages' tables are tried in turn (mixed-language mail, short
 * Spanish notes).
 */
export function analyzeText(text: string, lang: Language): TextAnalysis {
  const normalized = cleanText(text.slice(0, MAX_CHARS));
  const sentences = splitSentences(normalized);
  const first = analyzeWithTable(normalized, sentences, TABLES[lang]);
  // Only a text with some words of another language is read with its table: an English
  // "quit giving my info to advertisers" must not match the Spanish stem "quit-" (quitar).
  const counts = countLanguageWords(normalized);
  const others = otherLanguages(lang).filter((other) => counts[other] > 0);
  if (first.hits.length > 0) {
    // Spanglish ("quiero hacer delete de mi account ... don't sell my info a nadie") asks in both
    // languages at once: each table finds the rights said in its own words.
    return others
      .filter((other) => isMixed(counts, lang, other))
      .reduce((joined, other) => joinAnalyses(joined, analyzeWithTable(normalized, sentences, TABLES[other])), first);
  }
  for (const other of others) {
    const reading = analyzeWithTable(normalized, sentences, TABLES[other]);
    if (reading.hits.length > 0) return reading;
  }
  return first;
}

/** Another language well represented: at least 3 of its function words, and a third as many as of `lang`. */
function isMixed(counts: Record<Language, number>, lang: Language, other: Language): boolean {
  return counts[other] >= 3 && counts[other] * 3 >= counts[lang];
}

/** The rights asked in both languages; the first (detected) language's reading leads. */
function joinAnalyses(first: TextAnalysis, other: TextAnalysis): TextAnalysis {
  if (other.decision.requested.length === 0) return first;
  const a = first.decision;
  const b = other.decision;
  const types = REQUEST_TYPES.filter((t) => a.types.includes(t) || b.types.includes(t));
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
  // Rights asked by a form's field or named as the ground of a demand (reading-roles.ts).
  let hits = [...findTypeHits(normalized, sentences, table), ...structuralHits(normalized, sentences, table)];
  // A report of an earlier request makes none, unless the message orders it acted on ("Please
  // action it"): then the report names what is restated.
  if (table.restatesEarlier.test(normalized)) hits = hits.map((h) => (h.veto === REPORTS_EARLIER_REQUEST ? { ...h, veto: null, mood: 'ask' } : h));
  let decision = detectRequestTypes(hits, goAhead, withdraw);
  if (decision.requested.length === 0 && table.backoff !== undefined) {
    // Nothing asked in any known frame: look for a right's word and the writer's data in one
    // sentence (backoff-patterns.ts). Known hits stay, so their questions and negations count.
    hits = [...hits, ...findTypeHits(normalized, sentences, { ...table, types: table.backoff.types, triggers: table.backoff.triggers })];
    decision = detectRequestTypes(hits, goAhead, withdraw);
  }
  return { normalized, sentences, table, hits, decision, goAhead, withdraw };
}
