import type { AgentDetails, AttachmentInfo, Language, RequesterRole } from '../types.js';
import { DEATH_NOTICE } from './reading-roles.js';
import { EN_RELATIONS, ES_RELATIONS, type Relations } from './relations.js';
import type { PhraseTable } from './types.js';

export interface RequesterDecision {
  requester: RequesterRole;
  agent: AgentDetails | null;
  consumerName: string | null;
  reasons: string[];
}

// Who may ask (§1798.140(ak), §7063, §7070): the consumer, a parent or guardian of a minor
// child, or an authorized agent (a person or a business registered with the Secretary of State).
const PERMISSION_FILE = /autho|permission|consent|\bpoa\b|power|attorney|mandate|signed|poder|autoriza|permiso|carta|agent/i;
const NAME_CUE =
  /(?:on behalf of|behalf of|my client,?|our client,?|consumer(?:'s)?(?: full)? name:|client name:|name of (?:the )?consumer:|my (?:minor |teenage |adult )?(?:son|daughter|child|mother|father|mom|dad|husband|wife|spouse|partner|brother|sister|grandmother|grandfather|aunt|uncle|friend|stepson|stepdaughter),?|en nombre del?|en representaci[oó]n del?|mi (?:hijo|hija|madre|padre|mam[aá]|pap[aá]|esposo|esposa|abuela|abuelo|cliente),?)[ \t]+/gi;
const NAME = /(?:(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta)\.? )?([A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+){0,3})/y;
const NOT_A_NAME = /^(?:The|This|That|Please|My|Our|His|Her|I|He|She|They|Who|And|But|California|Secretary|State|Power|Attorney|CCPA|CPRA|Data|Privacy|Hello|Hi|Dear|Thank|Thanks)\b/;

/** The consumer's name written after "on behalf of", "my daughter", "en nombre de", ... */
export function findConsumerName(original: string, fromName: string): string | null {
  for (const cue of original.matchAll(NAME_CUE)) {
    NAME.lastIndex = (cue.index ?? 0) + cue[0].length;
    const name = NAME.exec(original)?.[1];
    if (name === undefined || NOT_A_NAME.test(name)) continue;
    if (name.toLowerCase() === fromName.trim().toLowerCase()) return null;
    return name;
  }
  return null;
}

interface Relation {
  agent: RegExpExecArray | null;
  parent: RegExpExecArray | null;
  /** The writer names their own information as the request's object ("delete my accounts"). */
  own: boolean;
  /** The writer says the request is only for themself ("this request is only for me"). */
  onlySelf: boolean;
  /** The text talks of a third person's information or wishes ("her account", "su cuenta"). */
  third: boolean;
}

/** The family and role phrases of each language, read with that language's phrase table. */
const RELATIONS: Record<Language, Relations> = { en: EN_RELATIONS, es: ES_RELATIONS };

// What only a representative writes (§7063): a client, a power of attorney, a conservatorship.
// A relative named beside the writer's own data ("my mother died last year ... limit the use of
// my sensitive information") is part of the story unless one of these is said too.
const ACTS_FOR_ANOTHER = /behalf|attorney|data subject agent|\bpoa\b|client|represent|authori[sz]|conservat|executor|executrix|estate|guardian|apoderad|poder|cliente|albacea|tutor|curador/;

// A child named bare ("my daughter", "mi hija") may be only part of the story; "my 14 yo",
// "parent of a minor" or "soy la madre de" say who the request is for.
const BARE_CHILD = /^(?:my|mis?) (?:\w+ )?(?:son|daughter|child|children|kids?|boy|girl|stepson|stepdaughter|hij[oa]s?|nin[oa]s?|menor)$/;
// ... but not when the child's own information follows ("delete my account and my child records",
// "my son's profile"): the request is for the child too.
const CHILDS_THINGS_NEXT = /^(?:'s|s'|’s)? (?:\w+ )?(?:records?|data|information|info|accounts?|profiles?|details|files?)\b/;

/**
 * A relative, child or client named together with talk of that person's information or wishes
 * ("my aunt ... her profile", "mi mamá ... su cuenta"), or a role that acts for another (an
 * executor, "de parte de mi mamá"). The match quotes both phrases, for the reasons.
 */
function findRelation(normalized: string, table: PhraseTable): Relation {
  const rel = RELATIONS[table.lang];
  const role = rel.role.exec(normalized);
  const third = rel.third.exec(normalized);
  const own = rel.own.test(normalized);
  const onlySelf = rel.onlySelf.test(normalized);
  if (third === null) return { agent: role, parent: null, own, onlySelf, third: false };
  const pair = (m: RegExpExecArray | null): RegExpExecArray | null => {
    if (m === null) return null;
    const both = Object.assign([`${m[0]}" + "${third[0]}`], { index: m.index, input: m.input, groups: undefined }) as RegExpExecArray;
    return both;
  };
  // "Her personal number needs to be removed from the site", "the spelling of Katie Connor's
  // name... her email address is correct": a third person's data asked about, none of the
  // writer's own, and no relative named. A colleague or a friend passes the request on.
  const unnamed = !own && !onlySelf && THIRD_PERSONS_DATA.test(third[0]) ? third : null;
  return { agent: role ?? pair(rel.kin.exec(normalized)) ?? unnamed, parent: pair(rel.child.exec(normalized)), own, onlySelf, third: true };
}

/** The third person's information itself ("her account"), not their wishes; Spanish "su" is also the formal "your". */
const THIRD_PERSONS_DATA = /^(?:his|her)\b/;

// "Your processors and any third parties acting on behalf of you", "vendors that process data on
// behalf of your company", "los encargados que actúan en nombre de ustedes": the business's own
// service providers and contractors (§1798.140(ag), (j)) act for the business, not for a
// consumer; a representative names the person acted for ("on behalf of my client Dana
// Whitfield"). "Our" and "us" are left alone: a law firm writes "on behalf of our client"; so is
// the business's possessive ("on behalf of the firm's client").
const BUSINESS = String.raw`(?:business|company|companies|firm|organi[sz]ation|brand|store|shop|platform|service|app|website|site|corporation|entity|enterprise|controller|data controller|merchant|retailer|empresa|compania|sociedad|entidad|responsable|responsable del tratamiento|plataforma|tienda|negocio)`;
const ACTS_FOR_THE_BUSINESS = new RegExp(
  String.raw`\b(?:(?:acting |working |act |acts )?on behalf of|acting for|working for|acts? for) (?:you|yourselves|yourself|(?:your|the|this|that) ${BUSINESS})\b(?!'s|’s)|\b(?:en nombre|por cuenta|en representacion) (?:de|del) (?:ustedes|usted|(?:la |el |su |esta |dicha )?${BUSINESS})\b`,
  'g',
);

/** The text with every phrase of acting for the business itself blanked (same length). */
function withoutBusinessAgency(normalized: string): string {
  return normalized.replace(ACTS_FOR_THE_BUSINESS, (m) => ' '.repeat(m.length));
}

// A form's field about the representative ("Authorized agent: Lee Park", "Nombre del
// representante: Jorge Ruiz", "Requester relationship: authorized agent", "Are you an authorized
// agent? Yes"). Agents' and businesses' web forms put who submits in a field, not a sentence.
// A bare "Agent:" or "Representative:" opens the lines of a pasted support chat, so the label
// must say authorized, legal or name.
const NAME_FIELD = String.raw`(?:name of (?:the |your )?(?:authori[sz]ed )?(?:agent|representative)|(?:authori[sz]ed|legal) (?:agent|representative)(?:'s)?(?: (?:full |legal )?name)?|(?:agent|representative)(?:'s)? (?:full |legal )?name)|(?:nombre (?:completo )?del? (?:agente|representante|apoderad[oa])(?: legal| autorizad[oa])?|agente autorizad[oa]|representante legal|apoderad[oa](?: legal)?)(?: \(si aplica\))?`;
const ROLE_FIELD = String.raw`(?:requester|requestor|submitter)(?:'s)? (?:relationship|role|type)(?: to (?:the )?consumer)?|relationship to (?:the )?consumer|submitted by|are you (?:an? |the )?(?:authori[sz]ed )?(?:agent|representative)\b[^?:\n]{0,60}|(?:i am|i'?m) (?:submitting|making|filing|sending) (?:this|the|my) (?:request |form )?as (?:an? |the )?(?:authori[sz]ed )?(?:agent|representative)\b[^?:\n]{0,60}|(?:relacion con (?:el )?titular|tipo de solicitante|calidad del solicitante|solicitante|es usted (?:el |un |una )?(?:agente|representante)\b[^?:\n]{0,60})`;
const FORM_FIELD = new RegExp(String.raw`^[ \t>*-]*(?:(${NAME_FIELD})|(${ROLE_FIELD}))[ \t]*[:?][ \t]*(.*?)[ \t]*$`, 'gm');
// Left empty, or filled to say nobody represents the consumer.
const NO_AGENT = /^(?:|n\/?a|n\.a\.?|na|none|nil|no|-+|—|–|self|myself|me|(?:the )?consumer|not applicable|no aplica|ninguno|ninguna|yo|yo mism[oa]|(?:el |la )?titular|el propio titular|.*\bi am the consumer\b.*)\.?$/;
const FIELD_VALUE_MAX = 60;
// A role named as the value of a relationship field.
const AGENT_ROLE = /\b(?:yes|si|agent|representative|attorney|lawyer|conservator|agente|representante|apoderad[oa]|abogad[oa])\b/;

// A form's prompt that offers who is submitting as alternatives ("Please indicate if you are
// exercising a right yourself, on behalf of your minor child, or as an authorized agent:",
// "Indique si actúa en nombre propio o como representante:"): its words are the form's, not the
// writer's; the line under it is the answer, read like any other text.
const WHO_PROMPT =
  /^(?=[^\n]*\b(?:yourself|your own behalf|for yourself|usted mism[oa]|en (?:su )?nombre propio|por cuenta propia)\b)(?=[^\n]*\b(?:agent|representative|on behalf of|child|agente|representante|apoderad[oa]|en nombre de|hij[oa]|menor)\b)(?=[^\n]*\b(?:or|o)\b)[^\n]*[:?][ \t]*$/gm;

// A school's or an app's form for parents: "Parent / guardian name: Tamar Levi", "Child's display
// name: Ari", "Nombre del padre o tutor: ...". Filled in, it says a parent writes for the child (§7070).
const PARENT_FIELD =
  /^[ \t>*-]*(?:parent(?:\s*(?:\/|or|and)\s*(?:legal )?guardian)?(?:'s)?(?: full)? name|(?:legal )?guardian(?:'s)?(?: full)? name|child(?:'s|ren's)? (?:full |display |first |legal )?names?|nombre del? (?:padre|madre|tutor|menor|nino|nina|hij[oa])\b[^:\n]{0,25})[ \t]*:[ \t]*\S[^\n]{0,58}$/m;

// A form's sworn statement offers the agent as an alternative ("I declare ... that I am the person
// I claim to be (or their authorized agent): yes"): the form's words, whoever signs.
const OR_AN_AGENT = /\(or (?:their|his|her|an?|the|its) (?:authori[sz]ed )?(?:agent|representative)\)/g;

/**
 * A filled representative field makes the writer an agent (its line is the cue); a field left
 * empty or saying "N/A" says nobody is, and the line is blanked so that its label's words
 * ("Authorized agent:") are not read as a cue.
 */
function readAgentFields(normalized: string): { agentCue: string | null; text: string } {
  let agentCue: string | null = null;
  const blank = (m: string): string => ' '.repeat(m.length);
  const text = normalized.replace(WHO_PROMPT, blank).replace(OR_AN_AGENT, blank).replace(FORM_FIELD, (line: string, nameLabel?: string, _roleLabel?: string, value = '') => {
    if (NO_AGENT.test(value)) return blank(line);
    // A field's value is a name or a role, not a sentence ("Authorized agent: is that needed?").
    if (value.length > FIELD_VALUE_MAX || value.includes('?')) return line;
    // "Submitted by: Jane Doe, for her mother": a value that names no role is left to the other cues.
    if (nameLabel !== undefined || AGENT_ROLE.test(value)) agentCue ??= line.trim();
    return line;
  });
  return { agentCue, text };
}

/**
 * Who is asking: the consumer, a parent for a minor child, or an agent; for an agent, whether it
 * claims Secretary of State registration and whether a permission document seems attached.
 */
export function detectRequester(
  normalized: string,
  original: string,
  attachments: readonly AttachmentInfo[],
  fromName: string,
  table: PhraseTable,
): RequesterDecision {
  const fields = readAgentFields(withoutBusinessAgency(normalized));
  normalized = fields.text;
  const related = findRelation(normalized, table);
  // "I made an account to pay a bill for my daughter ... Please delete both of my accounts": a
  // child named bare, with no talk of the child's information and the writer's own named as the
  // object, is part of the story; the writer asks for themself.
  const named = table.parent.exec(normalized);
  const inPassing =
    named !== null && related.parent === null && related.own && BARE_CHILD.test(named[0]) && !CHILDS_THINGS_NEXT.test(normalized.slice(named.index + named[0].length));
  // "Soy tutora legal de mis nietos, pero este correo es sobre mí": said outright, it settles it.
  const parent = related.onlySelf ? null : ((inPassing ? null : named) ?? related.parent ?? PARENT_FIELD.exec(normalized));
  // Read only when a child was named: most requests name none.
  const adult = parent !== null && table.adultChild.test(normalized);
  const found = table.agent.exec(normalized) ?? related.agent;
  const storyOnly = found !== null && !ACTS_FOR_ANOTHER.test(found[0]) && (related.onlySelf || (related.own && !related.third));
  // A death announced by someone who names none of their own data ("Frank Blaine passed away in
  // June ... Please remove the record entirely"): the writer acts for the deceased (§7063).
  const forTheDeceased = related.own || related.onlySelf ? null : DEATH_NOTICE.exec(normalized);
  // The words that make the writer an agent: a filled representative field, or the phrase found.
  const agentCue = fields.agentCue ?? (storyOnly ? null : (found?.[0] ?? null)) ?? (parent === null ? (forTheDeceased?.[0] ?? null) : null);
  const consumerName = findConsumerName(original, fromName);
  if (parent !== null && !adult) {
    return { requester: 'parent', agent: null, consumerName, reasons: [`requester parent: "${parent[0]}" (§7070)`] };
  }
  if (agentCue === null && parent === null) return { requester: 'self', agent: null, consumerName: null, reasons: [] };
  const details: AgentDetails = {
    claimsSosRegistration: table.sosRegistration.test(normalized),
    permissionAttached:
      attachments.some((a) => a.filename !== null && PERMISSION_FILE.test(a.filename)) ||
      table.permissionWording.test(normalized),
  };
  const cue = agentCue ?? `${parent?.[0] ?? ''} (adult)`;
  return {
    requester: 'agent',
    agent: details,
    consumerName,
    reasons: [
      `requester agent: "${cue}" (§7063); Secretary of State registration claimed: ${details.claimsSosRegistration}; permission attached: ${details.permissionAttached}`,
    ],
  };
}
