import { EN_BACKOFF, EN_BACKOFF_TRIGGERS } from './backoff-patterns.js';
import { EN_GRAMMAR, IMPERATIVE_VERBS } from './grammar-en.js';
import { EN_PERSONAL, EN_TYPES } from './phrases-en-types.js';
import { MISDIRECTED } from './misdirected.js';
import { SENDERS_OPT_OUT_LINE, SPAM_REMOVAL_LINE } from './senders-opt-out-line.js';
import { REPORTS_EARLIER_REQUEST, type PhraseTable } from './types.js';

// Sentence-level cues for English. All run on normalized text (see normalizeText).
// Greetings and sequence words that may open a sentence before its verb ("Hi there, would you
// ...", "First send me ...", Spanglish "y también don't sell ..."): they change nothing about
// what the sentence asks.
const LEAD = String.raw`^(?:\W*(?:(?:hi|hello|hey)(?: there| all| team| again)?|good (?:morning|afternoon|evening|day)|greetings|ok|okay|so|and|also|but|well|yes|no|just|then|first(?:ly)?|second(?:ly)?|next|finally|lastly|now|quick question|question|one more thing|in that case|in which case|that said|anyway|anyways|btw|by the way|ps|tambien|ademas|y)\b\W*)*`;

// Withdrawing an earlier request names the request or the action it asked for ("cancel the
// deletion", "stop the removal of my account", "disregard my previous email"): the deletion words
// in it are the thing called off, never a new ask. "Cancel my account" names no earlier action
// and stays a closing request; "if you continue to ignore this request" is a reminder's threat.
const UNDONE = String.raw`(?:request|e-?mail|message|opt-out|(?:account )?(?:deletion|removal|erasure|closure|closing))`;
const WITHDRAWAL = new RegExp(
  String.raw`\b(?:withdraw|cancel|retract|rescind|revok|(?<!\b(?:you|they|are|is|been|continue to|continues to|keep|keeps|not|stop)\s)(?:disregard|ignor))\w*\b[^.!?\n]{0,20}?\b(?:my|the|this|that|previous|earlier|prior|above)\b[^.!?\n]{0,20}?\b${UNDONE}\b|\b(?:stop|halt|pause|undo|reverse|abort|call off|hold off on|put a hold on)\w* (?:the |my |this |that )?(?:pending |scheduled )?${UNDONE}\b`,
);

// What an opt-out may be of besides the sale or sharing of data: a product or a program.
const NOT_A_DATA_USE = String.raw`(?:program(?:me)?s?|stud(?:y|ies)|research|trials?|pilots?|betas?|features?|apps?|application|updates?|upgrades?|experiments?|testing|contests?|sweepstakes|raffles?|events?|class(?:es)?|courses?|arbitration|(?:auto-?)?renewals?|memberships?|plans?|trips?|challenges?|rewards|clubs?|waitlists?|tournaments?|jury duty)\b`;
// The sale or sharing of data, advertising, profiling or marketing named beside it keeps the opt-out.
const DATA_USE_NAMED = /\b(?:sell\w*|sale|sold|shar\w*|advertis\w*|ads|marketing|profil\w*|target\w*|track\w*|data|information|info|personal|cookies?)\b/;
// "Users can delete their account in the settings", "the app deletes the account after 30 days":
// what users, the product or the business can or will do, described in the third person, asks
// nothing of us, whatever a "please" in another sentence asks (issue 16). The writer's own data
// named in the clause ("the company can delete my data now"), or an ask in it ("please make sure
// the app deletes the account"), keeps it an ask.
const DESCRIBED_ACTOR = String.raw`(?:users?|customers?|people|members|subscribers|account ?holders|consumers|visitors|players|shoppers|parents|everyone|everybody|anyone|anybody|(?:the|your|this|that|their) (?:[\w-]+ )?(?:app|application|company|system|service|platform|site|website|software|program|business|tool|feature|policy|faq|help center|server|database))`;
const DESCRIBED_ACTION = String.raw`(?:(?:can|could|may|might|will|(?:is|are) able to|(?:has|have) the option to)(?: also| simply| easily| just| automatically| only| then)? (?:delete|remove|erase|close|purge|wipe|clear|download|export|opt out|correct|edit|update|request)|(?:also |automatically |simply |then )?(?:deletes|removes|erases|closes|purges|wipes|clears|exports|opts out|corrects|updates))`;
const DESCRIBED_ACTION_RE = new RegExp(String.raw`\b${DESCRIBED_ACTOR} ${DESCRIBED_ACTION}\b`);
const CONTROL = String.raw`(?:button|link|option|page|form|feature|tool|toggle|setting|tab|icon|portal)s?`;
const FAILS = String.raw`(?:does nothing|do nothing|did nothing|(?:does|do|did|is|are|was|will|would) not (?:work|load|respond|do anything|open|go through|submit|let me)|(?:is|are|was|seems|looks) (?:broken|dead|disabled|gr[ae]yed out)|(?:is|are|was|keeps?) (?:not working|failing|erroring|crashing|timing out)|(?:gives?|gave|shows?|showed|throws?|threw|returns?|returned|brings? up|leads? to|goes to|takes me to) (?:me )?(?:an? |the )?(?:\d{3} )?(?:error|blank page|404|page not found)|errors? out|fails|failed|nothing happens|leads nowhere|times out)`;
const BROKEN_CONTROL = new RegExp(
  String.raw`\b${CONTROL}\b[^.!?\n]{0,25}?\b${FAILS}\b|\b(?:click|press|tap|hit|use|try)\w*\b[^.!?\n]{0,40}?\b(?:nothing happens|(?:i )?(?:get|got|see|saw) (?:an? |the )?error)\b`,
);

