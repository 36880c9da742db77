import { clauseEnd, clauseStart, detectNegation } from './detect-negation.js';
import { findMatches } from './find-matches.js';
import { BACKOFF_PATTERN, quotedPassages, quotedVeto, roleVeto } from './reading-roles.js';
import { asksHowToDoItThemself, sentenceMood } from './sentence-mood.js';
import { sentenceAt, type Sentence } from './split-sentences.js';
import type { PhraseTable, TypeHit } from './types.js';

const MAX_MATCHES_PER_PATTERN = 6;
// A removal whose object is only a pronoun, and what that pronoun may stand for: the writer's
// account, data, posts or listing (from the SpamAssassin corpus's people's mail: "you can't
// simply delete it" of a false positive, "remove it's ram" of a video card).
const PRONOUN_OBJECT = /\b(?:it|them|this|that)$/;
const OWN_THINGS = /\b(?:my|our|mi|mis|nuestr[oa]s?) (?:[\w'-]+ ){0,2}?(?:account|data|information|info|details|profile|e-?mail|address|records?|photos?|pictures?|posts?|comments?|messages?|listings?|history|name|number|cuenta|datos|informacion|perfil|correo|fotos?|registros?)\b|\b(?:personal|user|customer) (?:data|information|info|details)\b|\b(?:datos|informacion) personal(?:es)?\b/;
const NO_DATA_NAMED = 'a pronoun for something, and the message names no data of the writer';
// A short reply ("Yes, please delete it.") points at what the mail it answers named: left alone.
const SHORT_REPLY_CHARS = 400;
// A web address's words are its owner's path names, not the writer's ("go here:
// http://www.example.com/optout" asks no opt-out; "/removeme.html" no deletion).
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/g;
const insideWebAddress = (spans: readonly [number, number][], start: number, end: number): boolean => spans.some(([s, e]) => start >= s && end <= e);
const RECORDS = /\b(?:records?|expedientes?|registros?)\b/;
// "Correct my account" in a message about a bill or an insurance payment is a billing dispute.
const ACCOUNT = /\b(?:account|cuenta)\b/;
// "I don't want my lab results stored. Please delete them.": the pronoun names the records.
const PRONOUN = /\b(?:it|them|these|those)$|(?:lo|los|la|las)$/;
// The fields of personal information a consumer corrects under the CCPA (§1798.106). A message
// about medical or billing records that names none of them ("my chart lists a penicillin
// allergy, please fix it") asks to amend the record: a HIPAA matter (§1798.146(a)(1)).
// What a medical record says of the patient: an allergy, a diagnosis, a medication.
const MEDICAL_CONTENT = /\b(?:allerg\w*|alergi\w*|alergic\w*|diagnos\w*|medications?|medicamentos?|prescri\w*|problem list|visit summary|immuniz\w*|vaccin\w*|vacunas?|blood type|expediente)\b/;
const PERSONAL_FIELD = /\b(?:names?|surname|spell\w*|address\w*|phone|telephone|cell|mobile|e-?mails?|birth|dob|birthday|birthdate|gender|pronouns|nombres?|apellidos?|direccion|domicilio|telefono|celular|correo|nacimiento)\b/;

/**
 * Every request phrase of `table` in the normalized text, each with what its sentence says about
 * it: mood, negation, a veto (unsubscribe, past event, ...), and whether the sentence is about
 * medical or billing records. Each pattern runs once over the whole text (fast), and its matches
 * are mapped back to sentences.
 */
export function findTypeHits(text: string, sentences: readonly Sentence[], table: PhraseTable): TypeHit[] {
  const hits: TypeHit[] = [];
  // Phrases in a clause that opens as a question of its own ("..., and do you also keep my files?").
  const ownQuestions = new Set<TypeHit>();
  // "Records" alone is ambiguous; in a message about medical or billing matters it means those.
  // Asked only for a phrase naming records or an account: the HIPAA expression is the largest
  // of the table and most messages have no such phrase.
  let medicalMessage: boolean | undefined;
  const triggered = new Map<string, boolean>();
  let passages: { start: number; end: number }[] | undefined;
  let namesOwnData: boolean | undefined;
  const webAddresses = text.includes('http') || text.includes('www.') ? [...text.matchAll(WEB_ADDRESS)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
  for (const pattern of table.types) {
    let on = triggered.get(pattern.type);
    if (on === undefined) triggered.set(pattern.type, (on = table.triggers[pattern.type].test(text)));
    if (!on) continue;
    // A few matches of one phrase say all there is to say; a flood of them is no more evidence.
    for (const match of findMatches(pattern.re, text, MAX_MATCHES_PER_PATTERN)) {
      if (webAddresses.length > 0 && insideWebAddress(webAddresses, match.index ?? 0, (match.index ?? 0) + match[0].length)) continue;
      const index = sentenceAt(sentences, match.index ?? 0);
      const sentence = sentences[index];
      if (sentence === undefined) continue;
      if (pattern.personal === true && !table.personal.test(sentence.text)) continue;
      const offset = (match.index ?? 0) - sentence.start;
      const clause = sentence.text.slice(
        clauseStart(sentence.text, offset, table),
        clauseEnd(sentence.text, offset + match[0].length, table),
      );
      const veto = table.vetoes.find((v) => (v.type === pattern.type || v.type === 'any') && v.re.test(clause) && !(v.unless?.test(clause) ?? false));
      const hit: TypeHit = {
        type: pattern.type,
        pattern: pattern.name,
        phrase: match[0],
        mood: pairMood(sentences, index, offset, match[0], BACKOFF_PATTERN.test(pattern.name), table),
        negated: pattern.selfNegating !== true && detectNegation(sentence.text, offset, table),
        hipaa: table.hipaa.test(clause) || ((RECORDS.test(match[0]) || (pattern.type === 'correction' && ACCOUNT.test(match[0]) && !PERSONAL_FIELD.test(text))) && (medicalMessage ??= table.hipaa.test(text))) || (pattern.type === 'correction' ? !PERSONAL_FIELD.test(text) && ((medicalMessage ??= table.hipaa.test(text)) || MEDICAL_CONTENT.test(text)) : PRONOUN.test(match[0]) && table.hipaa.test(sentences[index - 1]?.text ?? '')),
        sentence: index,
        start: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
        inherent: pattern.inherent === true,
        scope: pattern.scope ?? null,
        veto: veto?.why ?? null,
      };
      // "You can't simply delete it", "remove it's ram", "I'll forget about it": in a longer message a
      // pronoun stands for the writer's data only where it names some ("I don't want my data kept.
      // Delete it").
      if (hit.veto === null && hit.type === 'deletion' && text.length > SHORT_REPLY_CHARS && PRONOUN_OBJECT.test(hit.phrase) && !(namesOwnData ??= table.personal.test(text) || OWN_THINGS.test(text))) hit.veto = NO_DATA_NAMED;
      // A formal letter's description of a right, or what its access request wants to be told,
      // asks for no right of its own (reading-roles.ts).
      if (hit.veto === null) hit.veto = roleVeto(hit, sentences, index, table.lang);
      if (hit.veto === null) hit.veto = quotedVeto(hit, (passages ??= quotedPassages(text)));
      if (hit.mood === 'question' && table.questionStart.test(clause.trim())) ownQuestions.add(hit);
      hits.push(hit);
    }
  }
  return askedTogether(hits, ownQuestions);
}

/**
 * "¿Me podéis enviar mis datos en un archivo (CSV o lo que uséis)?": the polite ask opens the
 * sentence's first clause, and the format named in a later one is asked with it, not a question
 * of its own. A phrase read as a plain question takes the ask of another phrase in its sentence,
 * unless its own clause opens a question ("Please delete my account, and do you keep backups of
 * it?"); a question how or a hypothetical keeps its own mood.
 */
function askedTogether(hits: TypeHit[], ownQuestions: ReadonlySet<TypeHit>): TypeHit[] {
  const asked = new Set(hits.filter((h) => h.mood === 'ask' && h.veto === null && !h.negated).map((h) => h.sentence));
  return asked.size === 0 ? hits : hits.map((h) => (h.mood === 'question' && asked.has(h.sentence) && !ownQuestions.has(h) ? { ...h, mood: 'ask' } : h));
}

// What a co-occurrence's mood may say of its later cue: a frame that asks nothing.
const FRAMED: ReadonlySet<TypeHit['mood']> = new Set(['procedure', 'question', 'hypothetical']);

/**
 * The mood of a phrase; for the backoff's co-occurrence (backoff-patterns.ts), which spans its two
 * cues in either order, also the mood at its last word: "my applications, but there does not seem
 * to be a way to just delete" frames the right's word, which comes last.
 */
function pairMood(sentences: readonly Sentence[], index: number, offset: number, phrase: string, coOccurrence: boolean, table: PhraseTable): TypeHit['mood'] {
  const mood = moodAmongNeighbours(sentences, index, offset, table);
  if (!coOccurrence || FRAMED.has(mood)) return mood;
  const lastWord = offset + phrase.length - (/\S+$/.exec(phrase)?.[0].length ?? 0);
  const late = moodAmongNeighbours(sentences, index, lastWord, table);
  return FRAMED.has(late) ? late : mood;
}

/** A sentence's mood, read with its neighbours where they decide it ("I want to delete it. How?"). */
function moodAmongNeighbours(sentences: readonly Sentence[], index: number, offset: number, table: PhraseTable): TypeHit['mood'] {
  const mood = sentenceMood(sentences[index] as Sentence, offset, table);
  return (mood === 'ask' || mood === 'statement') && asksHowToDoItThemself(sentences, index, table) ? 'procedure' : mood;
}
