import { NOT_AN_ASKED_FIX, NOT_GIVEN_AWAY } from './grammar-en.js';
import type { TypePattern } from './types.js';

// English request phrases, on normalized text (lower-case, contractions expanded). A window such
// as [^.!?\n]{0,40}? keeps a verb and its object inside one sentence. Citations: ccpa-rules,
// "Request types" table; each type's wording follows the statute's (§1798.100-§1798.121).

const W = String.raw`[^.!?\n]`;
/**
 * A field or the writer's data named shortly before a pronoun's fix ("my address ... please correct
 * it"). A lookbehind placed after the fix's words, so it is tried only where they matched.
 */
const DATA_NAMED_BEFORE = String.raw`(?<=\b(?:name|surname|address(?:es)?|e-?mail|phone|number|date of birth|birth ?date|dob|birthday|information|info|details|data|records?|spelling|spelt|addressed|misspel\w*|typos?|fields?|wrong|incorrect|inaccurate|outdated|moved|gender|profile|chart|diagnos\w*|allerg\w*|medications?|prescriptions?|bills?|statements?|invoices?)\b[^]{0,200})`;
const DATA = String.raw`(?:data|information|info|details|records?|pii|profile|files?|accounts?|history|footprint|user ?names?)`;
/**
 * Words that are no person's name before "'s": the business's own records ("your company's
 * records", "the school's files") are not a person's data.
 */
const NOT_A_NAME = String.raw`(?:your|the|our|this|that|their|its|my|his|her|a|an|company|business|firm|organi[sz]ation|school|office|practice|clinic|hospital|district|department|team|provider|vendor|website|site|app|customer|client|patient|user|member|government|state|county|city|agency|bank|court|today|yesterday|everyone|anyone|someone|somebody|nobody|other|each)`;
/** The data belongs to the writer: "about me", "my information", "data you hold"; or to a person they name ("Mateo Alvarado's education records"). */
export const EN_PERSONAL = new RegExp(
  String.raw`\b(?!${NOT_A_NAME} )(?:[a-z]+ )?(?!${NOT_A_NAME}'s)[a-z]+'s (?:[a-z-]+ ){0,2}?(?:data|information|info|details|records?|files?|profile|history)\b|\b(?:about me|on me|of me|of mine|from me|regarding me|concerning me|related to me|relating to me|(?:about|of|on|regarding|concerning) myself|on file|under my name|linked to me|associated with me|belonging to me|(?:about|on|regarding|concerning) (?:him|her|them)\b|(?:about|on|of|regarding|concerning) my (?:son|daughter|child|children|kids?|stepson|stepdaughter|mother|father|mom|dad|husband|wife|spouse|client|ward)\b|(?:my|his|her|their|our) (?:[a-z-]+ ){0,2}?(?:data|information|info|details|records?|pii|files?|profile|account|history|stuff)|(?:data|information|info|details) (?:that |which )?(?:you|your company) (?:have|hold|keep|store|collect\w*|process\w*|maintain)|what (?:else )?(?:you|your company) (?:have|hold|keep|store)(?= *(?:[,;.!?]|$|and\b|on\b))|(?:records?|data|information|info|details|copies|files?|recordings?) (?:of|about|on|from) my|(?:send|e-?mail|give|provide|deliver|export)\w* (?:it|them|everything|that) (?:to me )?(?:as|in)|(?:the|my) (?:actual|full|raw|complete|whole) data)\b`,
);

/**
 * Sensitive personal information as §1798.140(ae) lists it (government identifiers, precise
 * geolocation, health, biometrics, ...), for the right to limit its use (§1798.121).
 */
const SENSITIVE = String.raw`(?:sensitive|health|medical|biometric|genetic|geolocation|(?:precise |exact )?location|social security|ssn|driver'?s licen[cs]e|passport|fingerprints?|face ?(?:scan|print|id|recognition)|voice ?print|retina|iris|racial|ethnic|religio\w*|sexual|union|immigration|citizenship|precise)`;

/** Data passed to others ("... to third parties"): what a sale or sharing does, not a copy for the writer. */
const TO_OTHERS = String.raw`(?! to (?:any |other |outside |unaffiliated )?(?:third[- ]part|compan|advertis|partners|affiliates|brokers|data brokers|marketers|others)\w*)`;

/** The verbs of closing an account, before and inside the look behind of close-deceased-account. */
const CLOSE_ACCOUNT = String.raw`(?:close|closing|shut down|terminate|cancel|deactivate)`;
const rx = (source: string): RegExp => new RegExp(source, 'g');

