import type { TypePattern } from './types.js';

// A small request grammar for English, built from word families instead of whole sentences:
// a verb of one right (any inflection: "scrap", "scrapping", "scrapped" share a stem), within a
// few words of an object that names the writer's (or a represented person's) information. Each
// fresh batch of mail brought new sentences but few new verbs or nouns, so the families carry
// over where a table of sentences did not. Mood, negation, vetoes and HIPAA routing are decided
// for these hits exactly as for the hand-written phrases (find-type-hits.ts).

const W = String.raw`[^.!?\n]`;

/** Whose information: the writer's or a represented person's ("my late father's", "our son's"). */
const OWNER = String.raw`(?:my|his|her|their|our|the consumer'?s|(?:my|our|his|her) (?:\w+ ){0,2}\w+'s)`;

/**
 * What a request is about: any noun phrase naming information, records or an account. "stuff",
 * "everything" and "footprint" are how people say it; field names let "fix my birthday" count.
 */
export const INFO_NOUN = String.raw`(?:data|info|information|details|records?|files?|profiles?|accounts?|history|stuff|footprint|entries|pii|everything|contact (?:details|info)|personal \w+|photos?|posts|reviews|messages|listings?|identity|name|last name|first name|surname|address(?:es)?|e-?mail(?: address)?|phone(?: number)?|number|birthday|date of birth|dob)`;

/** "whatever you have on me", "everything your company keeps", "all you guys have got". */
const WHAT_YOU_HOLD = String.raw`(?:whatever|everything|anything|all|what) (?:else |info |information |data )?(?:that )?(?:you(?: guys| all| folks| people)?|y'?all|your (?:company|team|firm|site|app|business)) (?:have got|have|hold|keep|store|got|collected|gathered|know|maintain|retain)`;

/** The nouns a copy is asked of: data, not a single field ("I gave you my name" asks nothing). */
const DATA_NOUN = String.raw`(?:data|info|information|details|records?|files?|profiles?|history|stuff|footprint|entries|pii|everything|personal \w+|photos|pictures|messages|posts|uploads|videos|documents|recordings|reviews|comments)`;

/** "the data (that) it collected on me", "all information what you are storing": a noun and a clause of holding. */
const HELD_NOUN_PHRASE = String.raw`(?:the|all|any|every|all the|all of the) (?:personal )?(?:data|info|information|details|records?|files?) (?:that |which |what )?(?:you|it|your \w+|they|the app|the site)(?: guys)? (?:have |has |are |is )?(?:\w+ )?(?:collected|gathered|have|has|hold|holds|keep|keeps|kept|stored|storing|store|got|obtained|maintain|holding|keeping|collecting)\b|(?:the|all|any|every|all the|all of the) (?:[\w-]+ (?:and|or|, ?) ?)?(?:photos|pictures|messages|posts|videos|documents|files|recordings|reviews|comments|data|info|information|details) (?:that |which )?(?:i|we) (?:have )?(?:uploaded|posted|shared|provided|given you|gave you|submitted|entered|saved|stored)\b`;

const objectOf = (noun: string): string =>
  String.raw`(?:${OWNER} (?:[\w'-]+ ){0,3}?${noun}|${HELD_NOUN_PHRASE}|(?:all|every|any|each)(?: of)?(?: the| your)? (?:[\w-]+ ){0,2}?(?:data|info|information|details|records?|files?|entries|stuff)\b(?=${W}{0,30}?\b(?:me|my|mine|myself|him|her|them|us|you (?:have|hold|keep|store|got)|on file)\b)|${WHAT_YOU_HOLD})`;

/** Any noun phrase for the writer's information, in one of the forms people use. */
export const INFO_OBJECT = objectOf(INFO_NOUN);
/** The same for a copy: the information as a whole, not one field. */
const DATA_OBJECT = objectOf(DATA_NOUN);

