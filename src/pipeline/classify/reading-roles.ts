import type { Language } from '../../shared/languages.js';
import type { RequestType } from '../types.js';
import { citedRights } from './cited-rights.js';
import { sentenceMood } from './sentence-mood.js';
import type { Sentence } from './split-sentences.js';
import type { PhraseTable, TypeHit } from './types.js';

/**
 * What a part of a formal letter does, read as a privacy analyst reads it (issue 16 item 2): a
 * right's phrase asks for that right only where the writer asks us to act on their (or their
 * client's) data. Elsewhere the same words describe the law, or name what an access request wants
 * to be told. These roles are read from the shape of the sentence, not from a list of letters:
 *
 * - a right described: the law or a person *has* the right ("Under PIPEDA, the consumer has the
 *   right to withdraw consent for the collection, use and disclosure of their information",
 *   "usted tiene derecho a ..."), with no first person asking;
 * - the content of an access request: a phrase inside an indirect question or the object of
 *   "information about" ("the legal grounds for transferring my data abroad", "what measures ensure
 *   staff do not disclose my data", "whether my data was sold"): the writer wants to be told it,
 *   which is access (§1798.110, GDPR art. 15), not a second right;
 * - a demand made under a right it names ("a list of all third parties ... pursuant to their right
 *   to know under Section 1798.115"): the named right is asked;
 * - a form's field naming the right asked ("Derecho solicitado: Oposición", "Right requested:
 *   deletion"), as Latin American ARCO requests and agents' forms state it.
 */

