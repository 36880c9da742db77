import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/languages.js';

// Function words are the most reliable cheap signal: a Spanish message cannot avoid them, and
// names, addresses and legal citations (which are language-neutral) do not contain them.
const SPANISH = new Set(
  ('de la que el en los las por para con una un del al se mis mi su sus es son como pero mas ' +
    'esta estan este datos informacion solicito quiero favor gracias hola buenos buenas saludos ' +
    'nombre cuenta mismo ustedes usted tengo tienen hijo hija sobre desde porque cuando donde ' +
    'muchas atentamente estimados senores quisiera necesito pido borrar eliminar ' +
    // Short informal messages ("Ya no me manden promociones al correo.") may carry none of the
    // words above; these are as Spanish and as rare in English mail.
    'ya lo le les nos ni muy todo todos nada algo aqui hay han fue soy estoy puedo puede pueden ' +
    'hacer tiene esto eso yo correo correos mensajes promociones perfil fotos subir manden envien').split(' '),
);
const ENGLISH = new Set(
  ('the and to of my i you is are please for that your me this with have data information ' +
    'would like want know hi hello thanks thank regards dear name account what do not it be ' +
    'can from on about we our if am was will an or delete copy request').split(' '),
);

/** The function words of each language. */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = { en: ENGLISH, es: SPANISH };

/** Each function word with the languages it belongs to: one lookup per word of the text. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly Language[]> = new Map(
  [...new Set(LANGUAGES.flatMap((lang) => [...FUNCTION_WORDS[lang]]))].map((word) => [word, LANGUAGES.filter((lang) => FUNCTION_WORDS[lang].has(word))]),
);

const NO_WORDS = Object.fromEntries(LANGUAGES.map((lang) => [lang, 0])) as Record<Language, number>;

/**
 * Letters and marks English does not use: each counts half a word for its language and tips
 * close calls. English, the default, needs none.
 */
const MARKS: Record<Language, RegExp | null> = { en: null, es: /[ñ¿¡áéíóú]/gi };

/** How many function words of each language the text has (accents ignored). */
export function countLanguageWords(text: string): Record<Language, number> {
  const counts = { ...NO_WORDS };
  // The runs of letters are the words `split(/[^a-z]+/)` gives, without its empty pieces (which
  // are in neither list); `match` does not copy the expression as `split` does.
  for (const word of text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]+/g) ?? []) {
    for (const lang of LANGUAGES_OF_WORD.get(word) ?? []) counts[lang] += 1;
  }
  return counts;
}

/**
 * Guess the language from function-word counts, plus half a word per mark of the language.
 * Ties go to the default language (English, the business's own).
 */
export function detectLanguage(text: string): Language {
  const counts = countLanguageWords(text);
  let best: Language = DEFAULT_LANGUAGE;
  let bestScore = -1;
  // LANGUAGES opens with the default, and only a higher score replaces the leader: ties stay with it.
  for (const lang of LANGUAGES) {
    const marks = MARKS[lang];
    const score = counts[lang] + (marks === null ? 0 : (text.match(marks)?.length ?? 0) * 0.5);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