// A child stated to be 18 or older makes the parent an agent (labeling convention). The age or
// "adult" may sit a few words after the noun, past a name, a rank or an aside ("my son Owen is 27",
// "my son, Corporal Dylan Reyes, who is 22", "my son (22)"), or in the next clause ("... He is 27.").
const AGE_NUM = String.raw`(?:1[89]|[2-9]\d)`;
const ADULT_AGE = String.raw`${AGE_NUM}\b(?! ?(?:months?|weeks?|days?|hours?|minutes?|mos?)\b)`;
const GROWN = String.raw`(?:an adult|a grown|grown|grown up|over (?:18|eighteen)|of age|of legal age|no longer a minor|not a minor)`;
const ADULT_CHILD = new RegExp(
  String.raw`\b(?:(?:adult|grown|grown-up) (?:son|daughter|child|children|kids?|stepson|stepdaughter)|(?:son|daughter|child|kid|stepson|stepdaughter)(?: is|,| who is)? ${ADULT_AGE}|my ${AGE_NUM}(?:[- ]?(?:yo|y\/o)|[- ]years?[- ]old|[- ]yrs?[- ]old)\b|(?:son|daughter|child)\b[^.!?\n]{0,30}?\b${AGE_NUM} (?:years? old|yrs?)|${AGE_NUM}[- ]year[- ]old (?:son|daughter)|(?:son|daughter|child|kid|stepson|stepdaughter)\b[^.!?\n]{0,45}?(?:\b(?:is|turned|aged?|age) (?:now |already |just )?${ADULT_AGE}|\((?:age |aged )?${ADULT_AGE}\)|\b(?:is|are) (?:now |already )?${GROWN}\b)|\b(?:he|she)(?: is|'s) (?:now |already )?(?:${ADULT_AGE}|${GROWN}\b))`,
);


