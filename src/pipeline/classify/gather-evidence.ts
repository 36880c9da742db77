import { findSensitiveIdentifiers, type SensitiveIdentifierKind } from '../extract/find-sensitive-identifiers.js';
import type { Language, RequestType } from '../types.js';
import { analyzeText, type TextAnalysis } from './analyze-text.js';
import { detectLanguage } from './detect-language.js';
import { TYPE_ORDER } from './detect-request-types.js';
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
  explicitAsk: boolean;
  hipaa: boolean;
  placeholders: boolean;
  empty: boolean;
  sensitive: SensitiveIdentifierKind[];
}

const REPLY_SUBJECT = /^\s*(?:(?:re|aw|sv|fw|fwd|rv|r|res|tr)\s*(?:\[\d+\])?\s*:\s*)+/i;
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
  const bodyAsks = body.decision.asked.map((h) => h.type);
  const usable = subjectTypes.filter((t) => !bodyAsks.includes(t) && !body.decision.negated.some((h) => h.type === t));
  const typeSet = new Set([...requested.map((h) => h.type), ...(body.decision.asked.length > 0 && requested.length === 0 ? [] : usable)]);
  const whole = `${normalizeSubject(subject)}\n${body.normalized}`;
  const table = body.table;
  return {
    lang: body.table.lang,
    body,
    types: TYPE_ORDER.filter((t) => typeSet.has(t)),
    requested,
    subjectTypes,
    fromQuoted,
    generic: table.genericRequest.test(whole) && (table.ask.test(whole) || table.imperative.test(whole)) && !table.procedure.test(whole),
    legal: table.legalTerms.test(whole),
    explicitAsk: requested.some((h) => h.mood === 'ask') || (body.goAhead && requested.length > 0),
    hipaa: table.hipaa.test(whole) || body.decision.hipaaRecords.length > 0,
    placeholders: PLACEHOLDER.test(input.body),
    empty: input.body.trim() === '' && subject === '',
    sensitive: findSensitiveIdentifiers(input.body).kinds,
  };
}

function normalizeSubject(subject: string): string {
  return subject.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