// Verb families per right; `\w*` after each stem takes the inflections.
// "Suppress my record" is how people-search sites name taking a listing down; "take out my
// address", "unpublish my profile" are how people ask a site to remove one thing.
const DELETE = String.raw`(?:delet|eras|remov|purg|suppress|wip(?:e|ing)|destroy|scrub|scrap(?!e|ing)|trash|shred|nuk(?:e|ing)|expung|dispos\w* of|get(?:ting)? rid of|forget|eliminat|discard|clear(?:ing)? out|tak(?:e|ing) (?:down|out|off)|unpublish)`;
// "e-mail" and "mail" are nouns as often as verbs: as verbs they take a person ("email me").
const SEND = String.raw`(?:send|provide|give|furnish|supply|tell (?:me|us)|(?:e-?mail|mail) (?:me|us|him|her)|forward|show|disclose|hand over|share with me|pull|compile|produce|make available)`;
// "see" and "get" are everyday verbs ("I see my address is wrong"): they ask only after a
// wish or a modal ("I'd like to see", "can I get"), or with a copy ("get a copy of").
const SEE = String.raw`(?:(?:to|let (?:me|us)|can (?:i|we)|could (?:i|we)|may (?:i|we)) (?:see|view|get|have|review|inspect|look at|go through)|receive|obtain)`;
const FIX = String.raw`(?:correct|fix|updat|chang|amend|rectif|modif|edit|revis|adjust|reflect|repair|straighten out|sort (?:it |this |that )?out|bring (?:\w+ ){0,3}?up to date)`;
/**
 * Not a fix verb that reports or describes: "someone hacked into my account and changed my email
 * address" (the active past with its object), "validate addresses correctly". The participle of a
 * wish stays an ask ("I would like my address updated in your records"). Read before a fix verb
 * here and in phrases-en-types.ts.
 */
export const NOT_AN_ASKED_FIX = String.raw`(?!(?:changed|updated|corrected|modified|fixed|amended|edited|rectified|revised) (?:my|his|her|their|our|the|your|its|this|that)\b|(?:correctly|incorrectly)\b)`;

/**
 * Read right after a send verb: what the writer gives us or others ("I will not give you more of
 * my personal data") is no copy asked. Here and in phrases-en-types.ts.
 */
export const NOT_GIVEN_AWAY = String.raw`(?! (?:to )?(?:you|them)\b)`;
const COPY = String.raw`(?:cop(?:y|ies)|dump|printout|print-out|summary|rundown|list|report|record|overview|breakdown)`;
const STORAGE = String.raw`(?:systems?|servers?|databases?|database|records|files|platform|site|website|app|lists?(?= *(?:[.!,;]|$))|mailing list of customers|customer list)`;

/** Verbs of the families in their bare (imperative) form, for the sentence-mood grammar. */
export const IMPERATIVE_VERBS = String.raw`scrap|trash|suppress|shred|nuke|scrub|destroy|expunge|eliminate|discard|dispose of|clear out|take down|furnish|supply|hand over|compile|produce|export|download|transfer|amend|rectify|modify|edit|revise|adjust|reflect|restrict|exclude|drop|get|pull|keep|treat|honou?r|put`;

const rx = (source: string): RegExp => new RegExp(source, 'g');

