import type { Language } from '../shared/languages.js';
import type { RecordType } from '../shared/request-types.js';
import { aboutWhom, whoseInfo, type RecipientRole } from './addressee.js';

/** How each request type is named to the consumer, in their language. */
const REQUEST_TYPE_LABELS: Record<RecordType, Record<Language, string>> = {
  access: { en: 'Access to the personal information we hold about you', es: 'Acceso a la información personal que tenemos sobre usted' },
  portability: { en: 'A copy of your personal information in a portable format', es: 'Una copia de su información personal en un formato portátil' },
  deletion: { en: 'Deletion of your personal information', es: 'Eliminación de su información personal' },
  correction: { en: 'Correction of inaccurate personal information', es: 'Corrección de información personal inexacta' },
  opt_out: { en: 'Opt-out of the sale or sharing of your personal information', es: 'Exclusión de la venta o el intercambio de su información personal' },
  limit_sensitive: { en: 'Limiting the use of your sensitive personal information', es: 'Limitación del uso de su información personal confidencial' },
  question: { en: 'Your question or concern about privacy', es: 'Su pregunta o inquietud sobre privacidad' },
  hipaa_matter: { en: 'Your request about medical or billing records', es: 'Su solicitud sobre expedientes médicos o de facturación' },
  unspecified: { en: 'Your privacy request (we will confirm the details with you)', es: 'Su solicitud de privacidad (confirmaremos los detalles con usted)' },
};

/**
 * How a request type is named to its reader. To an agent or a parent the data is someone else's:
 * "Deletion of the personal information of Ken Adams", never "of your personal information"
 * (issue 15 item 2). `consumerName` is the person the data is about (the child, for a parent).
 */
export function requestTypeLabel(type: RecordType, lang: Language, to: { role: RecipientRole; consumerName: string } = { role: 'consumer', consumerName: '' }): string {
  if (to.role === 'consumer') return REQUEST_TYPE_LABELS[type][lang];
  const info = (en: string, es: string) => whoseInfo(to.role, to.consumerName.trim(), lang, lang === 'en' ? en : es);
  const about = aboutWhom(to.role, to.consumerName.trim(), lang);
  const pi = info('personal information', 'información personal');
  const labels: Record<RecordType, Record<Language, string>> = {
    access: { en: `Access to the personal information we hold ${about}`, es: `Acceso a la información personal que tenemos ${about}` },
    portability: { en: `A copy of ${pi} in a portable format`, es: `Una copia de ${pi} en un formato portátil` },
    deletion: { en: `Deletion of ${pi}`, es: `Eliminación de ${pi}` },
    correction: { en: `Correction of inaccurate personal information ${about}`, es: `Corrección de información personal inexacta ${about}` },
    opt_out: { en: `Opt-out of the sale or sharing of ${pi}`, es: `Exclusión de la venta o el intercambio de ${pi}` },
    limit_sensitive: {
      en: `Limiting the use of ${info('sensitive personal information', '')}`,
      es: `Limitación del uso de ${info('', 'información personal confidencial')}`,
    },
    question: { en: 'A question or concern about privacy', es: 'Una pregunta o inquietud sobre privacidad' },
    hipaa_matter: { en: `A request about medical or billing records ${about}`, es: `Una solicitud sobre expedientes médicos o de facturación ${about}` },
    unspecified: { en: `A privacy request ${about} (we will confirm the details with you)`, es: `Una solicitud de privacidad ${about} (confirmaremos los detalles con usted)` },
  };
  return labels[type][lang];
}

/** Building an Intl.DateTimeFormat costs far more than using one: one per language, made once. */
const LONG_DATE: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
  es: new Intl.DateTimeFormat('es-ES', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }),
};

/** A calendar date (`YYYY-MM-DD`) written out in the reader's language, e.g. "January 13, 2027". */
export function formatLongDate(isoDate: string, lang: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return LONG_DATE[lang].format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12)));
}

/**
 * The name of the business's time zone in the reader's language ("Pacific Time", "hora del
 * Pacífico"), for a deadline that ends with a local day: the mail names the zone the record uses.
 */
export function timeZoneLabel(timeZone: string, lang: Language): string {
  const locale = lang === 'en' ? 'en-US' : 'es-ES';
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