// "X has the right to ...", "consumers are entitled to", "which grants consumers the right",
// "provides that a data subject has the right", Spanish "tiene(n) derecho a/de".
// "The existence of the right to request rectification or erasure" is what a subject access
// request wants to be told (GDPR art. 15(1)(e)), not a right asked.
const DESCRIBES_RIGHT_EN = /\b(?:ha(?:s|ve|d) the (?:\w+ ){0,2}right (?:to|of)|the existence of (?:the |a |any )?rights? (?:to|of)|(?:is|are) entitled to|grants? (?:\w+ ){0,3}(?:the )?rights? (?:to|of)|provides? that|gives? (?:\w+ ){0,3}(?:the )?rights? (?:to|of))\b/;
const DESCRIBES_RIGHT_ES = /\b(?:tiene|tienen|tendra|tendran) (?:el |los )?derechos? (?:a|de)\b|\bla existencia del? (?:los )?derechos? (?:a|de)\b|\b(?:otorga|concede|reconoce)\w* (?:\w+ ){0,3}(?:el |los )?derechos?\b|\bestablece que\b/;
// The writer in the first person before the right: "I have the right to ..." asserts the writer's
// own right, which in a consumer's mail is how a request is made ("I have the right to have my
// data deleted"); only a right held by someone else, or by the law's reader, is a description.
const FIRST_PERSON_EN = /\b(?:i|we|my client|i'm|i am)\b/;
const FIRST_PERSON_ES = /\b(?:yo|tengo|tenemos|mi cliente|mi representad[oa])\b/;

/** A sentence that describes a right rather than asks for it (see above). */
export function describesRight(text: string, lang: Language): boolean {
  const re = lang === 'en' ? DESCRIBES_RIGHT_EN : DESCRIBES_RIGHT_ES;
  const found = re.exec(text);
  if (found === null) return false;
  const before = text.slice(0, found.index);
  return !(lang === 'en' ? FIRST_PERSON_EN : FIRST_PERSON_ES).test(before);
}

// The frames of what an access request wants to be told: an indirect question ("whether",
// "how long", "in which countries", "what safeguards") or an information noun ("the legal grounds
// for", "information about", "details of"). Not "when" or "once" ("let me know when you have
// deleted it" asks for the deletion).
const WANTS_TO_BE_TOLD_EN = /\b(?:whether|how long|in which|which (?:countries|jurisdictions|third parties)|what (?:safeguards|measures|steps|technolog\w+|procedures|training|polic\w+|standards|practices)|(?:legal )?(?:grounds?|basis|bases) for|information (?:about|on|regarding|concerning)|details (?:of|about|regarding)|the logic)\b/g;
const WANTS_TO_BE_TOLD_ES = /\b(?:si o no|cuanto tiempo|en que (?:paises|jurisdiccion\w*)|que (?:medidas|garantias|tecnologias|politicas)|bases? juridicas? para|informacion sobre|detalles (?:de|sobre))\b/g;
// A new clause or item after the frame closes it: "whether you sell my data; if so, stop selling
// it", "which third parties you shared it with, and correct my name", "(a) ... and (b) deletion".
const REOPENS_ASK = /,\s*(?:and|but|also|then|or|y|e|pero|tambien)\b|\(\w\)|;|\bif so\b|\bif you do\b|\band (?:please|then|also)\b|\bplease\b|\bi (?:request|ask|want|demand)\b|\ben caso afirmativo\b|\bsi es asi\b|\bpor favor\b/;

/**
 * Where the last frame of `frames` (a global pattern) that opens before `offset` ends, or -1: the
 * frame a phrase at `offset` sits in, when it ends at or before the phrase.
 */
function frameEndBefore(frames: RegExp, text: string, offset: number): number {
  frames.lastIndex = 0;
  let last = -1;
  for (let m = frames.exec(text); m !== null && m.index < offset; m = frames.exec(text)) last = m.index + m[0].length;
  frames.lastIndex = 0;
  return last;
}

/**
 * The phrase at `offset` of a sentence sits inside what the writer wants to be told (see above):
 * its right is part of an access request, not one of its own.
 */
export function wantedToBeTold(text: string, offset: number, lang: Language): boolean {
  const last = frameEndBefore(lang === 'en' ? WANTS_TO_BE_TOLD_EN : WANTS_TO_BE_TOLD_ES, text, offset);
  if (last < 0 || last > offset) return false;
  const between = text.slice(last, offset);
  // "Information about the right to request rectification, erasure, or restriction, and to object":
  // a list of rights to be told about goes on past its commas; only a new sentence part ends it.
  return !(RIGHTS_LISTED.test(between) ? REOPENS_AFTER_RIGHTS : REOPENS_ASK).test(between);
}
const RIGHTS_LISTED = /^\s*(?:(?:the|my|your|any|their|los|mis|sus)\s+)?(?:rights?|derechos?)\b/;
const REOPENS_AFTER_RIGHTS = /\(\w\)|;|\bif so\b|\bplease\b|\bi (?:request|ask|want|demand)\b|\ben caso afirmativo\b|\bpor favor\b/;

// A demand made under a right it names: "pursuant to their right to know", "under Article 15",
// "de conformidad con el artículo 17", "con fundamento en el derecho de acceso".
const UNDER = /\b(?:pursuant to|under|in accordance with|as per|conforme (?:a|al)|de conformidad con|en virtud del?|con fundamento en)\b(.{0,70})/g;
const RIGHT_NAMES: ReadonlyArray<[RegExp, RequestType]> = [
  [/\bright (?:to know|of access|to access|to information)\b|\bderecho (?:de|a) (?:acceso|conocer|informacion)\b/, 'access'],
  [/\bright (?:to (?:delete|deletion|erasure|be forgotten)|of erasure)\b|\bderecho (?:de|a) (?:supresion|cancelacion|eliminacion|olvido)\b|\bderecho al olvido\b/, 'deletion'],
  [/\bright (?:to (?:correct|correction|rectification)|of rectification)\b|\bderecho (?:de|a) (?:rectificacion|correccion)\b/, 'correction'],
  [/\bright to (?:opt[- ]out|object)\b|\bderecho (?:de|a) (?:oposicion|oponerse)\b/, 'opt_out'],
  [/\bright to (?:data )?portability\b|\bderecho (?:de|a) (?:la )?portabilidad\b/, 'portability'],
];

/** The rights named or cited by article in the "under ..." phrases of one sentence. */
function rightsCitedIn(text: string): { type: RequestType; index: number; phrase: string }[] {
  const out: { type: RequestType; index: number; phrase: string }[] = [];
  UNDER.lastIndex = 0;
  for (let m = UNDER.exec(text); m !== null; m = UNDER.exec(text)) {
    const span = m[1] ?? '';
    const named = RIGHT_NAMES.filter(([re]) => re.test(span)).map(([, type]) => type);
    for (const type of new Set([...named, ...citedRights(span)])) out.push({ type, index: m.index, phrase: m[0].trim() });
  }
  return out;
}

// A demand on the reader in a formal letter: "You must provide ...", "ustedes deben ...".
const DEMAND: Record<Language, RegExp> = {
  en: /\byou (?:must|shall|are (?:required|obligated|obliged|bound) to|have to|need to)\b/,
  es: /\b(?:deben|debe|deberan|debera|tienen que|tiene que|estan? obligad[oa]s? a)\b/,
};
// The deadline the law sets the reader, said of a kind of request ("For opt-out requests under
// § 1798.120, you must comply within fifteen (15) business days", "deberán responder en un plazo
// de quince días"): it tells the business when to answer and asks nothing in the writer's name.
// A writer who restates an own request there says so ("you must respond to my request within").
const STATES_DEADLINE: Record<Language, RegExp> = {
  en: /\b(?:must|shall|(?:are|is) (?:required|obliged|obligated) to|ha(?:ve|s) to)\b(?: \w+){0,3}? (?:respond|comply|reply|answer|act|complete|fulfil\w*|honou?r)\w*\b.{0,80}?\bwithin\b/,
  es: /\b(?:deber\w*|tienen? (?:la obligacion de|que)|estan? obligad\w* a)\b(?: \w+){0,3}? (?:responder|contestar|atender|resolver|cumplir|dar respuesta)\w*\b.{0,80}?\b(?:plazo|dentro de|termino)\b/,
};
const IN_OWN_NAME: Record<Language, RegExp> = { en: /\b(?:i|me|my|please)\b/, es: /\b(?:yo|me|mi|mis|solicito|pido|por favor)\b/ };
const statesDeadline = (text: string, lang: Language): boolean => STATES_DEADLINE[lang].test(text) && !IN_OWN_NAME[lang].test(text);

// A form's field naming the right asked, and the right's name as its value.
// The label names the right in any person ("Derechos que ejerce:", "Derecho que ejercito:",
// "Rights you are exercising:"), as forms address the reader or speak for the writer, or bare
// ("Derechos: cancelación, acceso", a Mexican ARCO form's line).
const FIELD = /^(?:derechos?|rights?|derechos? (?:solicitados?|que (?:desea|deseo|quiero|se desea) ejercer|que (?:ejerce|ejerzo|ejercito|ejercita|se ejerce|solicita|solicito)|a ejercer|ejercidos?)|tipo de (?:solicitud|derecho)|right (?:requested|to (?:be )?exercised?)|request type|type of request|rights? (?:being )?exercised|rights? (?:you are|i am|being) exercising)\s*:\s*(.{1,80})$/;
const FIELD_VALUES: ReadonlyArray<[RegExp, RequestType]> = [
  [/\b(?:acceso|access|right to know|know)\b/, 'access'],
  [/\b(?:rectificacion|correccion|rectification|correction|correct)\b/, 'correction'],
  [/\b(?:cancelacion|supresion|eliminacion|borrado|deletion|erasure|delete)\b/, 'deletion'],
  [/\b(?:oposicion|objection|object|opt[- ]?out|do not sell)\b/, 'opt_out'],
  [/\b(?:portabilidad|portability)\b/, 'portability'],
];

const FIELD_ANYWHERE = /(?:^|\n)(?:derechos?|rights?)\s*:|\b(?:derechos? (?:solicitado|que|a ejercer|ejercido)|tipo de (?:solicitud|derecho)|right (?:requested|to)|request type|type of request|rights? (?:being )?exercised|rights? (?:you are|i am|being) exercising)\b[^\n:]{0,30}:/;
const UNDER_ANYWHERE = /\b(?:pursuant to|under|in accordance with|as per|conforme a|de conformidad con|en virtud de|con fundamento en)\b/;

// A ticked box whose option is a right's name ("☒ ACCESO", "[x] Deletion", "☑ Right to opt out"):
// ARCO and agents' forms list the rights as bare names, and the ticked ones are asked
// (drop-unchecked-options.ts has already blanked the unticked).
const TICKED_ANYWHERE = /[\u2611\u2612]|\[[x\u2713\u2714*]\]|^[ \t]*\(x\)/m;
const TICKED_RIGHT = /^(?:[-*\u2022][ \t]*)?(?:[\u2611\u2612]|\[[x\u2713\u2714*]\]|\(x\))[ \t]*(?:(?:the |el |al )?(?:right|derecho) (?:to |of |de |a |al )?(?:la |el |the )?)?([a-z][a-z -]{0,30})/;
const TICKED_VALUES: ReadonlyArray<[RegExp, RequestType]> = [
  [/^(?:acceso|access|know|conocer)\b/, 'access'],
  [/^(?:rectificacion|correccion|rectification|correction|correct)\b/, 'correction'],
  [/^(?:cancelacion|supresion|eliminacion|borrado|olvido|deletion|erasure|delete|erase|be forgotten)\b/, 'deletion'],
  [/^(?:oposicion|oponerse|objection|object|opt[- ]?out|do not sell)\b/, 'opt_out'],
  [/^(?:portabilidad|portability|data portability)\b/, 'portability'],
];

function tickedRights(text: string): RequestType[] {
  const value = TICKED_RIGHT.exec(text)?.[1];
  return value === undefined ? [] : TICKED_VALUES.filter(([re]) => re.test(value)).map(([, type]) => type);
}

// Rights named in one coordinated list ("my rights of access, rectification, erasure and
// objection", "mis derechos ARCO de acceso, rectificación, cancelación y oposición", "my rights to
// access, correct and delete my data"): each name is a right exercised, as the first one alone is.
// Spanish forms also write the list after a colon ("mis derechos ARCO: acceso, ..., y oposición")
// and repeat the preposition ("los derechos de acceso y de oposición").
const LISTED_ANYWHERE = /\brights? (?:of|to) |\bderechos? /;
const LISTED: Record<Language, RegExp> = {
  en: /\brights? (?:of|to) ((?:(?:data |be )?[a-z-]+(?:,? (?:and|or|&) |, )){1,6}(?:data |be )?[a-z-]+)/g,
  es: /\bderechos?(?: arco)?(?: de| a|:) ((?:(?:de |la |el |al |a )?[a-z]+(?:, | y | e | o |, y )){1,6}(?:de |la |el |al |a )?[a-z]+)/g,
};
const LISTED_OWNER = /\b(?:my|our|his|her|their|mi|mis|nuestros|sus|su)\b (?:\w+ ){0,2}$/;
const LISTED_EXERCISE = /\b(?:exercis\w*|invok\w*|request\w*|assert\w*|ejerc\w*|ejerz\w*|solicit\w*|hacer valer|hago valer)\b/;
// A list of right names that opens its sentence or list item with no verb is an item or a heading: "4. My
// rights to rectification, erasure, restriction of processing, and to object" is what a subject
// access request wants to be told (GDPR Art. 15(1)(e)), "(e) the existence of the right to ...".
// A writer who exercises them says so ("I exercise my rights to erasure and objection").
const LISTED_AS_ITEM = /(?:^|[;:]|\(?\b[a-z0-9]{1,2}[.)]|[-*•])\s*(?:the existence of |information (?:about|on|regarding) |la existencia de(?:l)? |informacion sobre )?(?:(?:my|the|our|mis|los|sus) )?$/;
const LIST_SEPARATOR = /,? (?:and|or|&|y|e|o) |, /;
const LISTED_NAMES: ReadonlyArray<[RegExp, RequestType]> = [
  [/^(?:access|know|acceso|conocer)$/, 'access'],
  [/^(?:rectification|correction|correct|rectify|rectificacion|correccion)$/, 'correction'],
  [/^(?:erasure|deletion|delete|erase|be forgotten|cancelacion|supresion|eliminacion|olvido)$/, 'deletion'],
  [/^(?:objection|object|opt-out|oposicion)$/, 'opt_out'],
  [/^(?:data portability|portability|portabilidad)$/, 'portability'],
];

/** The rights of a coordinated list of right names in one sentence, with where the list starts. */
function listedRights(text: string, lang: Language): { type: RequestType; index: number; phrase: string }[] {
  const out: { type: RequestType; index: number; phrase: string }[] = [];
  const re = LISTED[lang];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const names = (m[1] ?? '').split(LIST_SEPARATOR).map((n) => n.replace(/^(?:de |la |el |al |a )/, '').trim());
    const types = names.map((n) => LISTED_NAMES.find(([name]) => name.test(n))?.[1]);
    // Only a list of right names: "rights to access and delete my data" ends on its object.
    const known = types.filter((t): t is RequestType => t !== undefined);
    // The writer's rights, or rights the writer exercises: "your policy mentions rights of access
    // and erasure" names them only.
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!LISTED_OWNER.test(before) && !LISTED_EXERCISE.test(before)) continue;
    if (LISTED_AS_ITEM.test(text.slice(0, m.index))) continue;
    if (known.length >= 2) for (const type of new Set(known)) out.push({ type, index: m.index, phrase: m[0] });
  }
  return out;
}

