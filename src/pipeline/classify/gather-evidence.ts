import { findSensitiveIdentifiers, type SensitiveIdentifierKind } from '../extract/find-sensitive-identifiers.js';
import type { Language, RequestType } from '../types.js';
import { analyzeText, type TextAnalysis } from './analyze-text.js';
import { detectLanguage } from './detect-language.js';
import { RECORD_TYPES, TYPE_ORDER } from './detect-request-types.js';
import { sentenceMood } from './sentence-mood.js';
import { splitSentences } from './split-sentences.js';
import type { ClassifyInput, TypeHit } from './types.js';

/** Everything the category, confidence and reasons are decided from. */
export interface Evidence {
  lang: Language;
  body: TextAnalysis;
  types: RequestType[];
  requested: TypeHit[];
  subjectTypes: RequestType[];
  fromQuoted: boolean;
  generic: boolean;
  legal: boolean;
  followUp: boolean;
  explicitAsk: boolean;
  hipaa: boolean;
  placeholders: boolean;
  empty: boolean;
  sensitive: SensitiveIdentifierKind[];
}

const REPLY_SUBJECT = /^\s*(?:(?:re|aw|sv|fw|fwd|rv|r|res|tr)\s*(?:\[\d+\])?\s*:\s*)+/i;
/** A subject that names a privacy request ("CCPA Request"), for a body that says nothing more. */
const GENERIC_SUBJECT = /\b(?:ccpa|cpra|privacy|data subject|verifiable consumer|consumer rights?|solicitud)\b[\w ]{0,20}\b(?:request|solicitud|de privacidad|ccpa)\b/i;
const PLACEHOLDER = /\{[a-z_ ]+\}|\[[a-z_]+>|<italic>|\[optional/i;

/**
 * Read the body (and, with care, the subject and quoted text) of a message. The subject counts
 * unless it is a reply's ("Re: ..." repeats our own subject) and never overrides a body that
 * only asks about a right. Quoted text counts only when the body points at it ("see below").
 */
export function gatherEvidence(input: ClassifyInput): Evidence {
  const subject = REPLY_SUBJECT.test(input.subject) ? '' : input.subject.trim();
  const detected = detectLanguage(`${subject}\n${input.body}`);
  const body = analyzeText(input.body, detected);
  const subjectTypes = subject === '' ? [] : analyzeText(subject, body.table.lang).decision.types;
  let requested = body.decision.requested;
  let fromQuoted = false;
  if (requested.length === 0 && body.table.pointsBelow.test(body.normalized) && input.quoted.trim() !== '') {
    requested = analyzeText(input.quoted, body.table.lang).decision.requested;
    fromQuoted = requested.length > 0;
  }
  // The subject adds a type only when the body says nothing either way about it: a body that
  // asks about, negates, vetoes or routes (HIPAA) that type wins over a headline.
  const medical = body.decision.hipaaRecords.length > 0;
  // A body that only asks questions is not made a request by its subject ("wrong address on
  // envelope" over "Why was my statement mailed to my neighbour?").
  const bodyAsks = body.hits.length === 0 && input.body.includes('?');
  const usable = bodyAsks ? [] : subjectTypes.filter((t) => !body.hits.some((h) => h.type === t) && !(medical && RECORD_TYPES.has(t)));
  const typeSet = new Set([...requested.map((h) => h.type), ...(body.decision.asked.length > 0 && requested.length === 0 ? [] : usable)]);
  const whole = `${normalizeSubject(subject)}\n${body.normalized}`;
  const table = body.table;
  const medicalMention = body.decision.hipaaRecords.length > 0 || table.hipaa.test(whole);
  return {
    lang: body.table.lang,
    body,
    types: TYPE_ORDER.filter((t) => typeSet.has(t)),
    requested,
    subjectTypes,
    fromQuoted,
    generic: !medicalMention && (namesPrivacyRequest(whole, table) || (GENERIC_SUBJECT.test(subject) && body.hits.length === 0 && !input.body.includes('?'))),
    legal: table.legalTerms.test(whole),
    followUp: table.followUp.test(whole),
    explicitAsk: requested.some((h) => h.mood === 'ask') || (body.goAhead && requested.length > 0),
    hipaa: medicalMention,
    placeholders: PLACEHOLDER.test(input.body),
    empty: input.body.trim() === '' && subject === '',
    sensitive: findSensitiveIdentifiers(input.body).kinds,
  };
}

/** "I would like to exercise my rights under the CCPA": a request, though no right is named. */
function namesPrivacyRequest(text: string, table: TextAnalysis['table']): boolean {
  return splitSentences(text).some((s) => {
    const found = table.genericRequest.exec(s.text);
    if (found === null) return false;
    const mood = sentenceMood(s, found.index, table);
    return mood === 'ask' || mood === 'statement';
  });
}

function normalizeSubject(subject: string): string {
  return subject.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
