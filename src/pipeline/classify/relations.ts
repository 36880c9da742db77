// Who the writer acts for, from relationship nouns instead of sentences (§1798.140(ak) the
// consumer; §7063 authorized agents; §7070 parents of minor children). A writer who names a
// relative or client AND talks about that person's information ("his account", "she wants",
// "for him", "su cuenta", "ella quiere") is acting for someone else. Every fresh batch brought
// new sentences for this ("helping my aunt", "writing for him", "de parte de mi mamá") but the
// same small set of nouns and pronouns.

const W = String.raw`[^.!?\n]`;

/** Adults a writer may act for (relatives, friends, clients). */
const EN_KIN = String.raw`(?:mother|father|mom|mum|mommy|dad|daddy|parents?|husband|wife|spouse|partner|fiancee?|boyfriend|girlfriend|brother|sister|sibling|grandmother|grandfather|grandma|grandpa|granny|grandparents?|nana|aunt|auntie|uncle|niece|nephew|cousin|friend|neighbou?r|roommate|(?:mother|father|sister|brother|son|daughter)-in-law|in-laws|step(?:mother|father|mom|dad)|god(?:mother|father)|relative|client|tenant|patient|employer)`;
/** Children: a parent acts for a minor child, or a child of unstated age (labeling convention). */
const EN_CHILD = String.raw`(?:son|daughter|child|children|kids?|boy|girl|stepson|stepdaughter|newborn|baby|infant|toddler|teen|teenager|minor|little one|twins)`;
/**
 * Talk of a third person's information or wishes ("his account", "my newborn's information").
 * "Their" counts only with data nouns: it is as often the business ("their privacy address").
 */
const EN_THIRD = String.raw`(?:\b(?:his|her|${EN_CHILD}'s|${EN_KIN}'s)\b (?:[\w'-]+ ){0,2}?(?:data|info|information|details|records?|account|accounts|profile|file|name|e-?mail|history|personal|address|phone|subscription|membership)|\btheir (?:[\w'-]+ ){0,1}?(?:data|info|information|details|records|accounts|profiles)\b|\b(?:he|she|they) (?:wants?|would like|asked|has asked|needs?|is asking|does not want|no longer wants?|wishes|agrees|passed away|died)\b|\b(?:for|on behalf of) (?:him|her|them)\b|\b(?:anything|everything|data|info|information|details) (?:about|on|of|from) (?:him|her|them)\b|\b(?:him|her)\b${W}{0,20}?\b(?:removed|deleted|opted out)\b)`;

const ES_KIN = String.raw`(?:madre|padre|mama|papa|padres|esposo|esposa|marido|pareja|novio|novia|hermano|hermana|abuela|abuelo|abuelita|abuelito|abuelos|tia|tio|sobrino|sobrina|primo|prima|suegra|suegro|cunado|cunada|amigo|amiga|vecino|vecina|cliente|clienta|patron|patrona)`;
const ES_CHILD = String.raw`(?:hijo|hija|hijos|hijas|nino|nina|ninos|ninas|bebe|menor|menores|nene|nena)`;
const ES_THIRD = String.raw`(?:\b(?:datos|informacion|cuenta|perfil|registros?|historial) (?:personales )?de (?:mi|mis|nuestr[oa]s?) ${ES_CHILD}|\b(?:datos|informacion|cuenta|perfil|registros?|historial) (?:personales )?de (?:mi|mis|nuestr[oa]s?) ${ES_KIN}|\b(?:su|sus) (?:\w+ ){0,2}?(?:datos|informacion|cuenta|cuentas|perfil|registros?|nombre|correo|historial|expediente)|\b(?:de el|de ella|de ellos)\b|\b(?:el|ella|ellos) (?:quiere|quieren|desea|pidio|me pidio|no quiere|ya no quiere|fallecio|murio)\b|\b(?:por|para) (?:el|ella)\b)`;

