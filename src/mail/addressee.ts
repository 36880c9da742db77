import type { Language } from '../shared/languages.js';

/**
 * Who a consumer message is written to (issue 15 item 2): the consumer themself, an authorized
 * agent (§7063) or a parent or guardian (§7070). Mail to an agent or a parent greets that person,
 * never the consumer, and names the consumer (or the child) whose data it is about in the third
 * person; mail to the consumer speaks to them. Computed here once, for every template.
 */
export type RecipientRole = 'consumer' | 'agent' | 'parent';

/** The consumer (or child) the data is about, as mail to an agent or a parent names them. */
export interface DataSubjectPhrases {
  /** The name, or '' when the request did not give it. */
  name: string;
  /** "Ken Adams", "your child Mia Lopez", "the consumer you represent". */
  who: string;
  /** "the personal information of Ken Adams", "la información personal de su hijo/a Mia Lopez". */
  info: string;
  /** "about Ken Adams", "sobre su hijo/a Mia Lopez". */
  about: string;
}

export interface AddresseeData {
  recipientRole: RecipientRole;
  /** `{{#if recipientIs.agent}}`: the one role set to true. */
  recipientIs: Partial<Record<RecipientRole, true>>;
  /** True when the reader asks for someone else (an agent or a parent): the data is not theirs. */
  onBehalf: boolean;
  /** The name the greeting uses: the reader's own, never the consumer's when the reader is an agent or a parent; '' greets neutrally. */
  recipientName: string;
  /** The person the data is about, in the third person; the consumer's own phrases ("your ...") stay in the templates. */
  dataSubject: DataSubjectPhrases;
}

/** The noun phrase for the person the data is about, in mail to someone else. */
function who(role: RecipientRole, name: string, lang: Language): string {
  if (role === 'parent') return lang === 'en' ? `your child${name ? ` ${name}` : ''}` : `su hijo/a${name ? ` ${name}` : ''}`;
  if (name) return name;
  return lang === 'en' ? 'the consumer you represent' : 'la persona a la que representa';
}

/**
 * `noun` ("personal information", "información personal") as belonging to the data subject:
 * "your personal information" to the consumer, "the personal information of Ken Adams" to an agent,
 * "la información personal de su hijo/a Mia Lopez" to a parent. Every noun used is feminine in Spanish.
 */
export function whoseInfo(role: RecipientRole, name: string, lang: Language, noun: string): string {
  if (role === 'consumer') return lang === 'en' ? `your ${noun}` : `su ${noun}`;
  if (lang === 'en' && role === 'parent' && !name) return `your child's ${noun}`;
  return lang === 'en' ? `the ${noun} of ${who(role, name, lang)}` : `la ${noun} de ${who(role, name, lang)}`;
}

/** "about you" to the consumer, "about Ken Adams" to an agent, "sobre su hijo/a Mia Lopez" to a parent. */
export function aboutWhom(role: RecipientRole, name: string, lang: Language): string {
  if (role === 'consumer') return lang === 'en' ? 'about you' : 'sobre usted';
  return lang === 'en' ? `about ${who(role, name, lang)}` : `sobre ${who(role, name, lang)}`;
}

/**
 * The role-aware part of every consumer message's data. `consumerName` is the person the data is
 * about (the child, for a parent); `recipientName` the reader's own name when we know it (the
 * display name of an agent's or a parent's message), used only for an agent or a parent.
 */
export function addresseeData(input: { role: RecipientRole; consumerName: string; recipientName?: string; lang: Language }): AddresseeData {
  const { role, lang } = input;
  const name = input.consumerName.trim();
  const own = (input.recipientName ?? '').trim();
  // A reader whose own name is the consumer's is not told apart from the consumer: greeted neutrally.
  const recipientName = role === 'consumer' ? name : own.toLowerCase() === name.toLowerCase() ? '' : own;
  const nounEn = 'personal information';
  const nounEs = 'información personal';
  return {
    recipientRole: role,
    recipientIs: { [role]: true },
    onBehalf: role !== 'consumer',
    recipientName,
    dataSubject: {
      name,
      who: role === 'consumer' ? (lang === 'en' ? 'you' : 'usted') : who(role, name, lang),
      info: whoseInfo(role, name, lang, lang === 'en' ? nounEn : nounEs),
      about: aboutWhom(role, name, lang),
    },
  };
}
