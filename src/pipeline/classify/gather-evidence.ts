import { LANGUAGES } from '../../shared/languages.js';
import { REQUEST_TYPES } from '../../shared/request-types.js';
import { findSensitiveIdentifiers, type SensitiveIdentifierKind } from '../extract/find-sensitive-identifiers.js';
import type { Language, RequestType } from '../types.js';
import { analyzeText, type TextAnalysis } from './analyze-text.js';
import { countLanguageWords, detectLanguage } from './detect-language.js';
import { ACTS_ON_RECORDS, isPortableCopy } from './detect-request-types.js';
import { citedRights } from './cited-rights.js';
import { MISDIRECTED } from './misdirected.js';
import { normalizeText } from './normalize-text.js';
import { REPLY_SUBJECT } from './reply-subject.js';
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
  /** What the requester is read from: the body, under the writer's own subject line. */
  requesterText: string;
  /** The body as received, before disclaimer paragraphs were dropped (a bulk mailer's footer, detect-not-privacy.ts). */
  rawBody: string;
}

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
  const detected = input.quoted.trim() !== '' && hasNoLanguageWords(own) ? detectLanguage(input.quoted) : detectLanguage(own);
  const body = analyzeText(input.body, detected);
  const subjectDecision = subject === '' ? null : analyzeText(subject, body.table.lang).decision;
  const subjectTypes = subjectDecision?.types ?? [];
  let requested = body.decision.requested;
  let fromQuoted = false;
  if (requested.length === 0 && body.table.pointsBelow.test(body.normalized) && input.quoted.trim() !== '') {
    requested = analyzeText(input.quoted, body.table.lang).decision.requested;
    fromQuoted = requested.length > 0;
  } else if (requested.length === 0 && input.quoted.trim() !== '' && isShortAnswer(body.normalized)) {
    // "Yes please go ahead." under our "Would you like us to delete your account as well?", or
    // "just (b)" under "(a) delete ..., (b) stop selling ...": the reply accepts what we offered.
    requested = acceptedOffer(input.quoted, body.normalized, body.table.lang);
    fromQuoted = requested.length > 0;
  }
  // The subject adds a type only when the body says nothing either way about it: a body that
  // asks about, negates, vetoes or routes (HIPAA) that type wins over a headline.
  const medical = body.decision.hipaaRecords.length > 0;
  const subjectWords = normalizeSubject(subject);
  // A body that only asks questions is not made a request by its subject ("wrong address on
  // envelope" over "Why was my statement mailed to my neighbour?").
  const bodyAsks = body.hits.length === 0 && input.body.includes('?');
  // "Opt-out request for tseward" over "I request that the following data is removed from The
  // Stack": a subject that only says "opt-out", of nothing named, labels what the body asks, and
  // a body that asks a deletion names it (a dataset's opt-out is a removal from it).
  const labelOnly = (t: RequestType): boolean => t === 'opt_out' && BARE_OPT_OUT.test(subjectWords) && requested.some((h) => h.type === 'deletion');
  // The same bare word in the body of a removal names the removal, not a second right: a
  // people-search removal ("Please remove my information from your database. This is a formal
  // opt-out request."), a dataset's ("I made a mistake authorizing this app and want to opt out").
  // Named beside the deletion in one sentence ("The deletion one, and also the opt out"), it is a
  // second right, unless it names the letter or the process ("Under your published opt-out policy
  // I request removal of ..."). Measured on the development folds 17a-24h: 12 readings right, 2
  // dataset letters that also meant an opt-out of its future use read as the deletion alone
  // (labelers differ on those).
  const namesTheRemoval = (h: TypeHit): boolean => {
    const sentence = body.sentences[h.sentence]?.text ?? '';
    return h.type === 'opt_out' && h.pattern === 'opt-out' && BARE_OPT_OUT.test(sentence) && (OPT_OUT_LABEL.test(sentence) || !requested.some((d) => d.type === 'deletion' && d.sentence === h.sentence));
  };
  if (requested.some((h) => h.type === 'deletion')) requested = requested.filter((h) => !namesTheRemoval(h));
  // A subject that asks in so many words ("Please delete my account" over "Why is there no option
  // to remove my account?", "Can anyone help to remove my account" over "Please help.") is the
  // go-ahead the body's question lacks (labeling conventions); a body that refuses the right still wins.
  // Such a subject is often read as a question itself ("Can anyone help to remove ..."): its asked rights count.
  const pleaded = body.table.pleadingSubject.test(subjectWords) ? REQUEST_TYPES.filter((t) => subjectTypes.includes(t) || (subjectDecision?.asked.some((h) => h.type === t) ?? false)) : [];
  const pleads = pleaded.length > 0;
  const refused = (t: RequestType): boolean => body.decision.negated.some((h) => h.type === t) || body.decision.vetoed.some((h) => h.type === t);
  // "Wrong address" over "I think this email was meant for someone else": the subject names the
  // mistake the body reports, not a correction asked.
  // Read only when the subject names a right at all.
  const misdirected = (subjectTypes.length > 0 || pleads) && MISDIRECTED.test(body.normalized);
  const fromSubject = (t: RequestType): boolean => !(medical && ACTS_ON_RECORDS[t]) && !labelOnly(t) && !misdirected;
  const usable = pleads
    ? pleaded.filter((t) => fromSubject(t) && !refused(t))
    : bodyAsks
      ? []
      : subjectTypes.filter((t) => !body.hits.some((h) => h.type === t) && fromSubject(t));
  const subjectTypesUsed = body.decision.asked.length > 0 && requested.length === 0 && !pleads ? [] : usable;
  // "Data Export Request" over "I would like a copy of my personal data": the copy the body asks is
  // the export its subject names, a portability request (§1798.130(a)(3)(B)(iii)), as a format
  // line in the body makes it (detect-request-types.ts); a "what do you hold" still asks access.
  if (subjectTypesUsed.includes('portability')) requested = requested.map((h) => (isPortableCopy(h) ? { ...h, type: 'portability' as const } : h));
  const typeSet = new Set([...requested.map((h) => h.type), ...subjectTypesUsed]);
  const whole = `${subjectWords}\n${body.normalized}`;
  const table = body.table;
  // A reminder that names its earlier request only by the law it cited restates that request
  // (issue 16); read from no phrase, so it goes to staff (score-confidence.ts).
  if (typeSet.size === 0 && table.followUp.test(whole) && body.decision.negated.length === 0) for (const t of citedRights(whole)) typeSet.add(t);
  const medicalMention = body.decision.hipaaRecords.length > 0 || table.hipaa.test(whole);
  return {
    lang: body.table.lang,
    body,
    types: REQUEST_TYPES.filter((t) => typeSet.has(t)),
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
    // "Please delete my daughter's account" over "I would like everything you hold about her
    // removed": the subject may be the only line that says whose data it is. A reply's subject
    // repeats ours and is left out, as for the types.
    requesterText: [subject === '' ? '' : normalizeText(subject), body.normalized, agentServiceFooter(input.signature ?? '')].filter((t) => t !== '').join('\n'),
    rawBody: input.body,
  };
}