function fieldRights(text: string): RequestType[] {
  const m = FIELD.exec(text);
  if (m === null) return [];
  const value = m[1] ?? '';
  return FIELD_VALUES.filter(([re]) => re.test(value)).map(([, type]) => type);
}

/**
 * Hits the phrase patterns cannot see: rights asked by a form's field, and rights a demand is made
 * under. Each is read with its sentence's mood like any phrase (a field is a plain statement).
 */
export function structuralHits(text: string, sentences: readonly Sentence[], table: PhraseTable): TypeHit[] {
  // Most mail has neither a field nor an "under ..." phrase: one test of the whole text each
  // skips the per-sentence work (the classifier must read thousands of messages a second).
  const fields = FIELD_ANYWHERE.test(text);
  const cited = UNDER_ANYWHERE.test(text);
  const ticked = TICKED_ANYWHERE.test(text);
  const listed = LISTED_ANYWHERE.test(text);
  if (!fields && !cited && !ticked && !listed) return [];
  const hits: TypeHit[] = [];
  sentences.forEach((sentence, index) => {
    const make = (type: RequestType, pattern: string, phrase: string, offset: number): TypeHit => ({
      type,
      pattern,
      phrase,
      mood: pattern === 'right-requested-field' || pattern === 'ticked-right-box' ? 'statement' : sentenceMood(sentence, offset, table),
      negated: false,
      hipaa: false,
      sentence: index,
      start: sentence.start + offset,
      end: sentence.start + offset + phrase.length,
      inherent: false,
      scope: null,
      veto: null,
    });
    if (fields) for (const type of fieldRights(sentence.text)) hits.push(make(type, 'right-requested-field', sentence.text, 0));
    // A ticked "Access" beside a ticked "Portability" is a right chosen of its own, not the copy
    // the portable format is asked for: it asks what is held (scope "categories").
    if (ticked) for (const type of tickedRights(sentence.text)) hits.push({ ...make(type, 'ticked-right-box', sentence.text, 0), scope: type === 'access' ? 'categories' : null });
    if (listed && !describesRight(sentence.text, table.lang)) {
      for (const l of listedRights(sentence.text, table.lang)) {
        const hit = make(l.type, 'listed-right-names', l.phrase, l.index);
        // Named beside portability, access is a right of its own, not the portable copy.
        if (hit.mood === 'ask' || hit.mood === 'statement') hits.push({ ...hit, scope: l.type === 'access' ? 'categories' : null });
      }
    }
    if (cited && !describesRight(sentence.text, table.lang)) {
      for (const c of rightsCitedIn(sentence.text)) {
        const hit = make(c.type, 'demand-under-named-right', c.phrase, c.index);
        // Only a demand makes the right it is made under a request; a statement that "this letter
        // is made under the CCPA, section 1798.105" names the law of the rights asked elsewhere.
        if ((hit.mood === 'ask' || DEMAND[table.lang].test(sentence.text)) && !statesDeadline(sentence.text, table.lang)) hits.push(hit);
      }
    }
  });
  return hits;
}

