import type { Language } from '../types.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100) return null;
  const ms = Date.UTC(year, month - 1, day);
  const iso = new Date(ms).toISOString().slice(0, 10);
  const wanted = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso === wanted ? iso : null; // rejects 31/02 and month 13
}

/** 3/4/1990: the first part is the day when it cannot be a month, or when the writer uses Spanish. */
function numericDate(a: number, b: number, year: number, sep: string, lang: Language): string | null {
  let dayFirst = lang === 'es' || sep === '.';
  if (a > 12) dayFirst = true;
  else if (b > 12) dayFirst = false;
  return dayFirst ? toIso(year, b, a) : toIso(year, a, b);
}

function wordDate(words: string[]): string | null {
  let month: number | undefined;
  const numbers: number[] = [];
  for (const w of words) {
    if (/^\d+$/.test(w)) numbers.push(Number(w));
    else if (MONTHS[w] !== undefined && month === undefined) month = MONTHS[w];
    else if (!['de', 'del', 'of', 'the'].includes(w)) return null;
  }
  if (month === undefined || numbers.length !== 2) return null;
  const year = numbers.find((n) => n > 31);
  const day = numbers.find((n) => n <= 31);
  return year === undefined || day === undefined ? null : toIso(year, month, day);
}

/**
 * A date of birth as `YYYY-MM-DD`. Reads ISO dates, numeric dates with `/`, `-` or `.` (Spanish
 * writers put the day first: 03/04/1990 is 3 April in `es`, March 4 in `en`), and written dates
 * in English or Spanish ("March 4, 1990", "4 de marzo de 1990"). Two-digit years are refused:
 * guessing the century of a birth date would make a wrong match.
 */
export function normalizeDateOfBirth(value: string, lang: Language): string | null {
  const text = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso !== null) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (num !== null) return numericDate(Number(num[1]), Number(num[3]), Number(num[4]), num[2] ?? '/', lang);
  const words = text.replace(/(\d+)(?:st|nd|rd|th|º|°)\b/g, '$1').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return wordDate(words);
}
