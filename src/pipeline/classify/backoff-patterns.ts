import type { PhraseTable, TypePattern } from './types.js';

// The last resort when no phrase and no grammar frame matched: a sentence that holds a word of
// one right's family AND a reference to the writer's information, in either order and at any
// distance inside the sentence ("Leave my name off any list you rent or sell", "my zip code is
// wrong in your system"). Word order and the words between are where fresh mail kept differing
// from every table; the families and the possessives did not. Mood, negation and vetoes still
// apply (find-type-hits.ts), and a request read only this way is never answered without staff
// looking (score-confidence.ts: backoff evidence stays under the review threshold).

// One clause: a comma or semicolon separates what is said of different things ("no quiero
// borrar mi cuenta, solo quiero saber si comparten datos").
const W = String.raw`[^.!?\n,;:()]`;
const rx = (source: string): RegExp => new RegExp(source, 'g');

/**
 * Both cues in one clause, either order. A verb of the family in its past form ("the update
 * deleted my filters", "borró") reports an event; only a wish makes it an ask, and the
 * grammar's frames read those ("I want it deleted"), so the backoff leaves past forms out.
 */
const PAST = String.raw`(?!\w*(?:ed|o)\b)`;
const both = (a: string, b: string, past: string): string => String.raw`\b(?:${a})${past}\w*${W}*?\b(?:${b})\b|\b(?:${b})\b${W}*?\b(?:${a})${past}\w*`;

/**
 * A reference to the writer's (or a represented person's) information. "our" is left out: in
 * business mail it is a company's ("our records", "our platform"); so are the writer's own
 * messages and dealings ("my request", "my receipt") and their machines and code ("remove all traces
 * of it from my server"), which are not data about the person.
 */
const NOT_DATA = String.raw`(?!(?:request|requests|e-?mail|message|question|order|orders|payment|receipt|invoice|mind|password|username|subscription|server|servers|computer|machine|laptop|pc|repo|repository|code|disk|drive|folder|inbox|desktop|browser|cache|solicitud|correo|mensaje|pregunta|pedido|pago|recibo|factura|contrasena|usuario|servidor|ordenador|computadora|carpeta)\b)`;
const EN_MINE = String.raw`(?:my|his|her|their) ${NOT_DATA}[\w'-]+|me|mine|myself|the (?:data|information|info|details|profile|account)`;
const ES_MINE = String.raw`(?:mis?|sus?|my) ${NOT_DATA}\w+|mio|mia|mios|mias|de mi|sobre mi|todo lo que tienen|todo lo que tengan`;
/** A copy is asked of data, not of any thing of the writer's ("send my receipt"); "me" is its recipient. */
const EN_MY_DATA = String.raw`(?:my|his|her|their) (?:[\w'-]+ )?(?:data|information|info|details|records?|files?|profile|history|recordings?|photos|messages|account data|personal \w+)`;
const ES_MY_DATA = String.raw`(?:mis?|sus?|my) (?:\w+ )?(?:datos|informacion|info|registros?|expediente|historial|perfil|data)|sobre mi|todo lo que tienen|todo lo que tengan`;

const EN_FAMILY = {
  deletion: String.raw`delet|eras|remov|purg|wipe|wiping|destroy|scrub|scrap(?!e|ing)|trash|shred|expung|eliminat|discard|get rid`,
  access: String.raw`cop(?:y|ies)|send|provide|give|show|see|access|view|review|inspect|disclos`,
  portability: String.raw`export|download|csv|json|spreadsheet|excel|machine[- ]readable|portable|import`,
  // "I created my account by mistake": done by accident, nothing recorded wrong. "Send me the
  // correct color": a shop's goods, not a record about the writer.
  correction: String.raw`correct(?! (?:colou?rs?|sizes?|items?|products?|parts?|models?|versions?|packages?|parcels?|dress|shoes?|shirts?|goods)\b)|fix|amend|rectif|wrong|incorrect|inaccurat|typo|misspel|outdated|out of date|(?<!\bby )mistake`,
};
const ES_FAMILY = {
  deletion: String.raw`borr|elimin|suprim|destru|quit|saqu|desapare|delet`,
  access: String.raw`copia|envi|mand|acceso|muestr|ensen|ver todo|saber|conocer`,
  portability: String.raw`export|descarg|csv|json|excel|archivo`,
  correction: String.raw`correg|corrij|rectific|actualiz|actualic|equivocad|incorrect|errone|mal escrit`,
};

/** Opt-out needs three cues: a sale word, a refusal, and the writer's data. */
const EN_SALE = String.raw`sell|sold|sale|rent|trade|broker|share|sharing`;
const EN_REFUSAL = String.raw`not|never|stop|quit|off|exclude|opt|no longer|object|refuse|without`;
const ES_SALE = String.raw`vend|venta|compart|rent|ced|comercializ`;
const ES_REFUSAL = String.raw`no|nunca|dejen|excluy|opong|sin`;

function familyPatterns(family: Record<string, string>, mine: string, myData: string, prefix: string): TypePattern[] {
  return (Object.keys(family) as (keyof typeof EN_FAMILY)[]).map((type) => ({
    type,
    name: `${prefix}:${type}-word+my-data`,
    // Correction's family holds adjectives ("outdated", "equivocado"), which are no past events.
    re: rx(both(family[type] ?? '', type === 'access' || type === 'portability' ? myData : mine, type === 'correction' ? '' : PAST)),
  }));
}

export const EN_BACKOFF: TypePattern[] = [
  ...familyPatterns(EN_FAMILY, EN_MINE, EN_MY_DATA, 'backoff'),
  { type: 'opt_out', name: 'backoff:refusal+sale-word', selfNegating: true, re: rx(String.raw`\b(?=${W}*\b(?:${EN_MINE})\b)${W}*?\b(?:${EN_REFUSAL})\b${W}*?\b(?:${EN_SALE})\w*`) },
];

export const ES_BACKOFF: TypePattern[] = [
  ...familyPatterns(ES_FAMILY, ES_MINE, ES_MY_DATA, 'respaldo'),
  { type: 'opt_out', name: 'respaldo:rechazo+venta', selfNegating: true, re: rx(String.raw`\b(?=${W}*\b(?:${ES_MINE})\b)${W}*?\b(?:${ES_REFUSAL})\b${W}*?\b(?:${ES_SALE})\w*`) },
];

const triggers = (family: Record<keyof typeof EN_FAMILY, string>, sale: string, sensitive: string): PhraseTable['triggers'] => ({
  deletion: new RegExp(family.deletion),
  access: new RegExp(family.access),
  portability: new RegExp(family.portability),
  correction: new RegExp(family.correction),
  opt_out: new RegExp(sale),
  limit_sensitive: new RegExp(sensitive),
});

/** One cheap test per type: a text without any word of a family skips that family's pattern (speed). */
export const EN_BACKOFF_TRIGGERS = triggers(EN_FAMILY, EN_SALE, '$^');
export const ES_BACKOFF_TRIGGERS = triggers(ES_FAMILY, ES_SALE, '$^');