export const EN_GRAMMAR: TypePattern[] = [
  // deletion (§1798.105): verb family + any object; "off/out of your servers" names the object by place.
  { type: 'deletion', name: 'grammar:delete-verb+info-object', re: rx(String.raw`\b(?!(?:deleted|erased|removed|purged|wiped|destroyed|scrapped|trashed|shredded|eliminated|discarded)\b)${DELETE}\w*\b(?:(?!\b(?:not|never)\b)${W}){0,30}?\b${INFO_OBJECT}`) },
  { type: 'deletion', name: 'grammar:info-object..delete-it', re: rx(String.raw`(?<=(?:^|[.!?\n:;,]) ?)${WHAT_YOU_HOLD}\b${W}{0,30}?\b${DELETE}\w* (?:it|them|that|all of it)\b`) },
  { type: 'deletion', name: 'grammar:get-off-storage', re: rx(String.raw`\b(?:get|take|keep|pull)\b (?:me|it|them|this|that|${INFO_OBJECT})\b${W}{0,20}? (?:off|out of|off of) (?:your|the|all|any) (?:\w+ )?${STORAGE}`) },
  // "I want everything you have about me deleted", "I need the data it collected on me destroyed":
  // a wish, any object, and the participle of a right's verb. Not a wish to do another right first
  // ("I want to access my data and then have it deleted": the access is asked, the deletion after).
  { type: 'deletion', name: 'grammar:want-object-deleted', re: rx(String.raw`\b(?:want|need|would like|like|expect|demand|get|have)\b (?!to (?:access|see|view|review|obtain|receive|know|download|export|correct|update|fix|change)\b)(?:[\w'-]+ ){0,9}?(?:${DATA_NOUN}|${INFO_NOUN}|me|anything)\b(?: [\w'-]+){0,6}? (?:deleted|erased|removed|destroyed|purged|wiped|scrubbed|shredded|scrapped|trashed|eliminated|gone)\b`) },
  // "I want my account closed": the wish with an account's closing participle, as close-account
  // reads the verb (phrases-en-types.ts). Not "cancelled": analysts read a cancelled account as a
  // subscription ended ("I want this account cancelled and refunded") as often as a deletion.
  { type: 'deletion', name: 'grammar:want-account-closed', re: rx(String.raw`\b(?:want|need|would like|like|get|have)\b (?:[\w'-]+ ){0,6}?(?:my|our|the|this|both|these) (?:[\w-]+ )?accounts?\b(?: [\w'-]+){0,2}? (?:closed|terminated|shut down)\b`) },
  // "a copy of it, followed by its deletion": the right named as a noun with the data's pronoun.
  { type: 'deletion', name: 'grammar:its-deletion', re: rx(String.raw`\b(?:its|their|the data's) (?:permanent |complete |full |subsequent )?(?:deletion|erasure|removal|destruction)\b`) },
  // Retention refused: "don't keep any of my information", "I'd prefer that you no longer have
  // any of my data", "make sure it is all deleted" (the pronoun's antecedent is the data).
  { type: 'deletion', name: 'grammar:do-not-retain', selfNegating: true, re: rx(String.raw`(?:(?:^|[.!?,;:\n]|\band)\s*(?:please )?(?:do not|never|stop|quit|cease)|\b(?:you|your company|y'all)\b (?:\w+ ){0,2}?(?:no longer|not|never)) (?:keep|keeping|retain|retaining|store|storing|hold|holding|have|having|maintain|maintaining|save|saving)\b (?:(?:any|all|none) (?:of )?|onto )?${INFO_OBJECT}`) },
  { type: 'deletion', name: 'grammar:make-sure-it-is-deleted', re: rx(String.raw`\b(?:make sure|ensure|see to it) (?:that )?(?:it|they|them|this|that|everything|all of (?:it|this|that|them)|${INFO_OBJECT})(?: (?:is|are|gets?|has been|have been|will be))? (?:all |completely |permanently |fully |totally )?(?:deleted|erased|removed|destroyed|purged|wiped|gone)\b`) },
  // access (§1798.100, §1798.110): a copy or a showing of the writer's information.
  { type: 'access', name: 'grammar:send-verb+info-object', scope: 'specific_pieces', re: rx(String.raw`\b${SEND}\b${NOT_GIVEN_AWAY}(?: (?:to )?(?:me|us|him|her))?(?: with)?${W}{0,25}?\b${DATA_OBJECT}(?!${W}{0,25}?\b(?:deleted|removed|erased|corrected|fixed|updated|changed|sold|shared)\b)`) },
  // "Demand to review and delete all the information you collected on my child": two verbs share
  // one object; the first asks to see it (access) as the second asks to delete or fix it.
  { type: 'access', name: 'grammar:see-and-act-on-object', scope: 'specific_pieces', re: rx(String.raw`\b(?:see|view|review|inspect|access|obtain|receive)\b (?:and|or|&|and then) (?:\w+ )?(?:${DELETE}|${FIX})\w*\b${W}{0,15}?\b${DATA_OBJECT}`) },
  { type: 'access', name: 'grammar:see-verb+info-object', scope: 'specific_pieces', re: rx(String.raw`\b${SEE}(?! rid)\b${W}{0,20}?\b(?:${COPY} of ${W}{0,15}?)?${DATA_OBJECT}(?!${W}{0,25}?\b(?:deleted|removed|erased|corrected|fixed|updated|changed|sold|shared|back|reset|unlocked|reactivated|restored)\b)`) },
  // Where the data came from and what else is held are the right to know (§1798.110(a)(1)-(2)),
  // even several clauses after "tell me".
  { type: 'access', name: 'grammar:tell-me-sources-or-holdings', scope: 'categories', re: rx(String.raw`\b(?:tell|let|show) (?:me|us)(?: know)?\b${W}{0,60}?\b(?:(?:where|from whom|how) (?:you|your company) (?:got|obtained|received|bought|acquired|collected|sourced)|${WHAT_YOU_HOLD} (?:on|about|of) me)\b`) },
  // "Where did you get my email address???", "where did you buy my personal data": the source of
  // the data held, asked as the question itself (§1798.110(a)(2)), as Spanish "¿De dónde sacaron
  // mis datos?" (grammar-es.ts). "How did you get my email" is left out: analysts label it both
  // ways (the labeled set's access, two real spam complaints' question).
  { type: 'access', name: 'grammar:where-did-you-get-my-data', inherent: true, scope: 'categories', re: rx(String.raw`\b(?:where|from whom|from where) (?:did|do|does) (?:you|your company|y'all|you guys) (?:get|obtain|buy|bought|acquire|find|source|receive|purchase)\b (?:all )?(?:of )?(?:my|our) (?:personal )?(?:e-?mail(?: address)?|phone(?: number)?|(?:cell|mobile) (?:phone )?number|number|name|address|info|information|data|details|contact (?:info|information|details))\b`) },
  // "Who have you shared my personal information with?": the recipients are the right to know
  // (§1798.110(a)(4)), whether asked as a question or not.
  { type: 'access', name: 'grammar:who-received-my-data', inherent: true, scope: 'categories', re: rx(String.raw`\bwho (?:have|has|did|do|does) (?:you|your company|y'all) (?:\w+ )?(?:sold|shared|given|sent|disclosed|passed|sell|share|give|disclose|pass)\b${W}{0,30}?\b${INFO_OBJECT}|\bnames? of (?:the |those |these |all )?(?:compan(?:y|ies)|third[- ]part(?:y|ies)|recipients|businesses|partners)\b|\b(?:which|what) (?:other )?(?:compan(?:y|ies)|businesses|third[- ]part(?:y|ies)|partners|firms|advertisers|brokers) (?:have|has|did) (?:you|your company|y'all) (?:\w+ )?(?:sold|shared|given|sent|disclosed|passed|sell|share|give|disclose|pass)\b${W}{0,20}?\b(?:my|me|mine)\b`) },
  { type: 'access', name: 'grammar:copy-of-info', scope: 'specific_pieces', re: rx(String.raw`\b${COPY} of\b${W}{0,20}?\b${DATA_OBJECT}`) },
  { type: 'access', name: 'grammar:know-what-held', personal: true, scope: 'categories', re: rx(String.raw`\b(?:know|find out|learn|understand|see|tell (?:me|us)|let (?:me|us) know)\b${W}{0,10}?\b(?:what|which|whatever|how much|everything)\b${W}{0,30}?\b(?:data|info|information|details|records?|files?|stuff|pii)\b${W}{0,30}?\b(?:keep|keeps|kept|have|has|hold|holds|store|stores|collect\w*|maintain\w*|gather\w*)\b`) },
  // correction (§1798.106): a fix verb on the writer's field, or a field said to need one.
  { type: 'correction', name: 'grammar:fix-verb+info-object', re: rx(String.raw`\b${NOT_AN_ASKED_FIX}${FIX}\w*\b${W}{0,20}?\b(?:${OWNER} (?:[\w'-]+ ){0,2}?${INFO_NOUN}|(?:it|this|that) (?:on|in) (?:my|his|her|their|your) (?:account|records?|file|profile|system))\b(?!${W}{0,15}?\b(?:password|username|login|settings|preferences|card)\b)`) },
  { type: 'correction', name: 'grammar:bring-object-up-to-date', re: rx(String.raw`\b(?:bring|get|set|put) ${INFO_OBJECT} (?:up to date|straight|right)\b`) },
  { type: 'correction', name: 'grammar:field-needs-fixing', re: rx(String.raw`\b${OWNER} (?:[\w'-]+ ){0,2}?${INFO_NOUN}\b${W}{0,20}?\b(?:(?:needs?|requires?|should be|must be|has to be|ought to be) (?:to be )?(?:updat|correct|fix|chang|amend)\w*|(?:is|are) (?:missing|incomplete|lacking|out of date|outdated|not current|no longer current))`) },
  { type: 'correction', name: 'grammar:you-have-field-as', re: rx(String.raw`\b(?:have|has|got|list\w*|show\w*|record\w*|spell\w*)\b (?:me|my|his|her|the) (?:[\w-]+ )?(?:name|last name|first name|surname|address|birthday|date of birth|dob|birth ?date|e-?mail(?: address)?|phone(?: number)?|gender|title|zip(?: code)?|age)\b (?:down |listed |spelled |written )?as\b`) },
  // "You keep spelling my first name 'Shivaun'": a field said to be recorded some way is a correction.
  { type: 'correction', name: 'grammar:field-misrecorded', re: rx(String.raw`\b(?:spell\w*|list\w*|record\w*|show\w*|call\w*|address\w*|print\w*|writ\w*)\b (?:me(?: down)?|(?:my|his|her) (?:[\w-]+ )?(?:name|last name|first name|surname|address|birthday|date of birth|gender|title|e-?mail(?: address)?)\b) (?:as\b|wrong|incorrectly|"|')`) },
  // opt-out (§1798.120): a stop word on any use of the data for advertising, not only "sell".
  { type: 'opt_out', name: 'grammar:stop-using-for-ads', selfNegating: true, re: rx(String.raw`\b(?:stop|not|never|quit|cease|no longer)\b${W}{0,60}?\b(?:targeted|behaviou?ral|cross-context|personali[sz]ed|interest-based|third-party) (?:advertising|ads|advertisements|marketing)\b`) },
  // "Please stop using my personal data for marketing purposes": a stop on processing the
  // writer's data for marketing or profiling is the GDPR art. 21 objection (an opt-out, labeling
  // conventions); "stop emailing me" names no data and stays an unsubscribe.
  { type: 'opt_out', name: 'grammar:stop-processing-for-marketing', selfNegating: true, re: rx(String.raw`\b(?:stop|cease|quit|no longer|not|never|refrain from)\b(?: \w+){0,3}? (?:us(?:e|es|ed|ing)|process\w*|handl\w*|exploit\w*)\b${W}{0,20}?\b(?:my|his|her|(?:my|our) [\w-]+'s) (?:[\w'-]+ ){0,2}?(?:data|information|info|details)\b${W}{0,25}?\b(?:for|in|towards?) (?:any |the purposes? of |purposes of )?(?:direct |targeted |commercial |promotional )?(?:marketing|advertising|ads|profiling|promotions?)\b`) },
  { type: 'opt_out', name: 'grammar:stop-passing-along', selfNegating: true, re: rx(String.raw`\b(?:stop|not|never|quit|cease|no longer)\b(?! (?:care|mind|matter|bother|object)\b)(?: \w+){0,3}? (?:pass\w*|hand\w*|leak\w*|peddl\w*|shar\w*|sell\w*|sold|rent\w*|trad\w*|monetiz\w*) (?:along |on )?${W}{0,25}?\b(?:to|with) (?:(?:your|their|the|any|all|other) )?["']?(?:\w+ )?(?:brokers?|advertis\w*|marketers?|partners?|affiliates|third[- ]parties|compan(?:y|ies)|anyone|others|vendors)\b`) },
  // "You only need my SSN for tax forms. Don't use it for anything else.": the pronoun's
  // antecedent, a little before, is sensitive information (§1798.121).
  { type: 'limit_sensitive', name: 'grammar:not-for-anything-else', selfNegating: true, re: rx(String.raw`\b(?:not|never|stop|only)\b(?<=\b(?:ssn|social security|sensitive|biometric|genetic|health|medical|location|geolocation|fingerprints?|face|driver'?s licen[cs]e|passport)\b[^\n]{0,150}?\b(?:not|never|stop|only)\b) (?:use|using|process\w*|share|sharing) (?:it|them|this|that|those)\b (?:for anything (?:else|other)|for any other|beyond|except|only for|for other)`) },
];