/** The writer's own information as the object of the request ("my accounts", "mis datos"). */
const EN_OWN = String.raw`\b(?:about me|on me|of me|from me|my (?:(?!(?:${EN_KIN}|${EN_CHILD})\b)[\w-]+ ){0,2}?(?:data|info|information|details|account|accounts|profile|records|file|history|location|e-?mail|phone|address|name)|(?:both|all) of my accounts)\b`;
const ES_OWN = String.raw`\b(?:mis datos|mi cuenta|mis cuentas|mi informacion|mi perfil|mis registros|mi historial)\b(?! de (?:mi|mis) (?:hij|nin|nene|nena|bebe|menor))|\b(?:de|sobre|a) mi\b(?! (?:hij|nin|nene|nena|bebe|menor|\w))`;

/** The writer says the request is for themself and not the person named ("this is only for me"). */
const EN_ONLY_SELF = String.raw`\b(?:(?:he|she|they) (?:wants?|would like|prefers?|(?:is|are) going|decided|chose) to keep (?:his|hers|theirs|her own|his own|their own|using it|it)|leave (?:his|her|their) (?:stuff|data|info|information|account|things) alone|my own (?:account|data|info|information|details|profile|records)|about myself|for myself|(?:this|it|the request|this request|this e-?mail) is (?:only |just )?(?:about|for) me\b|(?:only|just) (?:about|for) me\b|not (?:about|for) (?:him|her|them)\b|(?:he|she|they)(?: will|'ll| would) (?:handle|do|send|write|take care of) (?:his|her|their) own\b|(?:he|she|they) will (?:write|contact you|email you) (?:separately|on (?:his|her|their) own|himself|herself|themselves))`;
const ES_ONLY_SELF = String.raw`\b(?:(?:el|ella|ellos|ellas) (?:la |lo )?(?:quiere|quieren|desea|desean) seguir usando(?:la|lo)?|no toquen (?:sus|los de (?:el|ella)|la de (?:el|ella))|mis propios datos|mi propia (?:cuenta|informacion)|(?:es|esto es|este correo es|la solicitud es) (?:solo )?(?:sobre|para) mi\b|sino de la mia|sino de mi\b|no (?:es|se trata de)\b${W}{0,40}?\b(?:sino|es) (?:sobre |de )?(?:mi|la mia|el mio)\b|(?:el|ella|ellos) (?:les )?(?:escribira|escribiran|escribe|escriben) por su cuenta)`;

export interface Relations {
  /** A relative, friend or client named by the writer ("my aunt", "mi mamá"). */
  kin: RegExp;
  /** A child named by the writer ("my 15 yo", "our newborn", "mi hijo"). */
  child: RegExp;
  /** The writer talks of a third person's information or wishes. */
  third: RegExp;
  /** The writer's own information named as what the request is about. */
  own: RegExp;
  /** The writer says in so many words that the request is only for themself. */
  onlySelf: RegExp;
  /**
   * Acting for someone by the nature of the role (an estate, a deceased relative, "de parte de").
   * A late relative counts when the message is about them ("my late father's account", "for my
   * late wife"), not when a widow quotes him ("my late husband always said ...").
   */
  role: RegExp;
}

// The writer passes on another person's wish ("Remove her photo on her demand", "She does not
// want her website on there", "Request from him to take it down"): read on real requests posted by
// others (issue 16), where colleagues and friends relay a removal the person asked for.
// A staff member or a colleague passes on another person's wish: "the user avangelov want their
// account deleted", "r.eckert@example.org requested to have their account deleted", "He
// communicated he want to decline of his application".
const EN_RELAYED_USER = String.raw`(?:the|this|that|a|one of our) (?:user|customer|member|subscriber|client|student|employee|volunteer)(?: [\x60'"]?[\w.@-]+[\x60'"]?)? (?:wants?|would like|requested|has requested|asked|has asked)\b[^.!?\n]{0,25}?\b(?:his|her|their) (?:account|data|information|info|details|profile)|[\w.+-]+@[\w.-]*\w (?:has )?(?:requested|asked) to have (?:his|her|their) (?:account|data|information|details|profile)|(?:he|she) (?:communicated|told us|said|informed us)\b[^.!?\n]{0,20}?\b(?:he|she) (?:wants?|would like|wishes)`;
const EN_RELAYED_WISH = String.raw`${EN_RELAYED_USER}|on (?:his|her|their) (?:demand|request|wish(?:es)?)|at (?:his|her|their) (?:request|demand)|(?:a )?request from (?:him|her|them)|(?:he|she|they) (?:does|do|did) not want (?:his|her|their|it|them|to)|(?:he|she|they) (?:asked|wants?) (?:me|us) to`;
const ES_RELAYED_WISH = String.raw`a (?:peticion|pedido|solicitud|ruego) (?:suy[oa]|de (?:el|ella|ellos|ellas))|(?:el|ella|ellos|ellas) no (?:quiere|quieren|desea|desean) que (?:su|sus)|(?:el|ella) me (?:pidio|ha pedido) que`;

