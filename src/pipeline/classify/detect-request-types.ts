import { REQUEST_TYPES, type RequestType } from '../../shared/request-types.js';
import type { TypeHit } from './types.js';

// Medical and billing records are HIPAA/CMIA data, exempt from the CCPA (§1798.146(a)(1)):
// asking for, deleting, moving or fixing them is routed to staff as a HIPAA matter. Opting out
// of sale and limiting use stay CCPA requests whatever data they name. A new right must say
// which it is.
export const ACTS_ON_RECORDS: Readonly<Record<RequestType, boolean>> = {
  access: true,
  portability: true,
  deletion: true,
  correction: true,
  opt_out: false,
  limit_sensitive: false,
};

// The categories of data or of recipients, or what is held, are asked for apart from any copy,
// even in the sentence that asks for a portable copy ("a CSV file, together with the categories
// of personal information collected"; "tell me what you have, send me a CSV"): that is access as
// well (§1798.110(a)). Patterns with `scope: 'categories'` ask that; these name it too.
const ASKS_FOR_CATEGORIES: ReadonlySet<string> = new Set(['categories-of', 'recipients-of-my-data', 'categorias']);

// "The specific pieces you collected" asks what is held, apart from any copy; "a copy of my data",
// "access to my data" or "my data under my right to know" is the copy itself, and when the message
// asks that copy in a portable format on another line ("Format: JSON or CSV") it is the portability
// request, not a second, access request (issue 16: GDPR art. 15 letters with a format line).
const ASKS_WHAT_IS_HELD: ReadonlySet<string> = new Set(['specific-pieces']);

/** An access phrase that asks for a copy, not for the categories: portable where its sentence names a format. */
const isCopyAsked = (h: TypeHit): boolean => h.type === 'access' && !h.inherent && h.scope !== 'categories' && !ASKS_FOR_CATEGORIES.has(h.pattern);
/** An access phrase that asks for the copy itself and not what is held: portable where the message names a format anywhere. */
export const isPortableCopy = (h: TypeHit): boolean => isCopyAsked(h) && !ASKS_WHAT_IS_HELD.has(h.pattern);

export interface RequestTypeDecision {
  types: RequestType[];
  accessScope: 'categories' | 'specific_pieces' | null;
  /** Hits that make the request, after negation, vetoes, mood and HIPAA were applied. */
  requested: TypeHit[];
  /** Questions about a right ("how do I delete my data?") that were not turned into requests. */
  asked: TypeHit[];
  negated: TypeHit[];
  vetoed: TypeHit[];
  /** Requests about medical or billing records, routed as HIPAA matters. */
  hipaaRecords: TypeHit[];
}

/**
 * "Erase whatever info you have on me": the "what you have" phrase is the object of the
 * deletion, not a second (access) request; so is "que eliminen toda la información que tengan".
 * An access phrase that overlaps another type's phrase, on either side, is that request's object.
 */
// "Review and delete all my data": the access verb shares the other request's object, and is an
// ask of its own (grammar-en.ts); so is access named in a list of rights, ticked on a form or
// written as a form field's value ("Derechos que ejerce: Cancelación, Acceso"; reading-roles.ts),
// whose hits share one span.
const SHARES_OBJECT: ReadonlySet<string> = new Set(['grammar:see-and-act-on-object', 'listed-right-names', 'ticked-right-box', 'right-requested-field']);

function isObjectOfAnotherRequest(hit: TypeHit, all: readonly TypeHit[]): boolean {
  // A phrase that only begins at the tail of the access phrase and runs on past it ("copia de
  // mis DATOS y que corrijan ...") is a second request, not this one's verb.
  return (
    hit.type === 'access' &&
    !SHARES_OBJECT.has(hit.pattern) &&
    all.some((o) => o.type !== 'access' && o.type !== 'portability' && o.start < hit.end && hit.start < o.end && (o.start <= hit.start || o.end <= hit.end))
  );
}