/** "This is a formal opt-out request", "under your published opt-out policy": the letter's kind, not an ask. */
const OPT_OUT_LABEL = /\b(?:this is (?:a|an|my) (?:formal |official |written )?opt[- ]?out (?:request|notice|letter)|(?:under|per|pursuant to|according to|in line with) your (?:published |posted |stated )?opt[- ]?out (?:policy|procedure|process|page|form))\b/;
// An "opt-out" (a subject's or a sentence's) that names no sale, sharing, marketing or profiling it opts out of.
const BARE_OPT_OUT = /^(?![^\n]*\b(?:sell|sale|sold|shar|market|advertis|ads?\b|profil|third|broker|venta|vend|compart|publicidad|mercadotecnia|perfil))[^\n]*\bopt[- ]?out\b/;

function hasNoLanguageWords(text: string): boolean {
  const counts = countLanguageWords(text);
  return LANGUAGES.every((lang) => counts[lang] === 0);
}

// A reply that only says yes, or picks among the options we offered: "yes", "yes please go ahead",
// "sí, por favor", "both", "just (b)", "solo la b".
const SHORT_YES = /^\W*(?:yes|yeah|yep|yup|sure|ok|okay|please do|go ahead|sy|si|claro|de acuerdo|adelante|por favor|dale|va|both|all of (?:it|them)|ambas|ambos|las dos|los dos|(?:just|only|solo|solamente) (?:la |el )?\(?[abc]\)?|\(?[abc]\)? (?:only|solamente|nada mas)|\(?[abc]\)?(?=\W*$))\b/;
const MAX_ANSWER_WORDS = 20;