export const EN_RELATIONS: Relations = {
  // "Grandpa asked me to ...": a family name used as a proper name opens a sentence.
  kin: new RegExp(String.raw`\b(?:my|our) (?:late |elderly |aging |disabled |older |younger |\w+ )?${EN_KIN}\b|(?:^|[.!?\n] *)(?:grandpa|grandma|granny|nana|mom|mum|dad|papa|mama|auntie)\b`),
  // "I'm Mark's dad": the writer is the parent of a person named, a child of unstated age.
  child: new RegExp(String.raw`\b(?:my|our) (?:[\w-]+ ){0,2}?${EN_CHILD}\b|\bi am [a-z]+'s (?:dad|daddy|father|mom|mum|mommy|mother|parent|stepdad|stepfather|stepmom|stepmother|(?:legal )?guardian)\b`),
  third: new RegExp(EN_THIRD),
  own: new RegExp(EN_OWN),
  onlySelf: new RegExp(EN_ONLY_SELF),
  role: new RegExp(String.raw`\b(?:caregiver|carer|care worker|executor|executrix|letters testamentary|estate of|act(?:ing)? (?:for|on behalf of) (?:him|her|them)|(?:my|our|his|her) late ${EN_KIN}(?:'s|s'|(?: [a-z]+)?'s)|(?:for|of|about|behalf of|to) (?:my|our|his|her) late ${EN_KIN}|trustee of|next of kin|(?:i am|i was) (?:the |his |her |their )?(?:wife|husband|spouse|partner|daughter|son|mother|father|sister|brother|niece|nephew|granddaughter|grandson|caregiver|guardian|conservator) of (?!(?:the|a|an|this|that|my|our|two|three|four|five|six|\d+|teen\w*|kids|children|boys|girls|twins|sons|daughters)\b)[a-z]+|(?:writing|asking|emailing|reaching out|contacting you) (?:for|on behalf of) (?:my|our) \w* ?${EN_KIN}|${EN_RELAYED_WISH})\b`),
};

export const ES_RELATIONS: Relations = {
  kin: new RegExp(String.raw`\b(?:mi|mis|nuestr[oa]s?) ${ES_KIN}\b`),
  child: new RegExp(String.raw`\b(?:mi|mis|nuestr[oa]s?) ${ES_CHILD}\b`),
  third: new RegExp(ES_THIRD),
  own: new RegExp(ES_OWN),
  onlySelf: new RegExp(ES_ONLY_SELF),
  role: new RegExp(String.raw`\b(?:(?:de parte de|en nombre de|ayudando a|ayudo a|ayudarle a) (?:mi|mis|nuestr[oa]s?) ${ES_KIN}|albacea|herencia de|difunt[oa]|finad[oa]|soy (?:el |la |su )?(?:hij[oa]|espos[oa]|herman[oa]|niet[oa]|sobrin[oa]|cuidador[a]?|tutor[a]?) de (?:la |el )?(?:sra?_?|senora?|don|dona|[a-z]+ [a-z]+)(?:\b|_)|${ES_RELAYED_WISH})\b`),
};