/**
 * "Tienen mis datos de cuando compré. Bórrenlos.": a question-shaped access phrase said as a
 * plain statement, in a message that asks for another right, describes what is held (the object
 * of that request); asked as a question ("¿tienen mis datos?") it still asks.
 */
function isDescriptionOfHeldData(hit: TypeHit, all: readonly TypeHit[]): boolean {
  return hit.type === 'access' && hit.inherent && hit.mood === 'statement' && all.some((o) => o.type !== 'access' && o.mood === 'ask');
}

/**
 * "Please remove the incorrect data", "delete the outdated address you have for me": a phrase that
 * only calls the data wrong, said inside the object of a deletion, says which data to delete; said
 * beside an asked deletion ("Please remove my data. I don't know how my name got incorrect data
 * attached"), it says why. Either way it asks no correction of its own; a fix verb ("correct or
 * delete the inaccurate data") still does.
 */
const CALLS_DATA_WRONG: ReadonlySet<string> = new Set(['wrong-field', 'field-is-wrong']);
/**
 * "I request ... correction of the errors ... and removal of incorrect information": beside a
 * correction asked with a fix verb in another sentence, removing the wrong data is that
 * correction, not a deletion of the record. Both in one sentence ("please correct or delete the
 * inaccurate data") are the writer's alternatives, and both are asked. (A phrase that only calls
 * the data wrong asks no correction: then the removal stays the deletion, see isObjectOfDeletion.)
 */
const WRONG_DATA = /\b(?:incorrect|inaccurate|wrong|erroneous|outdated|false|mistaken|obsolete|incorrect[oa]s?|errone[oa]s?|inexact[oa]s?)\b/;

function isRemovalOfWrongData(hit: TypeHit, all: readonly TypeHit[]): boolean {
  return hit.type === 'deletion' && WRONG_DATA.test(hit.phrase) && all.some((o) => o.type === 'correction' && !CALLS_DATA_WRONG.has(o.pattern) && o.sentence !== hit.sentence);
}

function isObjectOfDeletion(hit: TypeHit, all: readonly TypeHit[]): boolean {
  if (hit.type !== 'correction' || !CALLS_DATA_WRONG.has(hit.pattern)) return false;
  // The deletion may be stated ("The best would be to delete my original account associated with
  // the incorrect email address") or asked in the same sentence ("this child used wrong
  // information about his birthday, please remove this account").
  return all.some((o) => o.type === 'deletion' && ((o.start <= hit.start && hit.end <= o.end) || hit.mood !== 'ask' || o.sentence === hit.sentence));
}

/** Words that make a "do not share" an opt-out of its own: "opt out", a sale, advertising. */
const SALE_OR_ADS = /\bopt|privacy control|\bgpc\b|\b(?:sell|sold|sale|selling|vend\w*|venta|advertis\w*|ads|marketing|market\w*|publicidad|anuncios|brokers?|data brokers?|third[- ]part(?:y|ies)|terceros)\b/;
/** A general object ("my data", "mi información"): the whole record, not the sensitive item. */
const GENERAL_OBJECT = /\b(?:my|mis|mi|our) (?:personal |other |contact )?(?:data|information|info|details|datos|informacion)\b/;

/**
 * "Limit the use of my precise location. Don't use it or disclose it for anything else": the
 * "don't disclose it" is what the limit means (§1798.121(a): use and disclosure), not a second,
 * opt-out request. An opt-out phrase in a message that limits sensitive data is part of the limit
 * unless it says "opt out", names a sale, advertising or third parties, or the writer's data in
 * general.
 */
// Patterns whose phrase names no sale though the sentence does ("if you sell my data, stop").
const SALE_BY_CONTEXT: ReadonlySet<string> = new Set(['if-you-sell-stop', 'si-venden-dejen']);

function isPartOfLimit(hit: TypeHit, all: readonly TypeHit[]): boolean {
  return hit.type === 'opt_out' && !SALE_BY_CONTEXT.has(hit.pattern) && !SALE_OR_ADS.test(hit.phrase) && !GENERAL_OBJECT.test(hit.phrase) && all.some((o) => o.type === 'limit_sensitive');
}

