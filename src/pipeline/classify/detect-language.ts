import type { Language } from '../types.js';

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

/** How many English and Spanish function words the text has (accents ignored). */
export function countLanguageWords(text: string): Record<Language, number> {
  let es = 0;
  let en = 0;
  // The runs of letters are the words `split(/[^a-z]+/)` gives, without its empty pieces (which
  // are in neither list); `match` does not copy the expression as `split` does.
  for (const word of text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]+/g) ?? []) {
    if (SPANISH.has(word)) es += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  return { en, es };
}

/**
 * Guess English or Spanish from function-word counts; accented letters and inverted question
 * marks tip close calls. Ties go to English, the business's default language.
 */
export function detectLanguage(text: string): Language {
  const { en, es } = countLanguageWords(text);
  const marks = (text.match(/[ñ¿¡áéíóú]/gi)?.length ?? 0) * 0.5;
  return es + marks > en ? 'es' : 'en';
}
