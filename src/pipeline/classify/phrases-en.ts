import { EN_PERSONAL, EN_TYPES } from './phrases-en-types.js';
import type { PhraseTable } from './types.js';

// Sentence-level cues for English. All run on normalized text (see normalizeText).
const LEAD = String.raw`^(?:\W*(?:hi|hello|hey|ok|okay|so|and|also|but|well|yes|no|just|then|quick question|question|one more thing)\b\W*)*`;

export const EN: PhraseTable = {
  lang: 'en',
  types: EN_TYPES,
  triggers: {
    deletion: /delet|deleat|dlete|eras|remov|purg|wip|destroy|scrub|rid of|forget|forgotten|gone/,
    access: /data|info|detail|record|pii|cop(?:y|ies)|access|know|file|everything|specific pieces|dsar|what you|hold|keep|store/,
    portability: /readable|portab|structured|csv|json|xml|xls|excel|spreadsheet|electronic|digital|zip|export|download|transfer/,
    correction: /correct|fix|rectif|amend|updat|chang|modif|edit|revis|wrong|inaccura|outdated|misspel|spelled|typo|mistak|erroneous|old|previous|former/,
    opt_out: /sell|sale|sold|shar|rent|trad|disclos|monetiz|opt|object|advertis|ads|marketing|privacy control|consent|given|passed|transfer/,
    limit_sensitive: /limit|restrict|minimi|sensitive|biometric|genetic|geolocation|location/,
  },
  personal: EN_PERSONAL,
  vetoes: [
    { type: 'any', re: /\bthanks? (?:you )?(?:so much )?for (?:deleting|removing|erasing|sending|correcting|updating|processing|handling|taking care|opting)/, why: 'thanks for a request already handled' },
    { type: 'any', re: /\b(?:withdraw|cancel|retract|rescind|revok|disregard|ignore)\w*\b[^.!?\n]{0,20}?\b(?:my|the|this|that|previous|earlier|prior|above)\b[^.!?\n]{0,20}?\b(?:request|e-?mail|message|opt-out)\b/, why: 'withdraws an earlier request' },
    { type: 'deletion', re: /\bremove (?:me|my (?:e-?mail|name|address)(?: address)?) from (?:your |the |all |any )?(?:\w+ )?(?:mailing|email|e-mail|marketing|distribution|contact|newsletter|promotional|call|text|sms)\b/, why: 'mailing-list removal is an unsubscribe, not a deletion request' },
    { type: 'deletion', re: /\b(?:would|will|is going to|was going to|is scheduled to|might|could) be (?:deleted|removed|erased|closed|purged)\b|\b(?:was|were|got|been|already)\b(?: \w+)? (?:deleted|removed|erased|wiped)\b|\bi (?:have |had |just |already |recently |accidentally )*(?:deleted|removed|erased|uninstalled|wiped)\b/, why: 'describes a past deletion, not a request' },
    { type: 'deletion', re: /\b(?:result\w*|end\w*|lead\w*) (?:in|to|up in) (?:the )?(?:deletion|removal|closure|closing|cancell?ation)\b/, why: 'asks about a consequence, not for deletion' },
    { type: 'deletion', re: /\b(?:replac|substitut|swap)\w*\b[^.!?\n]{0,20}?\bwith\b/, why: 'removes a wrong value to replace it: a correction' },
    { type: 'correction', re: /\b(?:password|username|user name|login|log-in|payment method|credit card|card on file|subscription|notification|preferences|settings|appointment|my mind)\b/, why: 'account settings, not personal-information correction' },
    { type: 'correction', re: /\b(?:the|this|a|right|is) correct (?:e-?mail|address|place|department|person|contact|inbox|mailbox|channel|team|way|form)\b|\bupdate (?:me|us)\b|\bkeep (?:me|us) (?:updated|posted)\b|\bi (?:have |had |just |already |recently )*(?:changed|updated|corrected|fixed|edited)\b/, why: 'not a request to correct' },
    { type: 'access', re: /\b(?:sell|sold|selling|sale|sharing|shared with)\b/, why: 'asks about sale or sharing, not for a copy' },
    { type: 'access', re: /\b(?:why|how come) (?:do|does|did|would|are|is) (?:you|your)\b|\b(?:if|whether) you (?:need|require)\b|\bprivacy (?:policy|notice)\b|\bhow (?:long|you use)\b/, why: 'asks about procedure or policy, not for the data' },
    { type: 'opt_out', re: /\b(?:says?|states?|claims?|understand|know|see|read|noticed?|believe|think|assume)\b[^.!?\n]{0,40}?\b(?:you|it|your company|they|we)\b (?:do|does|will)? ?not (?:sell|share)/, why: 'restates a policy of not selling' },
    { type: 'opt_out', re: /\bopt (?:me )?out of (?:your |all |the |any )?(?:marketing |promotional )?(?:e-?mails?|newsletters?|mailings?|texts?|sms|calls?|messages|surveys?)\b(?![^.!?\n]*\b(?:sell|sale|shar))|\bstop (?:sending|emailing|calling|texting) me\b/, why: 'marketing-mail opt-out, not sale or sharing' },
  ],
  ask: /\b(?:please|kindly|(?:he|she|they|my client|the consumer) (?:requests|asks|wants|would like|wishes)|i (?:would like|want|wish|request|hereby|need|demand|ask|expect|insist|require)|we (?:request|would like|want|hereby|need|ask|demand)|i am (?:hereby |formally |now )?(?:request|ask|submit|exercis|mak|writ)\w*|request that|requesting|hereby|asap|immediately|at once|right away|without delay|thank you in advance|thanks in advance|i am (?:requesting|asking))\b/,
  politeAsk: new RegExp(String.raw`${LEAD}(?:(?:can|could|would|will) (?:you|ya|someone|somebody|your team)|(?:can|could|may) i (?:please )?(?:get|have|receive|obtain|see|request)|would it be possible (?:for you )?to|is it possible for you to|i was wondering if (?:you|i) could|if you (?:could|would|can|will|are able to|do not mind))\b`),
  imperative: new RegExp(String.raw`${LEAD}(?:delete|erase|remove|send|provide|give|tell|stop|opt|correct|fix|update|change|limit|do not|never|forward|e-?mail|let (?:me|us) know|disclose|show|confirm|cancel|close|wipe|purge|forget|get rid|make sure|ensure|honou?r)\b`),
  procedure: /\b(?:(?:a |one |quick )?questions? (?:about|regarding|on|re|concerning)|inquiry (?:about|regarding)|how (?:do|can|could|would|should|does|may|to)|how is|the (?:process|procedure|steps) (?:for|to|of)|what (?:is|are) the (?:steps|process|procedure|requirements)|where (?:do|can|should) (?:i|we|one)|is there (?:a|an) (?:form|way|portal|link|process|option|page)|what do i (?:need|have) to|which (?:form|link|address))\b/,
  questionStart: new RegExp(String.raw`${LEAD}(?:how|what|where|when|why|who|whom|whose|which|is|are|am|do|does|did|can|could|may|might|should|shall|will|would|have|has|was|were)\b`),
  conditionalStart: new RegExp(String.raw`${LEAD}(?:if|in case|suppose|supposing|assuming)\b`),
  hypothetical: /\b(?:can|could|may) i\b[^.!?\n]*\bif (?:i|we|my)\b|\bwhat (?:happens|would happen|will happen) (?:if|when|to)\b|\bif (?:i|we) (?:delete|ask|request|close|opt|cancel|remove|wanted|decide|were|choose|exercise|submit|make)\b|\b(?:would|will) (?:i|it|that|this) (?:lose|affect|still|be able|mean)\b/,
  negation: /\b(?:not|never|without|nor|rather than|instead of|no need to)\b/g,
  negationBridge: new Set(
    ('want wants wish like need ask asking request requesting to you me my a an the any of all it be have having ' +
      'please would really intend mean plan am is are was were for us your anyone anything yet currently looking ' +
      'trying going gonna necessarily actually want_ my own personal').split(' '),
  ),
  clauseBreak: /[,;:()]|\b(?:but|just|only|however|instead|rather|although|though|except|whereas|so|because|since)\b|\band (?:then |also )?(?:please|i|we)\b/g,
  goAhead: /\b(?:please (?:do (?:it|so|that)|go ahead|proceed|process (?:it|this|that|my request))|consider this (?:e-?mail |message |letter |note )?(?:to be |as )?(?:my|a) (?:formal )?(?:request|notice)|treat this (?:e-?mail |message |letter )?as (?:my|a) (?:formal )?request|this (?:e-?mail |message |letter )?(?:is|serves as) (?:my|a) (?:formal )?request|i would like to (?:do that|do so|proceed)|if so,? (?:please )?(?:delete|remove|erase|do it|send)|(?:and|then) (?:please )?do (?:it|so))\b/,
  withdraw: /\b(?:withdraw|cancel|retract|rescind|revok|disregard|ignore)\w*\b[^.!?\n]{0,20}?\b(?:my|the|this|that|previous|earlier|prior|above)\b[^.!?\n]{0,20}?\b(?:request|e-?mail|message|opt-out)\b|\bnever ?mind\b/,
  hipaa: /\b(?:(?:medical|health|patient|clinical|hospital|lab|laboratory|dental|treatment|immunization|vaccination|radiology|imaging|therapy|psychiatric|prescription|pharmacy|doctor'?s?|physician'?s?) (?:records?|files?|history|results?|reports?|notes|chart|documents?|bills?|invoices?|charges?)|my (?:chart|medical|diagnosis|lab|labs|test results|x-rays?|prescriptions?|bills?|invoices?|statements?|balance|claims?|copay|co-pay|eob|insurance claim)|(?:billing|insurance) (?:records?|statements?|history|department|error|dispute|issue|question|problem|codes?)|explanation of benefits|itemi[sz]ed (?:bill|statement)|hipaa|protected health information|(?:charged|overcharged|double[- ]billed|billed) (?:me|twice|for)|collections? (?:agency|notice)|late fee|test results|lab results|visit notes|chart notes|x-rays?|mri)\b/,
  saleQuestion: /\b(?:do|does|did|will|have|has|are|is) (?:you|your company|your \w+|anyone|my \w+)\b[^.!?\n]{0,25}?\b(?:sell|sold|selling|share|shared|sharing|rent|trade)\b/,
  unsubscribe: /\bunsubscrib\w*|\bremove (?:me|my e-?mail(?: address)?) from (?:your |the |all |any )?(?:\w+ )?(?:mailing|email|e-mail|marketing|distribution|contact|newsletter|promotional)\b|\bstop (?:sending|emailing|calling|texting) me\b|\bopt (?:me )?out of (?:your |all |the )?(?:marketing |promotional )?(?:e-?mails?|newsletters?|mailings?|texts?|sms|calls?)\b/,
  legalTerms: /\b(?:ccpa|cpra|california consumer privacy act|california privacy rights act|1798\.\d+|civil code|gdpr|hereby|verifiable consumer request|right to (?:know|delete|correct|opt[- ]out|limit)|article \d+)\b/,
  genericRequest: /\b(?:(?:this is|here is|attached is|i am (?:making|submitting|sending|filing)|i (?:would like|want|wish|need) to (?:make|submit|file|send|exercise|place)|please (?:process|accept|treat|handle)|consider this)\b[^.!?\n]{0,40}?\b(?:ccpa|cpra|privacy|consumer|data subject|personal information|california privacy|verifiable consumer|data) (?:rights )?request|exercis\w+ my (?:privacy |ccpa |consumer |california |data )?rights|my rights under (?:the )?(?:ccpa|cpra|california))\b/,
  pointsBelow: /\b(?:see (?:below|the (?:e-?mail|message) below|my (?:e-?mail|message|request) below|attached|the attached)|(?:forwarding|resending|re-sending|sending again|following up on) (?:my|the|this)|below is my|my (?:original|previous|earlier) (?:request|e-?mail|message))\b/,
  agent: /\b(?:on behalf of(?! (?:myself|me)\b)|authori[sz]ed (?:agent|representative)|acting (?:for|on behalf)|i represent|we represent|my client|our client|power of attorney|as (?:his|her|their) (?:agent|representative|attorney|conservator|guardian|legal guardian|executor)|conservator(?:ship)?|(?:writing|request\w*|asking|acting|emailing|contacting you|reaching out) (?:on behalf of |for )my (?:elderly |late |disabled |aging )?(?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend)|my (?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend)\b[^.!?\n]{0,40}?\b(?:asked|wants|would like|has asked|authori[sz]ed)|(?:privacy|data removal|data deletion|consumer rights|identity protection) (?:service|company|agency|platform))\b/,
  parent: /\b(?:my (?:minor |teenage |little |young |adult |grown |grown-up |\d{1,2}[- ]year[- ]old |\d{1,2} year old )?(?:son|daughter|child|children|kid|kids|boy|girl|stepson|stepdaughter|ward)|(?:parent|mother|father|legal guardian|guardian) of (?:a |my |the )?(?:minor|child|\d{1,2}[- ]year[- ]old)|as (?:his|her|their) (?:parent|mother|father|mom|dad))\b/,
  adultChild: /\b(?:adult (?:son|daughter|child)|(?:son|daughter|child)\b[^.!?\n]{0,30}?\b(?:1[89]|[2-9]\d) (?:years? old|yrs?)|(?:1[89]|[2-9]\d)[- ]year[- ]old (?:son|daughter)|(?:son|daughter) (?:is|who is) (?:an adult|over 18))\b/,
  sosRegistration: /\bsecretary of state\b|\bregistered (?:with|in) (?:the )?(?:state of )?california\b|\bsos registration\b/,
  permissionWording: /\b(?:attached|enclosed|attaching|enclosing|please find|i have included|included)\b[^.!?\n]{0,60}?\b(?:authori[sz]ation|permission|power of attorney|poa|signed (?:form|letter|consent)|consent form|mandate|letter of authority)\b|\b(?:authori[sz]ation|permission|power of attorney|consent form|signed letter)\b[^.!?\n]{0,30}?\b(?:attached|enclosed)\b/,
};
