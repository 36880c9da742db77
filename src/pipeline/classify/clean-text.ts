import { dropUncheckedOptions } from './drop-unchecked-options.js';
import { normalizeText } from './normalize-text.js';
import { EN } from './phrases-en.js';
import { ES } from './phrases-es.js';
import { rememberRecent } from './remember-recent.js';

// Disclaimers are worded in endless ways but from one small vocabulary: a paragraph that uses
// three or more of these words is boilerplate, whatever its sentences.
const DISCLAIMER_WORD =
  /\b(?:confidential\w*|privileged|intended|recipients?|addressee|notify|unauthori[sz]ed|prohibited|strictly|in error|by mistake|dissemination|distribution|copying|disclosure|destroy|legally|attachments|confidencial\w*|destinatario|prohibid\w*|por error|notifique|divulgacion)\b/g;
const DISCLAIMER_MIN_WORDS = 3;
// A disclaimer speaks of "this message" and its recipients, never of the writer's own data: a
// letter's paragraph that tells us what to do with the writer's (or their client's) data
// ("notify all recipients to whom you disclosed their personal information ...") is the request.
const WRITERS_DATA = /\b(?:my|their|his|her|our client'?s?) (?:personal )?(?:data|information|info|details)\b|\b(?:mis|sus) datos\b|\bmi informacion\b/;

/** `byVocabulary` only when there is another paragraph: a one-paragraph mail is the message. */
function isDisclaimer(paragraph: string, byVocabulary: boolean): boolean {
  if (EN.disclaimer.test(paragraph) || ES.disclaimer.test(paragraph)) return true;
  if (!byVocabulary) return false;
  const words = new Set(paragraph.match(DISCLAIMER_WORD) ?? []);
  return words.size >= DISCLAIMER_MIN_WORDS && !WRITERS_DATA.test(paragraph);
}

/** Drop paragraphs of e-mail disclaimer boilerplate: "please delete it" there asks nothing of us. */
function withoutDisclaimers(normalized: string): string {
  const paragraphs = normalized.split(/\n[ \t]*\n/);
  const several = paragraphs.length > 1;
  if (!paragraphs.some((p) => isDisclaimer(p, several))) return normalized;
  return paragraphs.map((p) => (isDisclaimer(p, several) ? '' : p)).join('\n\n');
}

/**
 * The text both readers of a message see (the rules and the statistical second opinion):
 * normalized, with unticked form options and disclaimer paragraphs blanked, so boilerplate such as
 * "if you received this in error, please delete it" weighs on neither.
 */
export const cleanText = rememberRecent((text: string): string => withoutDisclaimers(dropUncheckedOptions(normalizeText(text))));