/**
 * "I am writing to request that you erase all my personal data ... (b) I withdraw my consent on
 * which the processing is based": in a letter that asks an erasure, the withdrawn consent is its
 * ground (GDPR art. 17(1)(b)), not a second, opt-out request.
 */
const CONSENT_WITHDRAWN: ReadonlySet<string> = new Set(['withdraw-consent', 'retiro-consentimiento']);

function isGroundForDeletion(hit: TypeHit, all: readonly TypeHit[]): boolean {
  return CONSENT_WITHDRAWN.has(hit.pattern) && all.some((o) => o.type === 'deletion');
}

/** A hit that asks for its right, as phrased; `goAhead` turns questions about it into asks. */
function isRequest(h: TypeHit, goAhead: boolean): boolean {
  return h.mood === 'ask' || h.mood === 'statement' || (h.inherent && h.mood !== 'procedure') || (goAhead && (h.mood === 'question' || h.mood === 'procedure'));
}

/**
 * Decide which request types a message makes from its phrase hits. `goAhead` ("please do it",
 * "consider this my request") turns questions about a right into requests for it; `withdraw`
 * (the message calls off an earlier request) leaves only what it asks in so many words.
 */
export function detectRequestTypes(hits: readonly TypeHit[], goAhead: boolean, withdraw = false): RequestTypeDecision {
  // "I do not want my account to be deleted": the negation reaches "my account to be deleted" but
  // not the shorter "be deleted" inside it, which is the same phrase and as negated.
  const negated = hits.filter((h) => h.negated);
  const insideNegated = (h: TypeHit): boolean => negated.some((n) => n.type === h.type && n.start <= h.start && h.end <= n.end);
  const live = hits.filter((h) => !h.negated && !insideNegated(h) && h.veto === null && h.mood !== 'hypothetical');
  // A message that calls off an earlier request tells what that request was ("yesterday I asked
  // you to delete my account ... please cancel it"): its plain statements are the request called
  // off; only an ask of its own makes a new one.
  const candidates = live.filter((h) => isRequest(h, goAhead) && !(withdraw && h.mood === 'statement'));
  const hipaaRecords = candidates.filter((h) => h.hipaa && ACTS_ON_RECORDS[h.type]);
  // A copy asked for in a portable format is a portability request, not a second access request
  // (§1798.130(a)(3)(B)(iii)); a separate "what do you hold" sentence still is access.
  const portable = new Set(candidates.filter((h) => h.type === 'portability' && !h.hipaa).map((h) => h.sentence));
  const requested = candidates.filter(
    (h) =>
      !hipaaRecords.includes(h) &&
      !(isCopyAsked(h) && (portable.has(h.sentence) || (portable.size > 0 && isPortableCopy(h)))) &&
      !isObjectOfAnotherRequest(h, candidates) &&
      !isObjectOfDeletion(h, candidates) &&
      !isDescriptionOfHeldData(h, candidates) &&
      !isPartOfLimit(h, candidates) &&
      !isGroundForDeletion(h, candidates) &&
      !isRemovalOfWrongData(h, candidates),
  );
  const types = REQUEST_TYPES.filter((t) => requested.some((h) => h.type === t));
  const accessHits = requested.filter((h) => h.type === 'access');
  const accessScope = accessHits.some((h) => h.scope === 'specific_pieces')
    ? 'specific_pieces'
    : accessHits.some((h) => h.scope === 'categories')
      ? 'categories'
      : null;
  return {
    types,
    accessScope: types.includes('access') ? (accessScope ?? 'categories') : null,
    requested,
    asked: live.filter((h) => !isRequest(h, goAhead) && !types.includes(h.type)),
    negated: hits.filter((h) => h.negated && !types.includes(h.type)),
    vetoed: hits.filter((h) => h.veto !== null && !h.negated && !types.includes(h.type)),
    hipaaRecords,
  };
}