function isShortAnswer(normalized: string): boolean {
  return SHORT_YES.test(normalized) && normalized.split(/\s+/).filter((w) => w !== '').length <= MAX_ANSWER_WORDS;
}

// Our own offer in the quoted mail: "Would you like us to delete ...?", "¿Quiere que además
// eliminemos ...?", "please confirm whether you would like us to (a) delete ..., (b) ...", a
// support agent's "answer here confirming you're aware of this and really want to delete your
// account" (a "Yes, I confirm" accepts it). The words after the frame are read as the request
// they become once accepted.
const OFFER = /(?:(?:would|do) you (?:also )?(?:like|want) us to|confirm\w*\b[^?.]{0,60}?\b(?:you|really|still|indeed) want (?:us )?to|(?:whether|if) you(?: would|'d)? (?:also )?(?:like|want) us to|should we (?:also )?|shall we (?:also )?|(?:quiere|desea|quieres|deseas) (?:usted )?(?:que (?:tambien |ademas )?|(?=\(a\))))([^?]{3,240})(?:\?|\.|$)/;
// Options offered as "(a) ..., (b) ...": the answer names one ("just (b)") or all ("both").
const OPTION = /\(([abc])\)\s*([^()]*?)(?=,?\s*(?:\(?[abc]\)|or both|or all|o ambas|o las dos|o los dos|$))/g;
// A letter picked in parentheses, after "just"/"solo", or alone: never a bare "a" (an article, a
// Spanish preposition) inside a sentence.
const PICKED = /\(([abc])\)|\b(?:just|only|solo|solamente|option|opcion) (?:la |el )?([abc])\b|^\W*([abc])\W*(?:only|solamente|nada mas)?\W*$/;
// Our words turned into the consumer's: "opt you out of the sale of your data" -> "opt me out of
// the sale of my data"; Spanish "eliminemos" -> "eliminen".
const OUR_WORDS_AS_THEIRS: ReadonlyArray<[RegExp, string]> = [
  [/\byou\b/g, 'me'],
  [/\byour\b/g, 'my'],
  [/\byours\b/g, 'mine'],
  [/\beliminemos\b/g, 'eliminen'],
  [/\bborremos\b/g, 'borren'],
  [/\benviemos\b/g, 'envien'],
  [/\bmandemos\b/g, 'manden'],
  [/\bcorrijamos\b/g, 'corrijan'],
  [/\bdejemos de\b/g, 'dejen de'],
  [/\blimitemos\b/g, 'limiten'],
];

/** The word that turns an option we offered back into the writer's own ask, per language. */
const PLEASE: Record<Language, string> = { en: 'please', es: 'por favor' };

function acceptedOffer(quoted: string, answer: string, lang: Language): TypeHit[] {
  const offer = OFFER.exec(normalizeText(quoted.replace(/^[ \t]*(?:>[ \t]?)+/gm, '').replace(/\s+/g, ' ')));
  if (offer === null) return [];
  const offered = offer[1] ?? '';
  const options = [...offered.matchAll(OPTION)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
  // "Just (b)" takes one option; "both", "yes" or an offer without options takes all of it.
  const pick = options.length > 0 ? PICKED.exec(answer) : null;
  const picked = pick === null ? undefined : (pick[1] ?? pick[2] ?? pick[3]);
  const chosen = picked === undefined ? (options.length > 0 ? options.map(([, text]) => text) : [offered]) : options.filter(([letter]) => letter === picked).map(([, text]) => text);
  const asked = chosen.map((text) => `${PLEASE[lang]} ${OUR_WORDS_AS_THEIRS.reduce((t, [from, to]) => t.replace(from, to), text.replace(/^que /, ''))}.`).join(' ');
  return analyzeText(asked, lang).decision.requested;
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

// An agent service signs below the "-- " line: "This request was sent via Example Privacy on behalf
// of Renee Walsh." The letter above is written in the consumer's first person, so only the footer
// tells that an agent sends it (§7063); the rest of a signature (titles, disclaimers) is not read.
const AGENT_SERVICE_FOOTER = /\b(?:sent|submitted|filed|made|delivered) (?:via|through|by) [^\n]{1,60}? on behalf of\b|\b(?:data subject|authori[sz]ed|designated) (?:agent|representative)\b/;

/** The normalized footer of an agent service, or '' for any other signature. */
function agentServiceFooter(signature: string): string {
  const text = normalizeText(signature);
  return AGENT_SERVICE_FOOTER.test(text) ? text : '';
}
