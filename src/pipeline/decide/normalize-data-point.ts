import { normalizeDateOfBirth } from './normalize-date-of-birth.js';
import type { DataPointKind, Language } from '../types.js';

/**
 * Canonical forms of the data points a consumer volunteers, so "José  García" matches
 * "Jose Garcia" and "(555) 010-0123" matches "+1 555 010 0123". Each returns null when the
 * value cannot be read as that kind; null never matches anything.
 */

function foldLetters(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Name: no accents or case, apostrophes dropped, "Last, First" turned around, words sorted. */
export function normalizeName(value: string): string | null {
  let text = foldLetters(value).replace(/['’`]/g, '');
  const comma = text.split(',');
  if (comma.length === 2) text = `${comma[1]} ${comma[0]}`;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return words.length === 0 ? null : words.sort().join(' ');
}

/** Phone: digits only, an extension dropped, the US country code (1) removed from 11 digits. */
export function normalizePhone(value: string): string | null {
  const main = value.toLowerCase().split(/\s*(?:ext\.?|extension|x|#)\s*\d+\s*$/)[0] ?? '';
  let digits = main.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length >= 7 ? digits : null;
}

const STREET_WORDS: Record<string, string> = {
  street: 'st', avenue: 'ave', av: 'ave', road: 'rd', boulevard: 'blvd', drive: 'dr', lane: 'ln',
  court: 'ct', place: 'pl', parkway: 'pkwy', highway: 'hwy', circle: 'cir', terrace: 'ter',
  square: 'sq', trail: 'trl', way: 'way', north: 'n', south: 's', east: 'e', west: 'w',
  northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw', apartment: 'unit',
  apt: 'unit', suite: 'unit', ste: 'unit', unit: 'unit', no: 'unit', number: 'unit',
  california: 'ca', calif: 'ca', first: '1st', second: '2nd', third: '3rd',
};
const COUNTRY_TAIL = /\s+(?:usa|us|united states(?: of america)?|estados unidos)$/;

/** Postal address: case, punctuation, ZIP+4 and common abbreviations (St/Street, Ave/Avenue) folded. */
export function normalizePostalAddress(value: string): string | null {
  const text = foldLetters(value)
    .replace(/\b(\d{5})-\d{4}\b/g, '$1')
    .replace(/#/g, ' unit ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(COUNTRY_TAIL, '');
  const words = text.split(' ').filter((w) => w.length > 0).map((w) => STREET_WORDS[w] ?? w);
  // "Apt #4" becomes "unit unit 4": keep one.
  const deduped = words.filter((w, i) => !(w === 'unit' && words[i - 1] === 'unit'));
  return deduped.length === 0 ? null : deduped.join(' ');
}

/** Account or patient number: letters and digits only, upper case. */
export function normalizeIdentifier(value: string): string | null {
  const id = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return id.length === 0 ? null : id;
}

/** The canonical form of `value` read as `kind`; `lang` settles 03/04 (en: March 4, es: 3 April). */
export function normalizeDataPoint(kind: DataPointKind, value: string, lang: Language): string | null {
  switch (kind) {
    case 'full_name':
      return normalizeName(value);
    case 'postal_address':
      return normalizePostalAddress(value);
    case 'phone':
      return normalizePhone(value);
    case 'date_of_birth':
      return normalizeDateOfBirth(value, lang);
    case 'account_number':
    case 'patient_number':
      return normalizeIdentifier(value);
  }
}
