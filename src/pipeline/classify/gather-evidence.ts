import { findSensitiveIdentifiers, type SensitiveIdentifierKind } from '../extract/find-sensitive-identifiers.js';
import type { Language, RequestType } from '../types.js';
import { analyzeText, type TextAnalysis } from './analyze-text.js';
import { countLanguageWords, detectLanguage } from './detect-language.js';
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
  // A reply of one word ("si", "ok") has no language of its own: the quoted mail (ours, in the
  // language we wrote to them in) says which.
  const own = `${subject}\n${input.body}`;
  const { en, es } = countLanguageWords(own);
  const detected = en + es === 0 && input.quoted.trim() !== '' ? detectLanguage(input.quoted) : detectLanguage(own);
  const body = analyzeText(input.body, detected);
  const subjectTypes = subject === '' ? [] : analyzeText(subject, body.table.lang).decision.types;
  let requested = body.decision.requested;
  let fromQuoted = false;
  if (requested.length === 0 && body.table.pointsBelow.test(body.normalized) && input.quoted.trim() !== '') {
    requested = analyzeText(input.quoted, body.table.lang).decision.requested;
    fromQuoted = requested.length > 0;
  } else if (requested.length === 0 && input.quoted.trim() !== '' && isShortYes(body.normalized)) {
    // "Yes please go ahead." under our "Would you like us to delete your account as well?": the
    // reply accepts the right the quoted mail offered.
    requested = acceptedOffer(input.quoted, body.table.lang);
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

// A reply that only says yes: "yes", "yes please go ahead", "sí, por favor", "ok do it".
const SHORT_YES = /^\W*(?:yes|yeah|yep|yup|sure|ok|okay|please do|go ahead|sy|si|claro|de acuerdo|adelante|por favor|dale|va)\b/;
const MAX_YES_WORDS = 12;

function isShortYes(normalized: string): boolean {
  return SHORT_YES.test(normalized) && normalized.split(/\s+/).filter((w) => w !== '').length <= MAX_YES_WORDS;
}

// Our own offer in the quoted mail: "Would you like us to delete ...?", "¿Quiere que además
// eliminemos ...?". The words after the frame are read as the request they become once accepted.
const OFFER = /(?:would you (?:also )?like us to|do you (?:also )?want us to|should we (?:also )?|shall we (?:also )?|(?:quiere|desea|quieres|deseas) (?:usted )?que (?:tambien |ademas )?)([^?]{3,200})\?/;
const FIRST_PERSON_PLURAL: ReadonlyArray<[RegExp, string]> = [
  [/\beliminemos\b/g, 'eliminen'],
  [/\bborremos\b/g, 'borren'],
  [/\benviemos\b/g, 'envien'],
  [/\bmandemos\b/g, 'manden'],
  [/\bcorrijamos\b/g, 'corrijan'],
  [/\bdejemos de\b/g, 'dejen de'],
  [/\blimitemos\b/g, 'limiten'],
];

function acceptedOffer(quoted: string, lang: Language): TypeHit[] {
  const offer = OFFER.exec(quoted.replace(/^[ \t]*(?:>[ \t]?)+/gm, '').replace(/\s+/g, ' ').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  if (offer === null) return [];
  const asked = FIRST_PERSON_PLURAL.reduce((text, [from, to]) => text.replace(from, to), offer[1] ?? '');
  return analyzeText(`${lang === 'es' ? 'por favor' : 'please'} ${asked}.`, lang).decision.requested;
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
