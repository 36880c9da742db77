/**
 * The languages the bot reads and answers in: the one list. Every consumer template exists in
 * each (`templates/<kind>/*.<lang>.hbs`), and every table keyed by `Language` is derived from it,
 * so adding a language is a compile error wherever a row is missing. The first is the default:
 * the business's own language, used when nothing else decides (ties, unknown stored values).
 */
export const LANGUAGES = ['en', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Every language but `lang`, in list order: the ones a mixed-language text may also be in. */
export function otherLanguages(lang: Language): Language[] {
  return LANGUAGES.filter((other) => other !== lang);
}
