import type { DataPoint, DataPointKind } from '../types.js';

// Each finder is a labelled cue followed by a value. Cues are case-insensitive; names must be
// capitalized, which keeps "my name is on the account" from yielding a name.
const NAME_CUE = /(?:my (?:full |legal )?name is|(?:^|\n)[ \t]*(?:full |legal )?name[ \t]*:|me llamo|mi nombre(?: completo)? es|(?:^|\n)[ \t]*nombre(?: completo)?[ \t]*:)[ \t]*/gi;
// A name is 2 to 5 capitalized words or initials ("J."), on one line; a full stop ends it.
const NAME = /((?:[\p{Lu}](?:[\p{L}'’-]+|\.))(?:[ \t]+(?:de |del |de la )?(?:[\p{Lu}](?:[\p{L}'’-]+|\.))){1,4})/uy;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:${MONTHS})[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})[a-z]*,? \d{4}|\d{1,2} de [a-z]+ de \d{4})`;
const DOB = new RegExp(String.raw`(?:date of birth|birth ?date|\bdob\b|d\.o\.b\.?|\bborn(?: on)?|birthday|fecha de nacimiento|naci(?:do|da)? el|nac[ií] el)\W{0,5}(?:is\W{0,3}|es\W{0,3})?${DATE}`, 'gi');
const PHONE = /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g;
const STREET = String.raw`(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Calle|Avenida|Loop|Trail|Square|Sq)`;
const ADDRESS = new RegExp(String.raw`\b\d{1,6}(?:[ \t]+[\w.'-]+){1,5}?[ \t]+${STREET}\b\.?(?:,?[ \t]*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*[\w-]+)?,?[ \t]*\n?[ \t]*[A-Z][A-Za-z .'-]+,[ \t]*(?:CA|California|[A-Z]{2})\.?[ \t]+\d{5}(?:-\d{4})?`, 'g');
const NUMBER = String.raw`(?:[ \t]*(?:number|no\.?|#|id|n[uú]mero|num\.?))?[ \t]*(?:is|es|:|#)?[ \t]*#?([A-Z]{0,4}-?\d[\dA-Z-]{3,15})\b`;
const ACCOUNT = new RegExp(String.raw`(?<!bank |checking |savings |credit |debit )\b(?:account|acct\.?|customer|member|client|cuenta|cliente)${NUMBER}`, 'gi');
const PATIENT = new RegExp(String.raw`\b(?:patient|mrn|medical record|chart|paciente)${NUMBER}`, 'gi');

function push(points: DataPoint[], kind: DataPointKind, value: string | undefined): void {
  const clean = value?.replace(/\s+/g, ' ').trim();
  if (clean === undefined || clean === '') return;
  if (!points.some((p) => p.kind === kind && p.value === clean)) points.push({ kind, value: clean });
}

/** Identity data points the sender volunteered, in a text whose sensitive identifiers are masked. */
export function findDataPoints(text: string): DataPoint[] {
  const points: DataPoint[] = [];
  for (const cue of text.matchAll(NAME_CUE)) {
    NAME.lastIndex = (cue.index ?? 0) + cue[0].length;
    push(points, 'full_name', NAME.exec(text)?.[1]);
  }
  for (const m of text.matchAll(ADDRESS)) push(points, 'postal_address', m[0]);
  for (const m of text.matchAll(DOB)) push(points, 'date_of_birth', m[1]);
  for (const m of text.matchAll(PATIENT)) push(points, 'patient_number', m[1]);
  const patientNumbers = new Set(points.filter((p) => p.kind === 'patient_number').map((p) => p.value));
  for (const m of text.matchAll(ACCOUNT)) if (!patientNumbers.has(m[1] ?? '')) push(points, 'account_number', m[1]);
  const numbers = new Set(points.map((p) => p.value.replace(/\D/g, '')));
  for (const m of text.matchAll(PHONE)) if (!numbers.has(m[0].replace(/\D/g, ''))) push(points, 'phone', m[0]);
  return points;
}
