import { LINK, subjectAndBody, WRITER_SINGULAR } from './detect-not-privacy.js';

/**
 * Whether a message read as a question shows any sign of being a person's question to a privacy
 * office (issue 16: junk nobody here wrote was read as a question and answered). A person asking
 * about privacy names the matter (their data, an account, a record, a right, a bill, a call or
 * mail they got) and writes as themselves or asks something; a notice, a pitch or a scam the junk
 * shapes did not catch usually does neither. Run on normalized text (lower case, accents removed).
 */
const MATTER_EN =
  /\b(?:privacy|private|personal|data|information|info|details|account|profile|records?|files?|ccpa|cpra|gdpr|rights?|opt(?:ing)?[- ]?out|sell|sold|sale|shar(?:e|ed|es|ing)|third[- ]part(?:y|ies)|unsubscribe|mailing|marketing|consent|cookies?|track(?:ing|ed)?|collect(?:s|ed|ion)?|stor(?:e|ed|es|ing)|hold|retain|breach|hacked|leak(?:ed)?|identity|verif(?:y|ied|ication)|code|requests?|medical|health|hipaa|patient|doctor|clinic|hospital|bill(?:s|ed|ing)?|statement|insurance|ssn|social security|birth|address|phone|e-?mails?|calls?|texts?|spam|delet(?:e|ed|ion)|eras(?:e|ure)|remov(?:e|ed|al)|correct(?:ion)?|wrong|mistake)\b/;
const MATTER_ES =
  /\b(?:privacidad|privad[oa]s?|personal(?:es)?|datos?|informacion|info|cuenta|perfil|registros?|expediente|derechos?|arco|oposicion|vend(?:er|en|ido|ieron)|venta|compart(?:ir|en|ido|ieron)|terceros|baja|publicidad|consentimiento|cookies?|recopil\w*|almacen\w*|guard\w*|verific\w*|codigo|solicitud(?:es)?|peticion|medic[oa]s?|salud|historia clinica|paciente|factura\w*|cobr\w*|seguro|direccion|telefono|correos?|llamadas?|mensajes?|borr\w*|elimin\w*|supr\w*|cancel\w*|rectific\w*|correg\w*|error)\b/;

// "Unsubscribe", "delete account pls": a person can be that short; a notice, a pitch or a scam is not.
const TERSE_WORDS = 25;

export function looksLikePersonsPrivacyQuestion(subject: string, normalizedBody: string): boolean {
  const text = subjectAndBody(subject, normalizedBody);
  const matter = MATTER_EN.test(text) || MATTER_ES.test(text);
  const terse = text.split(/\s+/).filter((w) => w !== '').length <= TERSE_WORDS;
  // Someone writing as themselves (detect-not-privacy's WRITER_SINGULAR), or asking anything.
  return WRITER_SINGULAR.test(text) || text.includes('?') || (matter && terse && !LINK.test(text));
}

// The writer's own medical records or bill, or a named patient's: "my medical bill", "mi historia
// clínica", "Patient: Samuel Ortiz". "My experience in medical billing" (a job application) and a
// spam's "pay my bills" name none.
const OWN_RECORDS =
  /\b(?:my|mi|mis)\b(?: [\w'-]+){0,2} (?:medical|hospital|health|dental|clinic|doctor'?s?|lab|patient) (?:records?|bills?|statements?|claims?|charts?|files?)\b|\b(?:mi|mis) (?:historias? clinicas?|expedientes? (?:medicos?|clinicos?)|facturas? (?:medicas?|del hospital))\b|^[ \t]*(?:patient|paciente)(?: name| nombre)?[ \t]*:[ \t]*\S/m;

/** Whether a normalized text names the writer's own (or a named patient's) medical or billing records. */
export function namesOwnRecords(normalizedBody: string): boolean {
  return OWN_RECORDS.test(normalizedBody);
}