export const EN_TYPES: TypePattern[] = [
  // deletion (§1798.105)
  // "Please close my account too, with everything in it": closing with the data is a deletion.
  { type: 'deletion', name: 'close-with-data', re: rx(String.raw`\b(?:close|shut down|terminate|cancel) (?:my|our|the|this) (?:\w+ )?account\b${W}{0,25}?\b(?:with|and|along with|including) (?:everything|all (?:of )?(?:it|my|the|data|info)|the data|my data|whatever)`) },
  // "Close my account", "I'd like to close the account", "I'm closing my account with you": people
  // and analysts take closing an account as its deletion (labeling conventions; the labeled set
  // and 5 of 7 such real texts in 17a-21h); asking how, or about a bank's account, is a question by
  // its mood. "Cancel" is left out: it ends a subscription or a plan as often as an account.
  // Only the writer's own account, and not another's wish reported ("My son may have asked you to
  // close our family account. Please don't", "My dad wants to close his account"): an account of
  // the dead is close-deceased-account's.
  // An opt-out form's field: "Accounts and organizations to remove ENTIRELY:", "URLs to be removed:"
  // names what is to be deleted, its value on the lines below.
  { type: 'deletion', name: 'to-remove-field', re: rx(String.raw`\b(?:accounts?|repos(?:itories)?|organi[sz]ations|data|content|information|items|urls?|links?|profiles?|pages?|records?)(?: (?:and|or|&) [\w-]+)? to (?:be )?(?:remove|removed|delete|deleted|erase|erased)(?: entirely| completely| permanently)?[ \t]*:`) },
  { type: 'deletion', name: 'close-account', re: rx(String.raw`\b(?<!\b(?:asked|told|wants|wanted|may|might) (?:you |us |me )?to )(?:close|closing|shut down|shutting down|terminate|terminating|deactivate|deactivating)\b (?:of )?(?:my|our|the|this|that|both|these|those|all (?:of )?(?:my|the)) (?:[\w-]+ ){0,2}?accounts?\b`) },
  // "My mother died ... please close her account", "I am the executor of my father's estate and
  // need to close his account": an account of the dead is closed with its data; three collectors
  // of real texts labeled these deletions by an agent (7 of 10 such letters in 17a-19h). The verb
  // comes first: a look behind for the death at every position of a long letter costs ~70 ms.
  { type: 'deletion', name: 'close-deceased-account', re: rx(String.raw`\b${CLOSE_ACCOUNT}\b(?:(?<=\b(?:passed away|died|death|deceased|late|estate|executor|executrix|funeral)\b[\s\S]{0,600}?\b${CLOSE_ACCOUNT})|(?=[\s\S]{0,400}?\b(?:passed away|died|deceased|estate|executor)\b)|(?=[^.!?\n]{0,40}?\b(?:late|deceased)\b)) (?:all |down )?(?:of )?(?:his|her|their|the deceased's|(?:my|our) (?:late |deceased )?(?:father|mother|husband|wife|partner|son|daughter|brother|sister|dad|mom|mum|spouse|grandfather|grandmother|aunt|uncle)'?s|all (?:credit )?files associated with the deceased)(?: \w+)? (?:accounts?|files?|profiles?|card)?`) },
  { type: 'deletion', name: 'delete+object', re: rx(String.raw`\b(?!(?:deleted|erased|removed|purged|wiped|destroyed|forgotten)\b)(?:delet|deleat|dlete|erase|erasi|remov|purg|wipe|wiping|destroy|scrub|get rid of|forget)\w*\b(?:(?!\b(?:not|never)\b|\band (?:tell|let|send|inform|confirm|provide|give|notify|show)\b)[^.!?\n,;]){0,50}?\b(?:me|everything|anything|whatever|all(?= *(?:[.!?]|$))|it|them|hers|his|theirs|mine|${DATA}|address|(?:phone |cell |mobile )?numbers?|e-?mails?|contact details)\b`) },
  // "I request that the following data is removed from The Stack: - all": a form's list names the object.
  { type: 'deletion', name: 'object+deleted', re: rx(String.raw`\b(?:me|my|all|any|every|each|his|her|their|the following)\b${W}{0,40}?\b(?:${DATA}|everything)\b${W}{0,30}?\b(?:deleted|erased|removed|purged|wiped|destroyed|forgotten)\b`) },
  { type: 'deletion', name: 'want-it-deleted', re: rx(String.raw`\b(?:want|need|like|have|get) (?:it|them|this|that|everything|all of it|all of that) (?:\w+ )?(?:deleted|erased|removed|purged|wiped|destroyed|gone)\b`) },
  { type: 'deletion', name: 'take-out-of', re: rx(String.raw`\b(?:take|get|keep)\b (?:me|my\b${W}{0,40}?) (?:out of|off of|off) (?:your|the|all)\b(?! (?:\w+ )?(?:mailing|e-?mail|marketing|distribution|call|text|sms|newsletter|promotional) lists?)`) },
  { type: 'deletion', name: 'be-removed-from', re: rx(String.raw`\b(?:be|been|get|getting|have|having) (?:completely |permanently |fully |entirely )?(?:removed|deleted|erased|purged|wiped|forgotten)(?: from)?\b`) },
  { type: 'deletion', name: 'expunge', re: rx(String.raw`\bexpunge\w*\b|\b(?:stop|quit) (?:storing|keeping|holding|retaining) (?:my|any)\b`) },
  { type: 'deletion', name: 'confirm-you-deleted', re: rx(String.raw`\bconfirm (?:that |whether |if )?(?:you|your company) (?:have|has) (?:deleted|removed|erased|purged|destroyed|wiped)\b`) },
  { type: 'deletion', name: 'deletion-noun', re: rx(String.raw`\b(?:request\w*|right|ask\w*|submit\w*|exercis\w+|demand\w*|want|would like|wish)\b${W}{0,25}?\b(?:deletion|erasure|removal|suppression|to be forgotten)\b(?! (?:process|procedure|polic(?:y|ies)|timeline|steps|practices?|requirements?|form|page|works?)\b)`) },
  { type: 'deletion', name: 'deletion-of', re: rx(String.raw`\b(?:deletion|erasure|removal|delete) (?:request|of (?:my|all|any|the|personal))\b`) },
  { type: 'deletion', name: 'right-to-delete', re: rx(String.raw`\bright (?:to|of) (?:delete|deletion|erasure|erase)\b|\bthe (?:deletion|erasure|delete) (?:one|option)\b`) },
  { type: 'deletion', name: 'request-to-delete', re: rx(String.raw`\brequest\w* (?:to|that you|you) (?:delete|erase|remove)\b`) },
  { type: 'deletion', name: 'no-longer-want-you-to-have', selfNegating: true, re: rx(String.raw`\b(?:do not|no longer) want (?:you|your company|your \w+|anyone) (?:to (?:have|keep|hold|store|retain)|(?:having|keeping|holding|storing|retaining) (?:my|any|me|it|them|this|that))\b`) },
  // access: know categories or specific pieces (§1798.100, §1798.110)
  { type: 'access', name: 'what-data-you-hold', personal: true, inherent: true, scope: 'categories', re: rx(String.raw`\b(?:what|which|whatever)\b${W}{0,30}?\b(?:data|information|info|details|pii|records?)\b${W}{0,40}?\b(?:you|your company|your organi[sz]ation|your firm)\b${W}{0,25}?\b(?:have|has|hold|keep|store|collect|process|maintain|possess|retain|know|gathered|collected|stored|obtained|got|receive|received|get|gather)\b`) },
  { type: 'access', name: 'what-is-on-file', inherent: true, scope: 'categories', re: rx(String.raw`\bwhat (?:is|do you have|have you got|you have) (?:on file|in (?:your|the) (?:system|records?|files?|database)) (?:for|about|on|under) me\b`) },
  // GDPR Art. 15(1): "confirmation as to whether or not personal data concerning him or her are
  // being processed" opens the right of access; agents write it for their client.
  { type: 'access', name: 'confirm-whether-processed', scope: 'categories', re: rx(String.raw`\bconfirm(?:ation)?(?: (?:as to|of))? whether (?:or not )?${W}{0,30}?\b(?:process|hold|have|store|keep|collect)\w*\b${W}{0,30}?\b(?:personal )?(?:data|information)\b`) },
  { type: 'access', name: 'everything-in-my-file', scope: 'specific_pieces', re: rx(String.raw`\b(?:see|view|get|receive|review|inspect|access)\b (?:everything|all|whatever(?: is)?) (?:in|on|from|under) my (?:file|account|records?|profile|history)\b`) },
  { type: 'access', name: 'what-data-is-stored', personal: true, inherent: true, scope: 'categories', re: rx(String.raw`\bwhat\b${W}{0,30}?\b(?:data|information|info|details|pii)\b${W}{0,30}?\b(?:is|are|was|were|have been|has been)\b (?:being )?(?:stored|kept|held|collected|processed|saved|retained)\b`) },
  // Not a third party's copy ("ensure that they deleted their copy of the data"), nor the data's
  // disclosure to others ("opt me out of any sale, sharing, or disclosure of my personal
  // information to third parties"): neither asks for a copy for the writer.
  { type: 'access', name: 'copy-of-data', personal: true, scope: 'specific_pieces', re: rx(String.raw`\b(?<!\b(?:their|its) )(?:cop(?:y|ies)|report|summary|list|printout|overview|disclosure)\b${W}{0,15}?\b(?:of|from)\b${W}{0,40}?\b(?:data|information|info|details|records?|pii|files?|profile|(?:what(?:ever)?|everything|all) (?:you|your company) (?:have|hold|keep|store))\b${TO_OTHERS}`) },
  { type: 'access', name: 'send-me-data', personal: true, scope: 'specific_pieces', re: rx(String.raw`\b(?:(?:send|provide|give|forward|show|furnish|supply|hand over)\b${NOT_GIVEN_AWAY}(?: (?:to )?(?:me|us))?|(?:e-?mail|mail) (?:(?:to )?me|us)\b)(?: with)?\b${W}{0,30}?\b(?:all|any|the|my|every|whatever)\b${W}{0,30}?\b(?:data|information|info|details|records?|pii|file)\b`) },
  { type: 'access', name: 'specific-pieces', scope: 'specific_pieces', re: rx(String.raw`\bspecific pieces\b`) },
  { type: 'access', name: 'send-me-everything', personal: true, scope: 'specific_pieces', re: rx(String.raw`\b(?:send|give|provide|show|e-?mail|forward|furnish|mail)\b${W}{0,20}?\b(?:everything|whatever|all|what)\b${W}{0,20}?\b(?:you|your company) (?:have|hold|keep|store|know|collected|maintain)\b`) },
  // Who received the data is part of the right to know (§1798.110(a)(4), §1798.115): "a list of
  // every third party you sold my information to", "tell me to whom".
  { type: 'access', name: 'recipients-of-my-data', scope: 'categories', re: rx(String.raw`\b(?:list|names?|identit(?:y|ies)|identification|categor(?:y|ies)|tell me|identify)\b (?:of )?(?:(?:all|every|each|the|any|specific|actual|exact|individual|other|outside) ){0,3}(?:third[- ]part(?:y|ies)|compan(?:y|ies)|recipients?|businesses|vendors|partners|entities|organi[sz]ations|brokers)\b${W}{0,40}?\b(?:sold|shared|disclosed|gave|given|provided|sent|transferred|transmitted|licensed|sell|share|disclose)\b|\b(?:tell|inform|let) (?:me|us)(?: know)? (?:if|whether) (?:you|your company) (?:have |has |ever )*(?:sold|shared|disclosed|given|sent|transferred|transmitted|licensed)\b|\b(?:tell|inform|let|show) (?:me|us)(?: know)? (?:(?:to|with) whom(?! (?:i|we|should|to)\b)|who (?:you|it was|they were) (?:\w+ )?(?:sold|shared|disclosed|gave|sent))\b`) },
  { type: 'access', name: 'disclose-data', personal: true, re: rx(String.raw`\bdisclos(?:e|ure|ing)\b(?: to (?:me|us)(?:, [^,.!?\n]{1,50},)?)?${W}{0,30}?\b(?:all|any|the|my|every|whatever|what)\b${W}{0,30}?\b(?:data|information|info|details|records?|pii)\b${TO_OTHERS}`) },
  { type: 'access', name: 'access-to-data', personal: true, re: rx(String.raw`\baccess(?:ing)?\b(?: to)?\b${W}{0,25}?\b(?:my|all|the|any|personal)\b${W}{0,25}?\b(?:data|information|info|details|records?|pii|file)\b`) },
  { type: 'access', name: 'right-to-know', re: rx(String.raw`\b(?:right (?:to know|of access|to access)|request to know|access request|subject access|dsar|data subject access request|right-to-know|request for access|request(?:ing)? access|ask(?:ing)? for access)\b`) },
  { type: 'access', name: 'tell-me-what', personal: true, scope: 'categories', re: rx(String.raw`\b(?:tell|inform|let|show|advise) (?:me|us)\b(?: know)?\b${W}{0,15}?\b(?:what|which|whether|if|the categories|all|where|from whom|how)\b${W}{0,50}?\b(?:data|information|info|details|records?|pii)\b`) },
  { type: 'access', name: 'tell-me-what-you-hold', personal: true, scope: 'categories', re: rx(String.raw`\b(?:(?:tell|show|let) (?:me|us) (?:know )?|(?:see|know|find out|learn|understand) )(?:what|everything|all) (?:you|your company) (?:have|hold|keep|store|know|collected|process)\b`) },
  { type: 'access', name: 'what-do-you-know-about-me', inherent: true, scope: 'categories', re: rx(String.raw`\bwhat (?:do|does|did) (?:you(?: guys| all| folks| people)?|your company|your \w+) (?:know|have|hold|keep|store|collect)\b(?: (?:stored|saved|kept|collected|recorded|on file|on record))? (?:about|on|from|of) me\b`) },
  { type: 'access', name: 'request-my-data', re: rx(String.raw`\brequest\w*(?: for| to (?:see|get|receive|obtain|access))? (?:a copy of |copies of )?(?:all (?:of )?)?my (?:personal |hr |employment |personnel |employee |customer |client |user |account )?(?:data|information|info|records?|file|pii)\b(?!${W}{0,20}?\b(?:deleted|removed|erased|corrected|updated|changed|fixed)\b)`) },
  { type: 'access', name: 'confirm-whether', personal: true, scope: 'categories', re: rx(String.raw`\bconfirm(?:ation)? (?:of )?(?:whether|if)\b${W}{0,60}?\b(?:process|hold|have|store|keep|collect|maintain)\w*\b`) },
  { type: 'access', name: 'do-you-have-my-data', personal: true, inherent: true, scope: 'categories', re: rx(String.raw`\b(?:do|does|did) (?:you|your company|your organi[sz]ation|your firm)\b${W}{0,15}?\b(?:have|hold|keep|store|process|collect|maintain|possess)\b${W}{0,40}?\b(?:data|information|info|records?|recordings?|details|anything)\b`) },
  // "The categories of personal information I am requesting for deletion are": what a deletion
  // names to erase, not the categories an access request wants listed.
  { type: 'access', name: 'categories-of', scope: 'categories', re: rx(String.raw`\bcategor(?:y|ies) of (?:personal )?(?:data|information|info)\b(?!${W}{0,40}?\b(?:for (?:deletion|erasure|removal)|to (?:be )?(?:delete|deleted|erase|erased|remove|removed)|deleted|erased|removed)\b)`) },
  { type: 'access', name: 'know-what', personal: true, scope: 'categories', re: rx(String.raw`\b(?:know|find out|learn|see|understand)\b${W}{0,10}?\b(?:what|which|how much)\b${W}{0,40}?\b(?:data|information|info|details|pii)\b`) },
  { type: 'access', name: 'get-my-data', personal: true, re: rx(String.raw`\b(?:see|view|obtain|receive|get|review|inspect)\b (?:a copy of |copies of |all |the |my |any |access to )${W}{0,30}?\b(?:data|information|info|pii)\b(?!${W}{0,25}?\b(?:deleted|removed|erased|corrected|fixed|updated|changed|sold|shared)\b)`) },
  // portability (§1798.130(a)(3)(B)(iii))
  { type: 'portability', name: 'machine-readable', re: rx(String.raw`\b(?:machine[- ]?readable|portab\w*(?! and accountability)(?! (?:communication|electronic|computing|media|devices?|phones?|radios?|storage|generators?|speakers?|chargers?|power|heaters?|air|toilets?|units?|equipment)\b)|structured,? (?:and )?(?:commonly used|common|electronic|digital)?${W}{0,20}?format)\b`) },
  // A file type names a portable copy; "in electronic format" does not: it is how an access copy is
  // sent (GDPR art. 15(3), "a commonly used electronic form"), and access letters ask it.
  { type: 'portability', name: 'file-format', personal: true, re: rx(String.raw`\b(?:csv|json|xml|xlsx?|excel|spreadsheet|zip file)\b`) },
  // "Data Export Request", "Personal data export request": the export named as the request, as
  // mailto subjects name it ("a data export you provided" is the past one's).
  { type: 'portability', name: 'data-export-request', re: rx(String.raw`\b(?:data|information|account) (?:export|download) request\b`) },
  { type: 'portability', name: 'export-data', re: rx(String.raw`\b(?!(?:downloaded|exported)\b)(?:export|download)\w*\b${W}{0,30}?\b(?:data|information|info|records?|everything|account|profile|history)\b`) },
  // "in a format I can import somewhere else": the use names a portable copy without its name.
  { type: 'portability', name: 'import-elsewhere', re: rx(String.raw`\b(?:format|file|copy|form)\b${W}{0,25}?\b(?:import|upload|load|move|bring|take|carry)\w*\b${W}{0,25}?\b(?:somewhere else|elsewhere|another|other|a different|my own|a new|with me)\b`) },
  // "Send me my data so I can move to another provider": the purpose portability serves (GDPR art. 20, §1798.100(d)).
  { type: 'portability', name: 'move-to-another-provider', re: rx(String.raw`\bso (?:that )?(?:i|we) (?:can|could|may) (?:move|switch|transfer|migrate|take (?:it|them|my data)|bring (?:it|them|my data))\b${W}{0,20}?\b(?:to|over to) (?:another|a new|a different|my new|the new|other) (?:provider|service|company|platform|app|bank|insurer|carrier|host|vendor|system)\b`) },
  { type: 'portability', name: 'transfer-data', re: rx(String.raw`\btransfer\w*\b${W}{0,30}?\b(?:data|information|info|records?)\b${W}{0,40}?\b(?:to|into)\b`) },
  // correction (§1798.106, §7023)
  // A change reported in the past or an adverb asks for none (NOT_AN_ASKED_FIX, grammar-en.ts).
  { type: 'correction', name: 'correct+field', re: rx(String.raw`\b${NOT_AN_ASKED_FIX}(?:correct|fix|rectif|amend|updat|chang|modif|edit|revis)\w*\b(?! your (?:own )?(?:contact (?:information|info|details|lists?)|address book|distribution lists?)\b)${W}{0,40}?\b(?:name|surname|last name|first name|middle name|maiden name|address|date of birth|birth ?date|dob|birthday|e-?mail address|email|phone|phone number|spelling|information|info|data|records?|details|gender|zip(?: code)?|employer|marital status)\b`) },
  { type: 'correction', name: 'field-is-wrong', re: rx(String.raw`\b(?:name|surname|address|date of birth|birth ?date|dob|birthday|e-?mail|phone(?: number)?|spelling|information|info|data|records?|details|gender)\b${W}{0,40}?\b(?:is|are|was|were|has been|have been|looks|seems|listed as|shows|says)\b${W}{0,12}?\b(?:wrong|incorrect|inaccurate|misspell?ed|misspelt|outdated|out of date|not correct|not right|mistaken|erroneous|not accurate|spelled wrong)\b`) },
  // "My name is spelt Jayne", "my surname is spelled Marlowe, not Marlow": the right spelling
  // given, to someone who wrote it otherwise.
  { type: 'correction', name: 'name-is-spelled', re: rx(String.raw`\bmy (?:(?:first|last|middle|family|full|sur) ?)?name is (?:actually |correctly )?(?:spelt|spelled|written)\b`) },
  { type: 'correction', name: 'wrong-field', re: rx(String.raw`\b(?:wrong|incorrect|inaccurate|outdated|misspell?ed) (?:name|last name|address|date of birth|birthdate|dob|birthday|email|phone(?: number)?|information|info|data|spelling|details)\b`) },
  // "Please fix it" corrects the writer's data only after naming it ("There is an error in my
  // contact information. Please correct it."); after a bug ("I cannot remove the members??? Please
  // fix this") it asks for a fix of the product.
  { type: 'correction', name: 'please-fix-it', re: rx(String.raw`\bplease (?:to )?(?:correct|fix|update|amend|rectify|change) (?:it|this|that|them|these|those)\b${DATA_NAMED_BEFORE}`) },
  { type: 'correction', name: 'you-have-my-old', re: rx(String.raw`\b(?:you|your (?:records?|system|files?|database)|records?)\b (?:still )?(?:have|has|list|lists|show|shows)\b${W}{0,30}?\b(?:old|previous|former|outdated|wrong|incorrect)\b (?:phone|address|name|last name|e-?mail|number|mailing address)\b`) },
  { type: 'correction', name: 'please-update', re: rx(String.raw`\bplease (?:update|correct|fix|amend)\b(?= *(?:[.!]|$|,? *thanks?\b))`) },
  { type: 'correction', name: 'have-field-wrong', re: rx(String.raw`\b(?:have|has|got|list\w*|show\w*|spell\w*)\b (?:my|the|our) (?:name|last name|first name|surname|address|date of birth|birthday|dob|birth ?date|e-?mail(?: address)?|phone(?: number)?|spelling|information|details|gender)\b (?:\w+ )?(?:wrong|incorrect|inaccurate|misspell?ed|wrongly|incorrectly)\b`) },
  { type: 'correction', name: 'can-you-fix-that', re: rx(String.raw`\b(?:can|could|would|will) you (?:please )?(?:correct|fix|update|change|amend) (?:it|this|that|them|these|those)\b${DATA_NAMED_BEFORE}`) },
  { type: 'correction', name: 'mistake-in-records', re: rx(String.raw`\b(?:mistakes?|errors?|inaccurac\w+|typos?)\b (?:in|on|with) (?:my|your|the|our) (?:records?|file|account|profile|information|info|data|details|name|address|system)\b`) },
  // Something held that is misspelled ("my name is misspelled", "you misspelled my name"), not an
  // alias a letter lists to find the records ("Harriet Oduya (also misspelled Oduia)") nor the
  // writer's own slip at sign-up ("I misspelled outlook").
  { type: 'correction', name: 'misspelled', re: rx(String.raw`\b(?:is|are|was|were|been|got|gets|get|being|has it|have it|has them) misspel\w*|(?<!\bi (?:have |had |must have |may have )?)\bmisspel\w* (?:my|our|the|his|her) (?:\w+ )?(?:name|surname|address|street|e-?mail|details|information|data|record)|\bmisspell?ings? (?:of|in) (?:my|our|the|his|her)\b|\bspelled (?:wrong|incorrectly)\b|\btypo in my (?:name|address)\b`) },
  { type: 'correction', name: 'correction-noun', re: rx(String.raw`\b(?:request\w*|right|submit\w*|exercis\w+|want|would like)\b${W}{0,25}?\b(?:correction|rectification|to correct)\b|\b(?:correction|rectification) (?:request|of (?:my|the|inaccurate|incorrect|personal))\b`) },
  // opt-out of sale or sharing (§1798.120)
  // "If you sell my data, stop.": the main clause of a conditional sale opt-out names no object.
  { type: 'opt_out', name: 'if-you-sell-stop', re: rx(String.raw`\b(?:stop|quit|cease)(?<=\bif (?:you|your company|y'all) (?:sell|share|are selling|are sharing|have sold|have shared|ever sold|ever shared)\b${W}{0,20}?\b(?:my|our|customers?'?|patients?'?|personal|consumer|user)\b${W}{0,60}?, ?(?:then |please )?(?:stop|quit|cease))(?: it| that| doing (?:it|so|that)| (?:selling|sharing)(?: it| them)?)?\b`) },
  // "The commission was not adequately disclosed" reports the past; it directs nothing.
  { type: 'opt_out', name: 'do-not-sell', selfNegating: true, re: rx(String.raw`(?<!\b(?:was|were|been|had) )\b(?:not|never|stop|cease|quit|no longer|refrain from|without|against)\b(?! (?:care|mind|matter|bother|object|miss|forget|wait|delay|hesitate|let|pass up)\b| be (?:anything|nothing|much|any)\b)(?:,? \w+){0,4}?,? (?:sell|sale|selling|sold|share|sharing|shared|rent|renting|(?:trade|trading)(?! (?:on|in|with|and|but|because|since|anymore|any ?more|crypto\w*|stocks?|shares|forex|futures|options)\b|[.!?,;]|$)|disclos\w*|monetiz\w*|peddl\w*|hawk\w*|pimp\w*|shopping (?:around|it))\b`) },
  // "Stop building a profile on me for targeting ads": profiling for advertising (§1798.140(ah), cross-context behavioral advertising).
  { type: 'opt_out', name: 'stop-profiling', selfNegating: true, re: rx(String.raw`\b(?:not|never|stop|cease|quit|no more)\b(?: \w+){0,2}? (?:build\w*|creat\w*|mak\w*|us\w*|keep\w*)\b(?: \w+){0,3}? (?:profiles?|profiling)\b${W}{0,40}?\b(?:ads?|advertis\w*|target\w*|marketing)\b|\b(?:not|never|stop|cease|quit|no more)\b(?: \w+){0,2}? (?:profiling|targeting) me\b`) },
  { type: 'opt_out', name: 'do-not-agree-to-sale', selfNegating: true, re: rx(String.raw`\b(?:not|never) (?:agree|consent|authori[sz]e|allow|permit|approve)\b${W}{0,60}?\b(?:sold|sell|selling|shared|share|sharing|given|passed|transferred)\b|\bobject to\b${W}{0,30}?\b(?:being )?(?:sold|shared)\b`) },
  // "I do not want my information to be sold": the negation sits on "want", far from the verb.
  { type: 'opt_out', name: 'not-want-it-sold', selfNegating: true, re: rx(String.raw`\b(?:not|never|no longer) (?:want(?:ed)?|like|wish|consent(?:ed)? to|agree(?:d)? to|allow(?:ed)?|permit(?:ted)?)\b${W}{0,40}?\b(?:to be|being|be|getting|get) (?:sold|selled|shared|traded|rented|disclosed|monetized)\b`) },
  // "Quit giving my info to advertisers": handing data to others is selling or sharing it.
  { type: 'opt_out', name: 'stop-giving-to-others', selfNegating: true, re: rx(String.raw`\b(?:not|never|stop|cease|quit|no longer)\b(?: \w+){0,3}? (?:give|giving|gave|pass|passing|hand|handing|send|sending|provide|providing|transfer|transferring)\b${W}{0,30}?\bto (?:(?:your|their|the|any|all) )?(?:other|third|any|outside|another|advertis\w*|marketers?|(?:marketing |business )?partners?|data brokers?|(?:other )?compan(?:y|ies)|anyone|others|affiliates)\b`) },
  // "Remove my information from any lists provided to third parties for prescreened offers": a list
  // given to others is the sharing refused (FCRA prescreen and broker marketing lists), not a deletion.
  { type: 'opt_out', name: 'off-lists-given-to-others', re: rx(String.raw`\b(?:remov|tak|exclud|delet|strik)\w* (?:me|us|my (?:[\w-]+ ){0,2}?(?:data|information|info|details|name|address|contact \w+))\b${W}{0,15}?\b(?:from|off|out of) (?:all |any )?(?:of )?(?:your |the |those )?(?:[\w-]+ )?lists?\b${W}{0,20}?\b(?:provided|sold|rented|shared|given|passed|licensed|disclosed|made available|furnished)\b${W}{0,10}?\b(?:to|with) (?:(?:any|other|outside|your|the) )?(?:third[- ]part\w*|marketers?|advertisers?|partners?|companies|lenders|insurers|brokers?|others)\b`) },
  // Not a site named for it ("This email was generated by opt-out.eu", a letter generator's footer).
  { type: 'opt_out', name: 'opt-out', re: rx(String.raw`\bopt(?:ing|ed|s)?(?:[- ](?:me |us |him |her |them |my \w+ |our \w+ |(?:the|this) (?:consumer|person|individual|customer) )?out\b|out\b(?! (?:helpers?|inc|llc|corp|services?|team|app)\b))(?!\.[a-z]{2,}\b)`) },
  // "I am exercising my right to object" (GDPR art. 21): the right named is asked, as the Spanish
  // "derecho de oposición" is (labeling conventions: an objection is an opt-out).
  // Automated decision-making (CCPA regulations on ADMT; GDPR art. 22): "I don't want automated
  // decisions about my loan application", "I opt out of automated decision-making".
  { type: 'opt_out', name: 'no-automated-decisions', selfNegating: true, re: rx(String.raw`\b(?:not|never|no longer) (?:want|wish|like|consent to|agree to|accept)\b${W}{0,20}?\bautomated (?:decisions?|decision-making|processing)\b|\b(?:object\w*|opt\w*[- ]out)\b${W}{0,20}?\bautomated (?:decisions?|decision-making|processing)\b`) },
  { type: 'opt_out', name: 'right-to-object', re: rx(String.raw`\bright (?:to object|of objection)\b`) },
  { type: 'opt_out', name: 'object-to-processing', re: rx(String.raw`\b(?:object|objecting|objection)\b${W}{0,30}?\b(?:processing|processed|use|used|using|sale|selling|sold|sharing|shared|direct marketing|marketing|profiling|advertising)\b`) },
  // "If you sell personal information, please exclude mine": the main clause asks the opt-out.
  { type: 'opt_out', name: 'exclude-me-from-sale', re: rx(String.raw`\bexclude (?:me|mine|my \w+)\b(?<=\b(?:sell|sells|sale|sold|selling|share|shares|sharing)\b${W}{0,60}?exclude (?:me|mine|my \w+))|\bexclude (?:me|mine|my \w+) from (?:the |any |all )?(?:sale|selling|sharing)\b`) },
  // "Please honor the GPC signal from my browser": the Global Privacy Control is an opt-out of sale
  // and sharing (§7025); asked whether it is honored, it stays a question (mood).
  { type: 'opt_out', name: 'targeted-ads', selfNegating: true, re: rx(String.raw`\b(?:stop|no|not|opt)\b${W}{0,30}?\b(?:targeted|behaviou?ral|cross-context|personali[sz]ed|interest-based) (?:advertising|ads|advertisements|marketing)\b|\bglobal privacy control\b|\b(?:honou?r|respect|apply|treat|process|accept)\w*\b${W}{0,20}?\bgpc\b|\bgpc\b${W}{0,40}?\b(?:honou?r|respect|apply|treat|process|accept)\w* (?:it|that|this|the signal|my (?:signal|setting|preference))\b`) },
  // Permission revoked in other words ("I revoke my permission for you to sell or share ...", issue 16).
  // The noun of "stop": "Immediate cessation of profiling and direct marketing" (an Art. 21
  // objection), "the immediate cessation of all behavioral advertising targeting my child".
  { type: 'opt_out', name: 'cessation-of-marketing', re: rx(String.raw`\b(?:cessation|termination|ending|discontinuation|halt) of (?:all |any )?(?:further )?(?:profiling|direct marketing|(?:the )?sale|selling|sharing|disclosure|(?:behavioral|behavioural|targeted|cross-context(?:ual)?) (?:advertising|ads))\b`) },
  { type: 'opt_out', name: 'withdraw-consent-sale', re: rx(String.raw`\b(?:withdraw|revok|rescind)\w*\b${W}{0,25}?\b(?:consent|permission|authori[sz]ation)\b${W}{0,30}?\b(?:sale|sell|selling|sharing|share|marketing|advertising|disclos\w*|transfer\w*|passing (?:on|along))\b`) },
  // "I withdraw my consent", "I revoke my consent to the processing of my data": consent withdrawn
  // with nothing else named is an objection to the processing, an opt-out (labeling conventions);
  // in a letter that asks an erasure it is the ground for it (detect-request-types.ts).
  { type: 'opt_out', name: 'withdraw-consent', re: rx(String.raw`\b(?:i|we) (?:hereby |now |formally )?(?:withdraw|revoke|rescind|retract)\w* (?:my|our|all|any|the|that|this)? ?(?:prior |previous |earlier |given )?consent\b(?: (?:to|for) (?:the )?(?:processing|use|collection|storage)(?: of (?:my |our )?(?:personal )?(?:data|information))?| (?:regarding|concerning|over|on|for|to) (?:my|our|all my) (?:personal )?(?:data|information))?(?= *(?:[.,;!]|$|\((?:art|article)))`) },
  // §1798.120(a): "if you sell my data, this is my direction not to" is the direction the law names.
  { type: 'opt_out', name: 'direction-not-to-sell', selfNegating: true, re: rx(String.raw`\b(?:this is my|i (?:hereby )?(?:give|am giving) (?:you )?(?:my )?|my) (?:direction|instruction)s? (?:to you )?(?:not to|to not)\b(?<=\b(?:sell|sells|sale|selling|share|shares|sharing)\b${W}{0,80}?(?:direction|instruction)s? (?:to you )?(?:not to|to not))|\bi (?:hereby )?(?:direct|instruct) you (?:not to|to not) (?:sell|share)\b`) },
  // limit use of sensitive personal information (§1798.121)
  { type: 'limit_sensitive', name: 'limit+sensitive', re: rx(String.raw`\b(?:limit|restrict|minimi[sz]e)\w*\b${W}{0,40}?\b${SENSITIVE}\b`) },
  // "I wrote my religion on the form ... Please limit it.": a limit on a pronoun, in a message
  // that names a sensitive kind of data before it, limits that data.
  { type: 'limit_sensitive', name: 'limit-it', re: rx(String.raw`\b(?:limit|restrict)\w*(?<=\b${SENSITIVE}\b[\s\S]{0,600}?\b(?:limit|restrict)\w*) (?:the use of |the use and disclosure of |use of |how you use )?(?:it|them|this|that|this information|that information|this data|that data|its use|their use)\b|\b(?:limit|restrict)\w*(?<=\b${SENSITIVE}\b[\s\S]{0,600}?\b(?:limit|restrict)\w*) how (?:that|this|it|the|my) ?(?:info|information|data|detail|field)? (?:is|are|gets|get) (?:used|shared)\b`) },
  { type: 'limit_sensitive', name: 'right-to-limit', re: rx(String.raw`\bright to limit\b|\blimit (?:the )?use of my (?:sensitive )?(?:personal )?(?:data|information|info)\b`) },
  { type: 'limit_sensitive', name: 'only-use-sensitive', re: rx(String.raw`\b(?:only|solely|just) (?:use|process)\b${W}{0,30}?\b${SENSITIVE}\b`) },
  // "Don't use my health info or location for anything except what you must": a use of sensitive
  // data refused beyond what is needed limits it; refused outright it stays the pattern below.
  { type: 'limit_sensitive', name: 'not-beyond-needed', selfNegating: true, re: rx(String.raw`\b(?:not|never|stop)\b (?:use|using|process\w*|share|sharing) (?:my |the )?(?:[\w-]+ ){0,2}?${SENSITIVE}\b${W}{0,40}?\b(?:for anything (?:else|except|other|beyond|but)|for any other|except|beyond|other than|only for|unless)\b`) },
  { type: 'limit_sensitive', name: 'stop-using-sensitive', selfNegating: true, re: rx(String.raw`\b(?:stop|do not|not|never|cease)\b(?: \w+){0,2}? (?:using|use|processing|process|collecting|collect)\b${W}{0,30}?\b(?:sensitive|biometric|genetic|geolocation|precise location|social security|ssn|fingerprints?|face ?(?:scan|print)|voice ?print|retina|iris)\b`) },
];