// A letter written from a Markdown template keeps its section headings ("## Transfer of my
// personal information to Facebook"): a heading names what the section is about.
const MARKDOWN_HEADING = /^#{1,6} /;

// A passage in quotation marks of some length, with no first-person word, is someone else's text
// the letter cites: a statute or regulation ("The regulations state, "If a business ..."), a
// company's terms ("you will remove that data subject from the custom audience"). What it says
// binds the reader, but asks nothing in the writer's name; the writer's own earlier request,
// quoted, speaks in the first person ("I wrote: "please delete my account"").
// Quotation marks are paired in order (a short quote, "Sale", closes before the next opens).
const QUOTED = /"([^"]*)"/g;
const MAX_QUOTED_CHARS = 1500;
const MIN_QUOTED_WORDS = 8;
const FIRST_PERSON_ANY = /\b(?:i|me|my|mine|myself|yo|mi|mis|mio|mia)\b/;

/** The spans of `text` (normalized) that quote someone else's passage (see above). */
export function quotedPassages(text: string): { start: number; end: number }[] {
  if (!text.includes('"')) return [];
  const spans: { start: number; end: number }[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? '';
    if (inner.length <= MAX_QUOTED_CHARS && inner.split(/\s+/).filter((w) => w !== '').length >= MIN_QUOTED_WORDS && !FIRST_PERSON_ANY.test(inner)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** A hit inside a quoted passage (`quotedPassages`) cites, and asks nothing. */
export function quotedVeto(hit: TypeHit, passages: readonly { start: number; end: number }[]): string | null {
  return passages.some((p) => p.start <= hit.start && hit.end <= p.end) ? 'quotes a law or terms, asks nothing of its own' : null;
}

// A list item: "1. ...", "(b) ...", "- ...".
const BARE_MARKER = /^(?:\d{1,2}|[a-z])[.)]$/;
const LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z])\)|[-*\u2022])\s/;
// What the business must offer, said of the law ("the service provider must provide me, as a
// parent, upon request:", "el responsable deberá facilitar al titular:"), before a list.
const OBLIGATION: Record<Language, RegExp> = {
  en: /\b(?:must|shall|(?:is|are) (?:required|obliged|obligated|bound) to|has to|have to)\b(?: \w+){0,2}? (?:provide|give|offer|grant|afford|allow)\b/,
  es: /\b(?:debe|deben|debera|deberan|tiene que|tienen que|esta obligad[oa] a|estan obligad[oa]s a)\b(?: \w+){0,2}? (?:proporcionar|facilitar|dar|ofrecer|otorgar|garantizar|permitir)\b/,
};
// The lead-in asks in the writer's name ("I request that you provide me:"): its items are asks.
const LEAD_ASKS = /\b(?:i|we) (?:hereby )?(?:request|ask|demand|want|would like|require|direct|instruct)\b|\bplease\b|\b(?:solicito|pido|exijo|quiero|requiero)\b|\bpor favor\b/;