// "I would be grateful if my profile could be removed": the polite form of asking, not a
// deletion described.
const POLITE_CONDITION = /\b(?:grateful|appreciate(?: it)?(?: (?:very|so) much| greatly)?|thankful|glad|happy|pleased|like it|prefer) if\b[^.!?\n]{0,80}?\b(?:(?:could|would|can) be|was|were) (?:deleted|removed|erased|closed|purged)\b/;
export const EN: PhraseTable = {
  lang: 'en',
  types: [...EN_TYPES, ...EN_GRAMMAR],
  backoff: { types: EN_BACKOFF, triggers: EN_BACKOFF_TRIGGERS },
  triggers: {
    deletion: /not (?:\w+ )?(?:keep|retain|store|hold|have|sav|maintain)|no longer|close|shut down|terminat|never|make sure|ensure|see to it|delet|deleat|dlete|eras|remov|scrap|trash|shred|nuk|eliminat|discard|clear|take down|take out|take off|unpublish|dispos|purg|wip|destroy|scrub|rid of|forget|forgotten|gone|expung|suppress|storing|keeping|holding|retaining|out of|off /,
    access: /who|where d|from where|names? of|photo|picture|message|post|upload|video|document|recording|review|comment|data|info|detail|record|stuff|tell|let|on me|obtain|pii|cop(?:y|ies)|access|know|about me|file|system|database|everything|whatever|specific pieces|dsar|what you|hold|keep|store/,
    portability: /readable|portab|structured|csv|json|xml|xls|excel|spreadsheet|electronic|digital|zip|export|download|transfer|import|upload|format|so (?:that )?(?:i|we) (?:can|could|may) /,
    correction: /straight|correct|fix|up to date|missing|incomplete|reflect|adjust|repair|straighten|sort|spell|spelt|as |rectif|mistake|error|typo|amend|updat|chang|modif|edit|revis|wrong|inaccura|outdated|misspel|spelled|typo|mistak|erroneous|old|previous|former/,
    opt_out: /sell|sale|peddl|leak|sold|shar|rent|trad|disclos|monetiz|opt|object|profil|target|hawk|pimp|advertis|ads|marketing|privacy control|gpc|consent|giv|gave|pass|hand|send|provid|transfer|automated/,
    limit_sensitive: /limit|restrict|minimi|sensitive|biometric|genetic|geolocation|location|social security|ssn|finger|face|voice|retina|iris/,
  },
  personal: EN_PERSONAL,
  vetoes: [
    // "Please update your account information immediately", "send your bank details to receive the
    // payment": the reader asked to update or send the reader's own data, the shape of phishing
    // and of a company's notice; "update your records with my new address" (the business's
    // records) and "your information about me" still ask.
    { type: 'correction', re: /\b(?:update|verify|confirm|validate|re-?enter|reconfirm)\b (?:all )?your (?:(?:account|personal|billing|bank(?:ing)?|payment|login|card|contact) )?(?:information|info|details|data|credentials)\b/, unless: /\b(?:my|me|us|our)\b/, why: 'asks the reader to update their own data, as phishing does' },
    { type: 'access', re: /\b(?:send|provide|submit|enter|forward|give) (?:us )?(?:all )?your (?:(?:account|personal|billing|bank(?:ing)?|payment|login|card|full) )?(?:information|info|details|data|credentials)\b/, unless: /\b(?:my|about me|on me|of me)\b/, why: 'asks the reader for their own data, as phishing does' },
    // "Please tell me what information I need to give you", "what details do you need from me":
    // what the business needs to verify or find the writer, not what it holds about them.
    { type: 'access', re: /\bwhat (?:\w+ )?(?:information|info|details|data|documents?|documentation|proof)\b (?:(?:i|we) (?:would )?(?:need|have|must|should) to (?:give|provide|send|submit|supply|share|include)|(?:do|does|would|will) (?:you|your team) (?:need|require)|is (?:needed|required))\b/, why: 'asks what the business needs from the writer, not what it holds' },
    // A bulk sender's own removal line ("To be removed please visit <link>"): instructions, asks nothing.
    { type: 'deletion', re: new RegExp(String.raw`${SPAM_REMOVAL_LINE.source}|\b(?:click|reply|write|e-?mail|send|call)\b[^.!?\n]{0,40}?\bto be (?:removed|taken off|deleted)\b|\bif you (?:would (?:like|prefer)|wish|want|prefer|no longer wish|do not wish|would rather not)\b[^.!?\n]{0,40}?\bto be (?:removed|taken off)\b|\bto be removed\s*:|^\W*to be (?:removed|taken off)\b|\ballow (?:\w+ )?(?:\d+|a few|several) (?:business |working )?days to be removed\b|\bsubject ?= ?"?remove\b`), why: "a sender's removal instructions, asks nothing" },
    // "... you may opt-out of our database by clicking here": the sender's list, nobody opting out.
    { type: 'any', re: SENDERS_OPT_OUT_LINE, why: "a sender's removal instructions, asks nothing" },
    // "A copy of the data processing agreement for our records": a contract between companies.
    { type: 'access', re: /\b(?:data (?:processing|protection|sharing|transfer) (?:agreement|addendum|contract)|dpa)\b/, unless: /\b(?:my|about me|on me)\b/, why: 'a copy of a data contract, not of the writer\'s data' },
    // "I think I sent this to the wrong address, sorry": the writer's own mail went astray (misdirected.ts).
    { type: 'correction', re: MISDIRECTED, why: 'mail sent to the wrong address, not data to correct' },
    { type: 'any', re: /\bthanks? (?:you )?(?:so much )?for (?:deleting|removing|erasing|sending|correcting|updating|processing|handling|taking care|opting)/, why: 'thanks for a request already handled' },
    { type: 'any', re: new RegExp(String.raw`${WITHDRAWAL.source}|\bnever ?mind\b`), why: 'withdraws an earlier request' },
    // "Remove my information from your list" (a people-search listing) deletes the data; "from your
    // mailing list", "from any lists provided to third parties for offers" and "remove me/my email from
    // your list" unsubscribe.
    { type: 'deletion', re: /\b(?:remov\w*|tak\w*|unsubscrib\w*|suppress\w*)\b[^.!?\n]{0,25}?\b(?:from|off|out of) (?:(?:all|any) of )?(?:your |the |all |any |whatever |whichever )?(?:(?:\w+ )?(?:mailing|e-?mail|marketing|distribution|contact|newsletter|promotional|call|text|sms)(?: lists?| newsletters?)?|(?:(?:this|that|these|those|my|our|your|the|subscriber|subscription|spam|sales|solicitation|advertising|donor|fundraising|prospect|phone|calling|texting) )?lists?\b(?! of))\b(?! (?:database|system|records|crm|files|platform|data|section|page|field|form|tab)\b)/, unless: /\b(?:my|his|her|our) (?:personal |account |contact |profile |full |real |last |first |legal )?(?:data|information|info|details|profiles?|listings?|records?|entry|names?|user ?names?|photos?|pictures?)\b[^.!?\n]{0,20}?\b(?:from|off|out of) (?:all |any )?(?:of )?(?:your |the |this |that |these |those )?lists?\b(?! of)(?![^.!?\n]{0,50}?\b(?:third[- ]part\w*|offers?|marketing|mailing|advertis\w*|promotion\w*|prescreen\w*|partners?|sponsors?)\b)/, why: 'mailing-list removal is an unsubscribe, not a deletion request' },
    { type: 'deletion', re: /\b(?:would|will|is going to|was going to|is scheduled to|might|could) be (?:deleted|removed|erased|closed|purged)\b|\b(?:was|were|got|been|already)\b(?: \w+)? (?:deleted|removed|erased|wiped)\b|\bi (?:have |had |just |already |recently |accidentally )*(?:deleted|removed|erased|uninstalled|wiped|suppressed)\b/, unless: POLITE_CONDITION, why: 'describes a past deletion, not a request' },
    // "An email saying my deletion request was received": reports an earlier request (maybe one
    // the writer never made), does not make one.
    { type: 'any', re: /\b(?:saying|says|said|stating|states|confirming|confirms|notifying|telling me) (?:me )?(?:that )?(?:my|a|the|your)\b[^.!?\n]{0,30}?\brequest\b|\b(?:saying|says|said|stating|states|confirming|confirms)\b:? "[^"\n]{0,40}?\brequest\b|\b(?:my|the|a) (?:\w+ )?request (?:was|has been|had been|is being|is) (?:received|processed|completed|submitted|closed|denied|approved|in progress)\b/, why: REPORTS_EARLIER_REQUEST },
    // "Confirm the status of the request to know we submitted": asks about an earlier request.
    { type: 'any', re: /\b(?:status|progress) (?:of|on)\b/, why: 'asks the status of an earlier request' },
    // "I got an email claiming to be from you asking me to update my payment details": what a
    // message asks of the writer is not asked of us.
    { type: 'any', re: /\b(?:e-?mail|message|text|letter|call|caller|someone|somebody|link|site|page|it)\b[^.!?\n]{0,40}?\b(?:asking|asked|telling|told|urging|requesting) me to\b/, why: 'what a message asked of the writer' },
    // "My husband wrote to you asking to delete our account": reports what someone else asked.
    { type: 'any', re: /\b(?:he|she|they|someone|somebody|my \w+) (?:\w+ )?(?:wrote|emailed|called|contacted|messaged|sent you \w+)\b[^.!?\n]{0,30}?\b(?:asking|requesting|to ask|to request|to have)\b/, why: 'reports what someone else asked' },
    // A right quoted as the name of a link, button, page or option ("the 'Delete my data' button
    // does nothing") names the control, asks nothing.
    { type: 'any', re: /"[^"\n]{3,60}" ?(?:link|button|page|form|option|toggle|banner|tab|icon|setting)s?\b|\b(?:link|button|page|form|option|toggle|banner|tab|icon|setting)s? (?:called |labell?ed |that says )?"[^"\n]{3,60}"/, why: 'names a link or button, asks nothing' },
    // "The delete account link gives an error", "I press Remove card and nothing happens": a control
    // named by what it does, reported broken, is account help; an ask in a clause of its own
    // ("..., so please delete my account for me") still counts.
    { type: 'any', re: BROKEN_CONTROL, why: 'reports a broken link or button, asks nothing' },
    // "I sent a deletion request on May 2 and got a ticket number": a report of a request made
    // before (its status is what is asked), not a new one.
    { type: 'any', re: /\b(?:i|we) (?:already |have |had |just )*(?:sent|submitted|made|filed|put in|placed|lodged)\b (?:you |in )?(?:a|an|my|our|the) (?:\w+ ){0,2}?request\b[^.!?\n]{0,30}?\b(?:on (?:\w+ )?\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last|back|ago|a few|weeks|months|\(ref|ref\b|ticket|and got|and received)/, why: REPORTS_EARLIER_REQUEST },
    // "the deletion request I sent Monday": the same report, the request named first.
    { type: 'any', re: /\brequest (?:that |which )?(?:i|we) (?:already |just )?(?:sent|submitted|made|filed|e-?mailed|put in)\b/, why: REPORTS_EARLIER_REQUEST },
    { type: 'deletion', re: /\b(?:result\w*|end\w*|lead\w*) (?:in|to|up in) (?:the )?(?:deletion|removal|closure|closing|cancell?ation)\b/, why: 'asks about a consequence, not for deletion' },
    { type: 'deletion', re: /\b(?:replac|substitut|swap)\w*\b[^.!?\n]{0,20}?\bwith\b/, why: 'removes a wrong value to replace it: a correction' },
    // "I'm not asking about data selling or deleting anything", "you do not need to run an
    // opt-out for me": a right named to say it is not asked.
    { type: 'any', re: /\b(?:i am |i'm )?not (?:asking|requesting) (?:you )?(?:about|for|to)\b|\b(?:do not|does not|no) need (?:to (?:run|do|process|file|make)|for)\b/, why: 'names a right to say it is not asked' },
    // "I'll let you know whether I want it deleted": a wish not yet made asks nothing.
    { type: 'any', re: /\b(?:whether|if) (?:i|we) (?:still |really |actually )?(?:want|would like|wish|need)\b|\b(?:maybe|perhaps|i might)\b[^.!?\n]{0,30}?\b(?:later|in the future|eventually|down the road|some day|someday)\b/, why: 'a wish not yet decided, asks nothing' },
    // "It would be great if it were possible to clear the history", "it would be nice to be able
    // to remove old entries": a feature wished for the product, not an ask for the writer's data
    // ("it would be great if you could delete my account" is still an ask: "you" is excluded).
    { type: 'any', re: /\bit(?: would|'d) be (?:great|nice|good|helpful|useful|awesome|cool|handy|ideal) (?:if (?:it (?:would be|was|were|is) possible|(?:users?|people|one|everyone|members) (?:could|can|were able|are able)|there (?:was|were|is) (?:a|an|some)\b)|to (?:be able to|have (?:a|an|the) (?:option|way|button|setting|feature)))/, why: 'wishes for a product feature, asks nothing' },
    // "Please add the ability to remove my information from the site", "would it be possible to add
    // an option to export the data?", "I miss a function to remove my account": a feature asked of
    // the product, not an act on the writer's data (labeling conventions: account help).
    { type: 'any', re: /\b(?:add|adding|implement|implementing|build|introduce|create|give|giving|offer|offering)\b (?:(?:us|users|people|me) )?(?:a|an|the|some) (?:(?:simple|easy|clear|proper|self-service) )?(?:way|option|ability|function(?:ality)?|feature|button|setting|mechanism|possibility|provision) (?:to|for|where|so that)\b|\bi miss (?:a|an|the) (?:function(?:ality)?|feature|option|button|way) to\b|\bthere (?:should|needs to) be (?:a|an) (?:way|option|button|feature|function) to\b/, why: 'asks for a product feature, asks nothing of its own' },
    // "We do not sell customer data", "we never share your information": a business stating its own
    // practice (a policy pasted or drafted), not a person asking us not to sell theirs.
    { type: 'opt_out', re: /\bwe (?:do not|never|will not|will never|shall not) (?:sell|share|rent|trade|disclose)\b/, unless: /\b(?:want|wish|consent|allow|agree|authori[sz]e)\b/, why: "a business states its own practice, asks nothing" },
    // "One of these days I'm going to remove my GitHub account": the writer says what they will do
    // themselves ("I'm going to delete my account, so please delete my data" still asks, in its own clause).
    { type: 'deletion', re: /\bi (?:am|will) (?:going to |about to |planning to )?(?:(?:just|simply|probably|soon) )?(?:delete|remove|close|deactivate|cancel|wipe)\b (?:my|our)\b/, why: 'the writer says what they will do themselves, asks nothing' },
    // "Opt-out isn't consent", "opting out as an option is taking advantage of people": the writer
    // talks about opting out as an idea, and asks nothing by it.
    { type: 'opt_out', re: /\bopt(?:ing)?[- ]?outs? (?:is|isn't|is not|as an? |does not|doesn't|means|was never|are)\b/, why: 'talks about opting out as an idea, asks nothing' },
    // "Please provide written confirmation that my data has been deleted": a confirmation of the act, not a copy.
    { type: 'access', re: /\bconfirm\w*\b[^.!?\n]{0,40}?\b(?:has|have) been (?:deleted|erased|removed|destroyed|purged|corrected|updated)\b/, why: 'asks for confirmation of the act, not a copy of the data' },
    // "Delete my appointment on Thursday", "remove my expired card": account help.
    { type: 'deletion', re: /\b(?:delet|remov|cancel|eras)\w*\b(?: (?:my|the|this|that|our|an?|old|expired|saved|next|upcoming|\w+day'?s?))* (?:appointments?|appts?|visits?|(?:credit |debit |old |expired |saved )?cards?|payment (?:method|info|details)|autopay|auto-pay|reminders?|(?:late )?(?:charges?|fees?))\b/, why: 'an appointment, a payment card or a charge: account help' },
    // "You have the wrong number. I have no loan with you": the call or letter reached the wrong
    // person, an idiom of collection and sales mail, not data on the writer to correct; "you have
    // the wrong number for me on file" still asks a correction.
    { type: 'correction', re: /\b(?:you|you've|you have|you've got|you got|this is|that is|it is) (?:the |a )?wrong (?:number|person|guy|lady|man|woman|customer|individual|party)\b/, unless: /\bwrong \w+ (?:for me|on file|on my|in my|listed|of mine|in your (?:records?|system|files?|database))\b/, why: 'reached the wrong person, not data to correct' },
    { type: 'correction', re: /\b(?:password|username|user name|login|log-in|payment method|credit card|card on file|subscription|notification|preferences|settings|appointment|my mind)\b/, why: 'account settings, not personal-information correction' },
    { type: 'correction', re: /\b(?:the|this|a|right|is) correct (?:e-?mail|address|place|department|person|contact|inbox|mailbox|channel|team|way|form)\b|\bupdate (?:me|us)\b|\bkeep (?:me|us) (?:updated|posted)\b|\bi (?:have |had |just |already |recently )*(?:changed|updated|corrected|fixed|edited)\b/, why: 'not a request to correct' },
    // "The safeguards you provide when transferring my personal data to a third country": the
    // business's cross-border transfer (GDPR Art. 15(2), 46), asked about, not a portable copy
    // for the writer; "transfer my data to my new provider" still asks portability.
    { type: 'portability', re: /\btransfer\w*\b[^.!?\n]{0,60}?\b(?:to|in) (?:a |any |other |another )?(?:third countr(?:y|ies)|international organi[sz]ations?|(?:other|foreign) countr(?:y|ies)|another country|countries outside|outside (?:the )?(?:eu|eea|european|united states|us)|abroad|overseas)\b|\b(?:cross-border|international) (?:data )?transfers?\b/, why: "the business's transfer abroad, not a portable copy" },
    // "I no longer permit you to access my information": the business's access, given or taken
    // back (consent), not the writer asking to see the data; "allow me to access my data" asks.
    { type: 'access', re: /\b(?:permit|permitted|allow|allowed|authori[sz]e|authori[sz]ed|let|consent to|want) (?:you|your (?:company|agency|agents?|staff|firm)|them|anyone|any(?: of your)? agents?|third parties|others)\b[^.!?\n]{0,40}?\bto access\b/, why: "the business's access to the data (consent), not a request to see it" },
    // "Do you sell my data?" asks about a practice; "tell me with whom you shared it" or "which
    // companies you sold it to" asks who received the data, the right to know (§1798.110(a)(4)).
    { type: 'access', re: /\b(?:sell|sold|selling|sale|sharing|shared with)\b/, unless: /\b(?:to|with) whom?\b|\b(?:list|names?|identit(?:y|ies)|identification) of\b|\b(?:tell me|identify) (?:(?:all|every|each|the|any) )?(?:third[- ]part(?:y|ies)|compan(?:y|ies)|recipients?)\b|^\W*who\b|\bwhich (?:other |outside |third[- ]party )?(?:compan(?:y|ies)|businesses|third parties|parties|partners|firms|organi[sz]ations|vendors|entities|advertisers|brokers)\b/, why: 'asks about sale or sharing, not for a copy' },
    // "Opt me out of the sale, sharing, or disclosure of my personal information": the last item
    // of the list opens its own clause, where the sale named before it is out of sight.
    { type: 'access', re: /^\W*or (?:the |any )?disclos\w* of\b/, why: 'the disclosure refused with the sale and sharing before it (opt-out), not a copy' },
    { type: 'access', re: /\b(?:give|giving|gave|pass|passing|hand|handing|send|sending|provide|providing)\b[^.!?\n]{0,40}?\bto (?:(?:your|their|the|any|all) )?(?:other|third|outside|another|advertis\w*|marketers?|(?:marketing |business )?partners?|data brokers?|compan(?:y|ies)|others)\b/, why: 'gives data to others: sale or sharing, not a copy' },
    { type: 'access', re: /\b(?:why|how come) (?:do|does|did|would|are|is) (?:you|your)\b|\b(?:if|whether) you (?:need|require)\b|\bprivacy (?:policy|notice)\b|\bhow (?:long|you use)\b/, why: 'asks about procedure or policy, not for the data' },
    { type: 'opt_out', re: /\b(?:says?|states?|claims?|understand|know|see|read|noticed?|believe|think|assume)\b[^.!?\n]{0,40}?\b(?:you|it|your company|they|we)\b (?:do|does|will)? ?not (?:sell|share)/, why: 'restates a policy of not selling' },
    // The name of the web page or link ("the 'Do Not Sell or Share' link is broken") is a
    // complaint about the link, not an instruction not to sell.
    { type: 'opt_out', re: /"[^"\n]*\bnot (?:sell|share)\b[^"\n]*" ?(?:link|button|page|form|option|toggle|banner|tab|icon|setting)s?\b|\bdo[- ]not[- ]sell(?:[- ]or[- ]share)?(?:[- ]my[- ](?:personal[- ])?info(?:rmation)?)? (?:link|button|page|toggle|banner|tab|icon)s?\b/, why: 'names the "Do Not Sell" link, asks nothing' },
    { type: 'opt_out', re: /\bopt (?:me )?out of (?:your |all |the |any )?(?:marketing |promotional )?(?:e-?mails?|newsletters?|mailings?|texts?|sms|calls?|messages|surveys?)\b(?![^.!?\n]*\b(?:sell|sale|shar))|\bstop (?:sending|emailing|calling|texting) me\b/, why: 'marketing-mail opt-out, not sale or sharing' },
    { type: 'any', re: DESCRIBED_ACTION_RE, unless: /\b(?:my|mine|me|our|ours|us|please|kindly|ensure|make sure|see to it|confirm that|must|i (?:want|need|request|ask|demand|expect|would like))\b/, why: 'describes what users or the product can do, asks nothing' },
    // "I want to opt out of the beta program", "opt me out of the app's new feature", "opt out of
    // the study": the object opted out of is a product, a program or a study, not the sale or
    // sharing of data, advertising, profiling or marketing (§1798.120, §7026); a bare "I opt out"
    // in a privacy mailbox still is one (labeling conventions).
    { type: 'opt_out', re: new RegExp(String.raw`\bopt(?:ing|ed|s)?[- ](?:me |us |him |her |them )?out (?:of|from) (?:the |your |this |that |an? |my |our |its |their |any |all )?(?:[\w'-]+ ){0,3}?${NOT_A_DATA_USE}`), unless: DATA_USE_NAMED, why: 'opts out of a product, program or study, not of sale or sharing' },
  ],
  disclaimer: /\b(?:intended recipient|intended (?:only |solely )?for (?:the )?(?:named |intended )?(?:recipient|addressee|person)|received (?:this|it|this (?:e-?mail|message|communication|transmission)) (?:in error|by mistake)|(?:confidentiality|privileged) (?:notice|communication)|destroy all copies)\b/,
  ask: /\b(?:please|kindly|(?:he|she|they|my client|the consumer) (?:requests|asks|wants|would like|wishes)|i (?:would like|want|wish|request|hereby|need|demand|ask|expect|insist|require)|we (?:request|would like|want|hereby|need|ask|demand)|i am (?:hereby |formally |now )?(?:request|ask|submit|exercis|mak|writ)\w*|request that|requesting|hereby|asap|immediately|at once|right away|without delay|thank you in advance|thanks in advance|i am (?:requesting|asking))\b/,
  politeAsk: new RegExp(String.raw`${LEAD}\W*(?:(?:can|could|would|will) (?:you|ya|someone|somebody|your team)|do you mind|would you be so kind|(?:can|could|may) i (?:please |just |also )?(?:get|have|receive|obtain|see|request)|(?:would|is) it (?:be )?possible (?:for (?:you|me|us) )?to (?!request|ask|make|submit|file|opt|exercise|apply)|i was wondering if (?:you|i) could|if you (?:could|would|can|will|are able to|do not mind)|is there (?:any )?(?:way|chance) (?:that )?(?:you|your team|someone) (?:can|could|would)|(?:can|could|may) (?:i|we|it|this|that|they|these|those|(?:my|our|the|any|all) [\w-]+(?: [\w-]+){0,7}?) (?:please |kindly |also )?be (?:removed|deleted|erased|taken down|corrected|updated|fixed|changed))\b`),
  // A bare imperative: the verbs of every right's family (grammar-en.ts), not a list of sentences.
  imperative: new RegExp(String.raw`${LEAD}\W*(?:delete|erase|remove|send|provide|give|tell|stop|quit|cease|take|purge|unsubscribe|opt|correct|fix|update|change|limit|do not|never|forward|e-?mail|let (?:me|us) know|disclose|show|confirm|cancel|close|wipe|purge|forget|get rid|make sure|ensure|honou?r|${IMPERATIVE_VERBS})\b`),
  procedure: /\b(?:(?:do|does|can|may|would|will) (?:\w+ ){0,2}?have (?:the|a|any) right to|(?:am i|are we|are parents|are consumers) (?:allowed|entitled) to|(?:a |one |quick )?questions? (?:about|regarding|on|re|concerning)|inquiry (?:about|regarding)|how (?:do|can|could|would|should|does|may|to)|how is|the (?:process|procedure|steps) (?:for|to|of)|what (?:is|are) the (?:steps|process|procedure|requirements)|where (?:do|can|should) (?:i|we|one)|(?:help|tell|show|point) (?:me|us) (?:to )?(?:find )?(?:where|how) (?:i|we|one) (?:can|could|should|may|might|would|do)|is there (?:a|an) (?:form|way|portal|link|process|option|page)|what do i (?:need|have) to|what (?:should|must|can) (?:i|we) do\b|(?:know|wondering|ask(?:ing)?|tell(?: me| us)?) (?:if|whether) (?:it is|it's|it would be|it will be) possible to\b|which (?:form|link|address))\b/,
  // "I want to delete my account": the writer is the doer; "I want to request", "I would like to
  // know" or "I would like it deleted" ask something of us and are left out.
  ownWant: /\bi (?:(?:really|just|only|also|now) )?(?:want|wanted|would like|wish|need|was hoping|am trying|was trying|have been trying|tried) to (?!(?:request|ask|make|submit|file|exercise|have|get|know|see|receive|confirm|be|inform|notify|let|formally|hereby)\b)/,
  howToDoIt: /\b(?:how (?:do|can|could|should|would|may) (?:i|we)\b|how to\b|what (?:do|should|must|can|would) (?:i|we) (?:need to |have to )?do\b|where (?:do|can|should) (?:i|we)\b|is there (?:a|an|any) (?:way|option|form|button|link|setting|process|place)\b(?! (?:for )?you\b)|(?:let me know|tell me|show me|explain|advise(?: me)?) how\b|what (?:are|is) the (?:steps|process|procedure)\b)/,
  whatIsHeld: /\bwhat\b[^?]*\b(?:about|on|of|from|regarding|concerning) (?:me|my|myself|us|our)\b/,
  youCan: /\b(?:can|could|would|will) (?:you|someone|somebody|y'all|your team)\b|\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have|receive|obtain|see|request|ask)\b/,
  // Tested on the words before a right's phrase (anchored at their end): the writer's own failed
  // attempt ("I am unable to", "I can not find a way to"), a missing control ("there is no option
  // to") or an embedded how ("wondering how I would"). Only the writer (I/we) fails: "you can not
  // keep my data" is a demand. "I'm trying to delete my account" alone is left out: analysts
  // label it both ways (a request in realtexts-16c, account help elsewhere), so the rules do not
  // decide it.
  // A review's subjectless "unable to delete my account" is the same complaint, and so is a
  // second verb the failure is coordinated with ("now I can't change or delete my account").
  selfService: /(?:^\W*(?:unable to|not able to|can ?not|can'?t|cant|could ?not|couldn'?t)|\b(?:i|we)\b(?: [\w']+){0,4}? (?:unable to|not able to|(?:not|never) been able to|can not|could not|(?:can not|could not|did not|do not|(?:am|was) not able to|(?:am|was) unable to) (?:find|see|locate) (?:a |an |any |the )?(?:way|option|button|link|setting|place|page) (?:to|where (?:i|we) can|(?:i|we) can)|(?:was|am) (?:wondering|unsure|not sure) how (?:i|we|to)(?: would| could| can| may| might| should| do)?)|\bthere (?:is|was|are|seems to be) no (?:\w+ )?(?:way|option|button|link|setting|means|function|feature) to(?: be able to)?|\bthere (?:is not|isn'?t|was not|wasn'?t|(?:does not|doesn'?t|did not|didn'?t) (?:seem|appear) to be) (?:a|an|any) (?:\w+ )?(?:way|option|button|link|setting|means|function|feature)(?: (?:on|in) (?:the|this|your) (?:site|app|website|page|settings|platform|dashboard))? to(?: be able to)?|\bhow (?:i|we|one) (?:would|could|can|may|might|should|do|go about)|\b(?:seems?|seemed|is|it'?s|was) (?:\w+ )?(?:impossible|not possible) to|\b(?:look|looking|looked|search|searching|searched|hunting|hunted) (?:\w+ )?for (?:a|the|any|an) (?:\w+ )?(?:way|option|button|link|setting|place|page|function|feature) to|\b(?:i|we) (?:decided to try|(?:already |even |also )?(?:tried|attempted))(?: to)?) (?:(?:fully|completely|permanently|actually|even|just|simply|ever) )?(?:[a-z]+(?: (?:or|nor|and\/or) |\/))?$/,
  // Tested on the clause of a right's phrase, from its start. A gerund as the subject followed by
  // what it does ("Deleting my account should delete all my information", "Choosing to delete an
  // account seems to reset the account", "Trying to delete my account, gives no message"), or a
  // time clause ("After deleting my account I still get mail"), or the control as the subject
  // ("The POST to delete my account appeared to be successful", "The option to export my data
  // does not work"): a bug report or a complaint about the product's own controls. "Before deleting my account, send me a copy" is left out: its
  // writer wants the deletion.
  actAsSubject: /^\W*(?:(?:when|after|upon|while|once) (?:deleting|removing|erasing|closing|deactivating|trying to|attempting to)\b|(?:(?:(?:the|this|that|an?|your) )?(?:[\w-]+ )?(?:option|button|link|post|call|function|feature|ability|possibility|process|page|setting|endpoint|form|tool) to (?:\w+ ){0,2}?(?:delete|remove|erase|close|deactivate|export|download|correct|change|update)|(?:choosing|trying|attempting|opting|clicking|pressing) to (?:\w+ ){0,2}?(?:delete|remove|erase|close|deactivate|export|download|correct|change|update)|deleting|removing|erasing|closing|deactivating|exporting|downloading|correcting|changing|updating)\b[^.;:!?]{0,60}?\b(?:should|seems?|seemed|does|doesn'?t|did|didn'?t|will|won'?t|would|leaves|left|removes|resets?|keeps|fails|failed|gives|gave|returns|throws|results|causes|only|still|has|hasn'?t|is not|isn'?t|was not|wasn'?t)\b)/,
  // "Do not sell my info, ok?" is an order with a tag, not a question.
  // "What I'd like is a copy" (a pseudo-cleft) states what is wanted; it asks nothing.
  questionStart: new RegExp(String.raw`${LEAD}(?:how|what(?! (?:i|we) (?:would |really |actually |just |truly |do |did )*(?:like|want|need|am asking for|am requesting)\b[^?]*\bis\b)|where|when|why|who|whom|whose|which|is|are|am|do(?! not\b)|does|did|can|could|may|might|should|shall|will|would|have|has|was|were)\b`),
  // "Where you rely on consent as the lawful basis, I withdraw that consent": a letter's "where" is
  // a condition when it opens a statement; "Where do I send it?" is a question.
  conditionalStart: new RegExp(String.raw`${LEAD}(?:if|in case|suppose|supposing|assuming|where(?= (?:you|your|the|such|any|this|it|that|we)\b)(?![^?]*\?))\b`),
  hypothetical: /\b(?:can|could|may) i\b[^.!?\n]*\bif (?:i|we|my)\b|\bwhat (?:happens|would happen|will happen) (?:if|when|to)\b|\bif (?:i|we) (?:delete|ask|request|close|opt|cancel|remove|wanted|decide|were|choose|exercise|submit|make)\b|\b(?:would|will) (?:i|it|that|this) (?:lose|affect|still|be able|mean)\b/,
  // "please no delete my account" (non-native): "no" right before the request phrase (the text
  // read here ends where the phrase begins).
  negation: /\b(?:not|never|without|nor|rather than|instead of|no need to|no(?= ?$))\b/g,
  negationBridge: new Set(
    ('want wants wanting wish wishing like need needing ask asking request requesting to you me my a an the any of all it be have having ' +
      'please would really intend mean plan am is are was were for us your anyone anything yet currently looking ' +
      'trying going gonna necessarily actually want_ my own personal ready able allowed sure planning intending deciding').split(' '),
  ),
  // "Take me off your lists and erase whatever you have": a second imperative after "and" is a
  // clause of its own, so what is said of the first (an unsubscribe) is not said of it.
  // "Rather than" and "instead of" negate what follows (`negation`): they open no clause of their own.
  clauseBreak: /[,;:()]|\b(?:just|only)\b(?! (?:shows?|showed|gives?|gave|returns?|throws?|spins?|hangs?|freezes|crashes|loads?|reloads?|errors?|says?|sits?|goes|redirects?)\b)|\b(?:but|however|instead(?! of)|rather(?! than)|although|though|except|whereas|so|because|since)\b|\band (?:then |also )?(?:please|i|we)\b|\band (?=(?:then |also )?(?:delete|erase|remove|purge|wipe|send|stop|opt|correct|fix|update|give|tell|provide|limit|close|cancel)\b)/g,
  // "I sent a deletion request 50 days ago and have not heard back. Please action it.": an order to
  // act on the request the message reports restates it (a follow-up, labeling conventions); "can
  // you tell me where it stands?" only asks its status.
  restatesEarlier: /\bplease (?:action|process|complete|handle|fulfil+|honou?r|finish|execute|act on|deal with|take care of|get on with|attend to)(?: it| this| that| my request| the request| my (?:\w+ )?request)?\b(?! (?:form|page|link|button)\b)|\b(?:action|process|complete|handle|honou?r|fulfil+) (?:it|my request|the request) (?:now|asap|immediately|today|promptly|without (?:further )?delay)\b/,
  goAhead: /\b(?:please (?:do (?:it|so|that)|go ahead|proceed|process (?:it|this|that|my request))|consider this (?:e-?mail |message |letter |note )?(?:to be |as )?(?:my|a) (?:formal )?(?:request|notice)|treat this (?:e-?mail |message |letter )?as (?:my|a) (?:formal )?request|this (?:e-?mail |message |letter )?(?:is|serves as) (?:my|a) (?:formal )?request|i would like to (?:do that|do so|proceed)|if so,? (?:please )?(?:delete|remove|erase|do it|send)|if so,? i (?:would like|want|need|request) (?:a copy|copies|them|it|to (?:get|see|have|receive))|(?:and|then) (?:please )?do (?:it|so))\b/,
  // Besides calling a request off, a writer may say outright that they ask nothing ("just curious,
  // not asking you to do anything yet"): their statements about a right are then no request either.
  withdraw: new RegExp(String.raw`${WITHDRAWAL.source}|\bnever ?mind\b|\bplease cancel (?:that|it)(?: request)?\b(?! (?:account|subscription|membership|order|appointment))|\bnot (?:asking|requesting) (?:you )?(?:to do anything|for anything|anything)\b|\bi am not (?:asking|requesting|making a request)(?: (?:it|this|that|for it|for that|anything))?(?: (?:yet|now|for now|right now|at this (?:time|point)))\b|\b(?:please )?(?:disregard|ignore) (?:that|it|this|my (?:last|previous|earlier) (?:e-?mail|message|note))\b(?! \w)|\b(?:i|i've|i have) (?:\w+ )?chang\w* my mind\b`),
  hipaa: /\b(?:(?:medical|health) (?:information|info|data)|insurance (?:information|info|details|card|plan|coverage)|(?:medical|health|patient|clinical|hospital|lab|laboratory|dental|treatment|immunization|vaccination|vaccine|radiology|imaging|therapy|psychiatric|prescription|pharmacy|doctor'?s?|physician'?s?) (?:records?|files?|history|results?|reports?|notes|chart|documents?|bills?|invoices?|charges?|certificates?|cards?)|my (?:chart|medical|diagnosis|lab|labs|test results|x-rays?|prescriptions?|bills?|invoices?|statements?|balance|claims?|copay|co-pay|eob|insurance claim)|(?:billing|insurance) (?:records?|statements?|history|department|error|dispute|issue|question|problem|codes?)|(?:a|the|this|that|your) (?:bill|invoice|statement)s? (?:for|from|of)|explanation of benefits|itemi[sz]ed (?:bill|statement)|hipaa|protected health information|(?:charged|overcharged|double[- ]billed|billed) (?:me|twice|for)|collections? (?:agency|notice)|late fee|test results|lab results|visit notes|chart notes|x-rays?|mri|eob|(?:through|by) my insurance|(?:my |the )?insurance (?:paid|said|covered|denied|claim)|billed (?:the wrong|my|the) insurance|balance on my account|(?:fax|send|transfer|forward)\w* (?:my|his|her) records to)\b/,
  saleQuestion: /\b(?:do|does|did|will|have|has|are|is) (?:you|your company|your \w+|anyone|my \w+)\b[^.!?\n]{0,25}?\b(?:sell|sold|selling|share|shared|sharing|rent|trade)\b/,
  unsubscribe: /\bunsubscrib\w*|\bremove (?:me|my e-?mail(?: address)?) from (?:your |the |all |any )?(?:\w+ )?(?:mailing|email|e-mail|marketing|distribution|contact|newsletter|promotional)\b|\bstop (?:sending|emailing|calling|texting) me\b|\bopt (?:me )?out of (?:your |all |the )?(?:marketing |promotional )?(?:e-?mails?|newsletters?|mailings?|texts?|sms|calls?)\b/,
  legalTerms: /\b(?:ccpa|cpra|california consumer privacy act|california privacy rights act|1798\.\d+|civil code|gdpr|hereby|verifiable consumer request|right to (?:know|delete|correct|opt[- ]out|limit)|article \d+)\b/,
  // The GDPR's restriction of processing (art. 18) has no CCPA right of its own: a request, for staff to read.
  genericRequest: /\b(?:(?:this is|here is|attached is|i am (?:making|submitting|sending|filing)|i (?:would like|want|wish|need) to (?:make|submit|file|send|exercise|place)|please (?:process|accept|treat|handle)|consider this)\b[^.!?\n]{0,40}?\b(?:ccpa|cpra|privacy|consumer|data subject|personal information|california privacy|verifiable consumer|data) (?:rights )?request|exercis\w+ my (?:privacy |ccpa |consumer |california |data )?rights|my rights under (?:the )?(?:ccpa|cpra|california)|(?:request|ask for|exercis\w+ my right to|demand) (?:the )?restrict(?:ion of)? (?:the )?processing)\b/,
  pleadingSubject: /\b(?:pls|plz|kindly)\b|\b(?:can|could|would) (?:you|anyone|someone|somebody|u)\b(?: please| pls| kindly)? (?:help (?:me )?(?:to )?)?(?!(?:tell|explain|advise|let|say|show me how|help)\b)\w+|\bplease\b(?! (?:help|advise|explain|tell|let me know|show)\b)/,
  followUp: /\b(?:(?:i|we) (?:sent|submitted|made|emailed|mailed) (?:you |your company )?(?:a|my|the) (?:request|e-?mail|letter)|my (?:previous|earlier|prior|original|first) (?:request|e-?mail|message|letter)|(?:have|has) not (?:yet )?(?:received|gotten|heard)|no (?:response|answer|reply) (?:yet|so far)|still waiting|(?:second|third|final) (?:request|reminder|notice)|follow(?:ing)?[- ]up on|status of my (?:request|case)|answer my request|reminder(?! (?:service|app|texts?|calls?|e-?mails?|messages?|system|feature|tool)))\b/,
  pointsBelow: /\b(?:see (?:below|the (?:e-?mail|message) below|my (?:e-?mail|message|request) below|attached|the attached)|(?:forwarding|resending|re-sending|sending again|following up on) (?:my|the|this)|below is my|my (?:original|previous|earlier) (?:request|e-?mail|message)|the (?:request|e-?mail|message) below)\b/,
  agent: /\b(?:on behalf of(?! (?:myself|me)\b)|(?:opt|take|get|sign) my (?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle)(?: [a-z]+)? (?:out|off)\b|(?:authori[sz]ed|data subject) (?:agent|representative)(?! (?:mechanism|portal|platform|process|option|program)\b)|acting (?:for|on behalf)|(?:i|we|this (?:office|firm)|our (?:office|firm|company)) represents?|representing|(?<!\byou(?: are| were|re)\b[^.!?\n]{0,40})on (?:his|her|their) behalf|i have (?:his|her|their) (?:written |signed )?(?:permission|authori[sz]ation|consent|power of attorney)|my client|our client|power of attorney|poa|as (?:his|her|their) (?:agent|representative|attorney|conservator|guardian|legal guardian|executor)|(?:helping|help|assisting|caring for|looking after|care of|caregiver (?:for|of)|on behalf of) my (?:elderly |late |disabled |aging )?(?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|nephew|cousin|friend|mother-in-law|father-in-law)\b|(?:counsel|attorneys?|lawyers?) for (?!(?:the|a|an|your|our|this|that|any)\b)[a-z]+|(?:with|under|per|pursuant to) (?:his|her|their) (?:written |signed )?(?:authori[sz]ation|permission|consent)|manag\w* (?:his|her|their|my \w+'s) (?:affairs|finances|accounts|paperwork)|conservator(?:ship)?|(?:writing|request\w*|asking|acting|emailing|contacting you|reaching out) (?:on behalf of |for )my (?:elderly |late |disabled |aging )?(?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend)|my (?:mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend)\b(?! and (?:i|me)\b)[^.!?\n]{0,60}?\b(?:asked|wants|would like|has asked|authori[sz]ed|passed away|died|is deceased|has died|does not (?:speak|use|read)|can not (?:speak|use|read))|(?:executor|executrix|administrator|personal representative) of (?:his|her|their|the|my \w+'?s?) estate|(?:privacy|data removal|data deletion|consumer rights|identity protection) (?:service|company|agency|platform))\b/,
  // "the mother of Lucas Rivera, who is 9": a named child under 18 (issue 16: a parent read as an agent).
  parent: /\b(?:(?:parent|mother|father|mom|mum|dad|legal guardian|guardian) of [a-z]+(?: [a-z]+)?,? (?:who is|who's|aged?|age) (?:[1-9]|1[0-7])\b|my (?:minor |teenage |little |young |adult |grown |grown-up |\d{1,2}[- ]year[- ]old |\d{1,2} year old |\d{1,2}[- ]?(?:yo|y\/o) )?(?:son|daughter|child|children|kid|kids|boy|girl|stepson|stepdaughter|ward|newborn|baby|infant|toddler|teen|teenager)|my \d{1,2}(?:[- ]?(?:yo|y\/o)|[- ]years?[- ]old|[- ]yrs?[- ]old)\b|(?:parent|mother|father|legal guardian|guardian) of (?:a |my |the |two |three |four |\d )?(?:minors?|child(?:ren)?|kids|\d{1,2}[- ]year[- ]old)|(?:legal )?guardian of (?:my |our )?(?:grandson|granddaughter|grandchild(?:ren)?|grandkids?|nephew|niece|ward)|as (?:his|her|their) (?:parent|mother|father|mom|dad))\b/,
  adultChild: ADULT_CHILD,
  sosRegistration: /\bsecretary of state\b|\bregistered (?:with|in) (?:the )?(?:state of )?california\b|\bsos registration\b/,
  permissionWording: /\b(?:attached|enclosed|attaching|enclosing|please find|i have included|included)\b[^.!?\n]{0,60}?\b(?:authori[sz]ation|permission|power of attorney|poa|signed (?:form|letter|consent)|consent form|mandate|letter of authority)\b|\b(?:authori[sz]ation|permission|power of attorney|consent form|signed letter)\b[^.!?\n]{0,30}?\b(?:attached|enclosed)\b/,
};