/**
 * A list item under a lead-in, ending in a colon, that says what the law or the business must
 * provide ("it is my understanding that the service provider must provide me, upon request: 1. A
 * description ... 3. The right to opt my child out ..."): the items describe rights; the letter
 * asks for the ones it wants elsewhere.
 */
function itemOfDescribedList(sentences: readonly Sentence[], index: number, lang: Language): boolean {
  const leadIn = listLeadIn(sentences, index);
  return leadIn !== null && (describesRight(leadIn, lang) || OBLIGATION[lang].test(leadIn)) && !LEAD_ASKS.test(leadIn);
}

/** The lead-in, ending in a colon, of the list whose item sentence `index` is; null when it is no list item. */
function listLeadIn(sentences: readonly Sentence[], index: number): string | null {
  const text = (i: number): string => sentences[i]?.text ?? '';
  // "1. A description": the sentences split at the marker's dot, which stands alone before its item.
  const isItem = (i: number): boolean => LIST_ITEM.test(text(i)) || BARE_MARKER.test(text(i - 1));
  if (!isItem(index)) return null;
  let lead = index - 1;
  while (lead >= 0 && (isItem(lead) || BARE_MARKER.test(text(lead)))) lead -= 1;
  // A lead-in longer than a sentence's cap (split-sentences.ts) runs on from the piece before it.
  let leadIn = text(lead);
  for (let i = lead; i > 0 && i > lead - 3 && (sentences[i]?.start ?? 0) - (sentences[i - 1]?.end ?? 0) <= 1 && !/[.!?]$/.test(text(i - 1)); i -= 1) leadIn = `${text(i - 1)} ${leadIn}`;
  return leadIn.endsWith(':') ? leadIn : null;
}

// "Please confirm: ... 3. That my data will not be sold or shared", "confirm that my data will
// not be shared with third parties": the writer asks to be told what follows from the request the
// letter makes (a deletion), not for an opt-out of its own.
const CONFIRM_VERB = String.raw`\b(?:confirm|confirme|confirmen|confirmar|confirmarme|confirmenme)\b`;
const CONFIRM = new RegExp(CONFIRM_VERB);
const CONFIRM_THAT = new RegExp(String.raw`${CONFIRM_VERB}(?: \w+){0,4}? (?:that|que)\b`);

// "...that you will not sell or share my personal information in the future" binds what comes
// next: that is the opt-out's direction, confirmed.
const FROM_NOW_ON = /\b(?:in the future|going forward|from now on|ever again|en el futuro|en adelante|a partir de ahora)\b/;

function confirmationAsked(sentences: readonly Sentence[], index: number, hit: TypeHit): boolean {
  const sentence = sentences[index];
  if (sentence === undefined) return false;
  if (CONFIRM_THAT.test(sentence.text.slice(0, Math.max(0, hit.start - sentence.start)))) return true;
  const leadIn = listLeadIn(sentences, index);
  return leadIn !== null && CONFIRM.test(leadIn);
}

// What a letter asks for in case of a refusal ("If you are unable to comply, please provide a
// written explanation of the legal basis for retaining my data"): the reasons for a denial, which
// the business owes with it (§1798.105(d), §7022), not a copy of the data held.
const REFUSAL_CONDITION: Record<Language, RegExp> = {
  en: /^\W*(?:if|should|in the event(?: that)?|where|in case) (?:you|your (?:company|organi[sz]ation|business|firm))(?: \w+)? (?:are unable to|is unable to|cannot|can ?not|can'?t|refuse|refuses|decline|declines|do not|does not|don'?t|will not|won'?t|choose not to|are not able to|deny|denies|reject|rejects|intend not to|believe (?:that )?(?:you|an? exemption|there is))\b/,
  es: /^\W*(?:si|en caso de que|en el supuesto de que) (?:ustedes |usted |la empresa )?(?:no (?:pueden|puede|pudieran|pudiera|atienden|atiende|van a)|se niegan|se niega|deniegan|deniega|rechazan|rechaza|consideran|considera)\b/,
};
const REASONS_ASKED = /\b(?:explanation|explain|reasons?|legal basis|lawful basis|grounds|justification|justify|exemption|motivos?|razones|fundamento|justificacion|base (?:legal|juridica)|excepcion)\b/;

// An issue-tracker wish for the product ("Please add a CSV export", "I would like to be able to
// export my data", "Will the export feature be added?"): the writer asks for a feature, not for a
// copy of their data, unless the sentence asks us to send it ("please email me the export").
const EXPORT_FEATURE = /\b(?:export (?:feature|function(?:ality)?|option|button|tool)|feature request|(?:add|adding|implement|implementing|support|supporting) (?:an? |the )?(?:\w+ ){0,2}?export\b|be able to export|(?:option|ability) to export)\b/;
const SENT_TO_US = /\b(?:send|e-?mail|give|provide|forward|mail) (?:me|us)\b/;

// A bug report names the product's controls by their labels: "searched for 'Delete Account':
// nothing", "the Delete my data button does nothing". A right's words in quotes of their own, or
// followed by the control they label, name the control, not an ask.
const QUOTE_OPENS = /["'“‘]\s?$/;
const QUOTE_CLOSES = /^\s?["'”’]/;
const CONTROL_NAMED = /^\s?["'”’]?\s?(?:button|link|option|tab|menu|menu item|page|setting|feature|screen|section|toggle|checkbox)s?\b/;

function namesAControl(hit: TypeHit, sentence: Sentence): boolean {
  const before = sentence.text.slice(0, Math.max(0, hit.start - sentence.start));
  const after = sentence.text.slice(Math.max(0, hit.end - sentence.start));
  return (QUOTE_OPENS.test(before) && QUOTE_CLOSES.test(after)) || CONTROL_NAMED.test(after);
}

/** A death announced: "passed away", "the estate of", "el fallecimiento de" (normalized text). */
export const DEATH_NOTICE =
  /\b(?:passed away|has died|have died|died on|who died|death of|deceased|late (?:husband|wife|mother|father|son|daughter|partner|brother|sister)|executor|executrix|estate of|fallecio|fallecid[oa]s?|fallecimiento|defuncion|murio)\b/;
// "Please update your records accordingly" in a notice of death notes the death; it corrects no
// personal information of the writer's (ccpa-rules §1798.106 is about inaccurate information).
const YOUR_RECORDS_UPDATED = /^(?:update|amend|change|correct) (?:your|the|their) (?:records?|files?|system)$/;

// What a page, a notice or a law says, reported: "the add-on page states that data is not sold to
// third parties", "the notice explains that ... you must stop sending that information". The
// right's words are the document's, not an ask of the writer's; the writer speaking after them
// ("; please delete mine", "but I opt out") asks again. A bare ", and" does not: the report goes on
// ("... that information to any credit reporting company, and be sure you don't try to sell ...").
const REPORTED_BY_DOCUMENT: Record<Language, RegExp> = {
  en: /\b(?:page|notice|policy|site|website|listing|description|document|documentation|faq|terms|law|act|statute|regulation|article|section)s? (?:\w+ ){0,2}?(?:states?|stated|says|said|explains?|explained|claims?|claimed|mentions?|mentioned|notes|noted|indicates?|indicated|reads|promises?|promised|assures?)\b/g,
  es: /\b(?:pagina|aviso|politica|sitio|web|documento|ley|articulo|terminos)s? (?:\w+ ){0,2}?(?:dice|decia|indica|indicaba|afirma|senala|menciona|explica|promete|asegura)\b/g,
};

const WRITER_SPEAKS_AGAIN = /;|\(\w\)|\bplease\b|\b(?:i|we)\b|,\s*(?:but|pero)\b|\bpor favor\b|\b(?:yo|solicito|pido|exijo|quiero)\b/;

/** The phrase at `offset` of a sentence is what a document is reported to say (see above). */
function reportedByDocument(text: string, offset: number, lang: Language): boolean {
  const last = frameEndBefore(REPORTED_BY_DOCUMENT[lang], text, offset);
  return last >= 0 && last <= offset && !WRITER_SPEAKS_AGAIN.test(text.slice(last, offset));
}

// The grounds an erasure letter gives (GDPR art. 17(1)(b)-(c)): "I object to the processing and
// there are no overriding legitimate grounds", "Article 17(1)(c): Objection to processing", "remove
// the review since I withdraw consent to your collection, use, or disclosure". The objection or
// the withdrawn consent is why the data must go, not an opt-out of its own. "I request erasure
// since I object to the processing and ask that it cease" objects as well, and stays an opt-out.
const ERASURE_GROUND = /\bno overriding\b|\b17 ?\(1\) ?\([bc]\)|\bno other legal (?:ground|basis)\b|\b(?:since|because|as) (?:i|we) (?:hereby |now )?(?:withdraw|revoke)\b/;

// The reach of a request stated: "This request applies to all categories of personal information
// as defined under the CCPA", "this request covers any copies held by your processors". The
// categories or copies name what the request made elsewhere covers, not an access asked.
const REQUEST_SCOPE = /\b(?:this|the|my|these) requests? (?:also )?(?:applies|apply|extends?|covers?|includes?|pertains?|relates?)(?: to)?\b/;

/** The backoff's patterns (backoff-patterns.ts): a right's word near the writer's data, no phrase. */
export const BACKOFF_PATTERN = /^(?:backoff|respaldo):/;

/**
 * Why a phrase hit is not a request of its own, by the role of its place in the letter, or null:
 * a right described, or the content of what the writer wants to be told (for any right but
 * access, which is what wanting to be told is).
 */
export function roleVeto(hit: TypeHit, sentences: readonly Sentence[], index: number, lang: Language): string | null {
  const sentence = sentences[index];
  if (sentence === undefined) return null;
  if (MARKDOWN_HEADING.test(sentence.text)) return 'a heading names a section, asks nothing';
  if (describesRight(sentence.text, lang)) return 'a right described, not asked for';
  if (reportedByDocument(sentence.text, hit.start - sentence.start, lang)) return 'what a page, a notice or a law says, reported, not asked for';
  if (namesAControl(hit, sentence)) return "a control's label quoted or named (a button, a menu), not an ask";
  if (hit.type === 'correction' && YOUR_RECORDS_UPDATED.test(hit.phrase) && sentences.some((s) => DEATH_NOTICE.test(s.text))) return 'a death noted in the records, not a correction';
  if (itemOfDescribedList(sentences, index, lang)) return 'an item of a list of what the law provides, not asked for';
  if (statesDeadline(sentence.text, lang)) return 'the deadline the law sets for a kind of request, not asked for';
  if (hit.type === 'portability' && lang === 'en' && !SENT_TO_US.test(sentence.text) && sentences.some((s) => EXPORT_FEATURE.test(s.text))) return 'an export feature wished for the product, not a copy asked';
  if (hit.type === 'access' && REFUSAL_CONDITION[lang].test(sentence.text) && REASONS_ASKED.test(hit.phrase)) return 'the reasons for a refusal asked, not a copy of the data';
  if (hit.type === 'access' && REQUEST_SCOPE.test(sentence.text.slice(0, Math.max(0, hit.start - sentence.start)))) return 'the reach of a request made elsewhere, not an access asked';
  if (hit.type === 'opt_out' && ERASURE_GROUND.test(sentence.text)) return 'a ground of the erasure asked (GDPR art. 17(1)(b)-(c)), not an opt-out of its own';
  if (hit.type === 'opt_out' && hit.mood === 'statement' && !FROM_NOW_ON.test(sentence.text) && confirmationAsked(sentences, index, hit)) return 'a confirmation asked that the data will not be sold or shared, not an opt-out of its own';
  // A co-occurrence of the backoff (backoff-patterns.ts) spans its two cues in either order, so a
  // frame may open between them: "tell me whether that also removes the photos I uploaded".
  const at = BACKOFF_PATTERN.test(hit.pattern) ? hit.end : hit.start;
  if (hit.type !== 'access' && wantedToBeTold(sentence.text, at - sentence.start, lang)) return 'part of what the writer wants to be told (access), not a right of its own';
  return null;
}
