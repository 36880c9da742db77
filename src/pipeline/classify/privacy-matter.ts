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

/*
 * What a person's question to a privacy office is about, in the writer's words (issue 16: the most
 * common miss on mail nobody here wrote was a pitch, a proposal, a scam or a misdirected note read
 * as a question). A question names a matter of the writer's with us: privacy or a right, their own
 * data, account, bill, order or records, the contact they got from us ("how did you get my
 * number", "I keep getting your emails"), or the unsubscribing it asks. A pitch speaks of *our*
 * business ("your finance team", "your audience"), a misdirected note of neither. Unlike
 * MATTER_EN above, which any text with "information" or "email" passes, these name the writer's
 * side. Run on normalized text (lower case, accents removed).
 */
const WRITERS_THING =
  "(?:data|information|info|details|records?|account|profile|e-?mail(?: address)?|phone(?: number)?|(?:cell|mobile|telephone) number|number|address|history|files?|ssn|social security(?: number)?|date of birth|birthday|card|payment|bills?|statements?|invoice|charges?|order|subscription|membership|login|password|appointment|insurance|claims?|visit|results|chart|prescription|doctor|son|daughter|child|mother|father|wife|husband|privacy|requests?|ticket|case|complaint|question)";
const PERSONS_MATTER_EN = new RegExp(
  [
    // Privacy and the rights by name, and what a person asks of them.
    String.raw`\b(?:privacy|personal (?:data|information|info|details)|ccpa|cpra|gdpr|hipaa|opt(?:ing)?[- ]?out|opt (?:me|us) out|(?:marketing|promotional) (?:e-?mails?|mail|texts?|calls?|messages?)|mailing list|do not sell|don'?t sell|unsubscribe|(?:remove|delete|erase|take) me\b|stop (?:calling|emailing|e-mailing|texting|sending|contacting)|data breach|breach|hacked|identity theft|consent|cookies?|tracking|telemetry|analytics|third[- ]part(?:y|ies)|data brokers?|medical records?|patient)\b`,
    // Removing or exporting what is held: "delete existing data associated with the app", "export to CSV".
    String.raw`\b(?:delet\w*|eras\w*|remov\w*|export\w*) (?:[\w'-]+ ){0,3}(?:data|information|info|account|profile|records?|history|me)\b|\bexport(?:ed|ing|s)? to (?:csv|json|excel|pdf)\b`,
    // Customer service: a subscription, a refund, a charge.
    String.raw`\b(?:refund(?:ed)?|subscri(?:bed|ption)|cancel(?:l?ed|l?ing)?(?: my| the| our)? (?:subscription|account|membership|plan|order|trial)|(?:was|been|got|get|being) (?:still )?(?:charged|billed))\b`,
    // The writer's own things ("my account", "our medical bills"), and what is held about them.
    String.raw`\b(?:my|our)(?: [\w'-]+){0,2} ${WRITERS_THING}\b|\bmy accounts\b|\b(?:about|on|of) me\b`,
    // The contact they got from us.
    String.raw`\b(?:how did you get|where did you get|why (?:did|do|am|was) (?:i|you)|why have i)\b|\b(?:you|your company|your office|your firm) (?:have |keep )?(?:called|call|emailed|email|texted|sent|contacted|charged|billed|sold|shared)\b`,
    String.raw`\bi (?:received|got|get|keep getting|am getting|have received) (?:a |an |your |this |these |several |many )?(?:calls?|letters?|e-?mails?|texts?|messages?|bills?|statements?|notices?)\b`,
    // What we do with people's data, asked of us: "do you sell ...", "what kind of information does your company collect".
    String.raw`\b(?:you|your company|your firm|your app|your site|your website)(?: [\w'-]+){0,3} (?:sell|share|collect|keep|store|retain|use|track|disclose)\w*\b|\b(?:information|data|records?) (?:you|your company) (?:have|hold|keep|collect|store)\b|\bretention\b|\bauthori[sz]ed agents?\b|\b(?:deletion|access|opt-?out|privacy|data) requests?\b|\bverification code\b`,
    // A customer's service matter: the app or site we run, an order, a return, support, our hours.
    String.raw`\b(?:the|your) (?:app|application|website|site|portal|service|customer service|support|store|product|order|update|newsletter|hours)\b|\b(?:crash\w*|log ?in|sign ?in|password|bug|reinstall\w*|shipping|delivery|return|exchange)\b`,
    // Whether mail in our name is ours: a person checking a message they got is a matter, whatever its link.
    String.raw`\b(?:is this|was this|are these) (?:e-?mail|message|text|letter|call|really|legit\w*|from you)|\b(?:e-?mail|message|text|letter|call)s? (?:is |was )?(?:really )?from you\b|\b(?:legit\w*|scam|phishing|fraud\w*)\b`,
    // A customer's thanks for our answer, a complaint about our service, a text's "STOP".
    String.raw`\bthank(?:s| you) for (?:your|the) (?:\w+ )?(?:response|reply|answer|help)\b|\b(?:bad|poor|terrible|awful|horrible) (?:service|experience)\b|(?:^|\n)\W*stop\W*$`,
    // A thank-you or a code under a reply of ours.
    String.raw`^(?:re|aw|rv|fw|fwd): .*\n(?:[\s\S]{0,200})\b(?:thank|thanks|gracias)\b|^(?:re|aw|rv): .*\n\s*\d{4,8}\s*$`,
  ].join('|'),
);
const PERSONS_MATTER_ES = new RegExp(
  [
    String.raw`\b(?:privacidad|datos personales|arco|de baja|baja de|no (?:me |nos )?(?:contact\w*|llam\w*|escrib\w*|envi\w*)|no (?:deseo|quiero) recibir|dejar de recibir|consentimiento|historia clinica|expediente|paciente)\b`,
    String.raw`\b(?:mis?|nuestr[oa]s?)(?: [\w-]+){0,2} (?:datos|informacion|cuenta|perfil|correo|numero|telefono|celular|direccion|factura|facturas|cobro|cargo|pago|tarjeta|pedido|suscripcion|contrasena|cita|seguro|historial|registro|hijo|hija|madre|padre)\b|\bsobre mi\b|\bde mi\b`,
    String.raw`\bme (?:llaman|llamaron|envian|enviaron|escriben|cobraron|cobran)\b|\brecibi (?:(?:una?|su|sus|este|esta|varios|varias) )?(?:llamadas?|correos?|cartas?|mensajes?|facturas?)\b`,
    String.raw`\b(?:ustedes|su empresa|la empresa)(?: [\w-]+){0,3} (?:vend|compart|recopil|guard|almacen|conserv|usa|utiliz)\w*\b|\bconservacion\b|\bagente autorizado\b|\bsolicitud(?:es)?\b|\bcodigo de verificacion\b`,
    String.raw`\b(?:la|su) (?:app|aplicacion|pagina|sitio|web|servicio|tienda|producto|atencion)\b|\b(?:servicio al cliente|atencion al cliente|devol\w*|envio|contrasena|iniciar sesion|se cierra|respuesta|nadie (?:me )?contesta)\b`,
    String.raw`\bdejen de (?:enviar\w*|mandar\w*|llamar\w*|escribir\w*)\b|\b(?:mal|pesimo|malisimo) servicio\b|\bmala experiencia\b|\bgracias por (?:su|tu) (?:\w+ )?(?:respuesta|ayuda|atencion)\b`,
    String.raw`^(?:re|rv): .*\n(?:[\s\S]{0,200})\bgracias\b`,
  ].join('|'),
);

// An address or a link names no matter: "Dear privacy@mtbc.example.com, you have a voice message"
// is a phishing notice to our mailbox, not a question about privacy. (normalizeText has turned an
// address's dots into underscores.)
const ADDRESS_OR_LINK = /[\w.+-]+@[\w-]+(?:[._][\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+/g;
const withoutAddresses = (text: string): string => text.replace(ADDRESS_OR_LINK, ' ');

/**
 * The words by which a text read as a question names a matter of the writer's with us, or null
 * when it names none. The quoted mail counts too: a reply in a thread about a bill ("any news?")
 * carries its matter in what it quotes.
 */
export function personsMatter(subject: string, normalizedBody: string, normalizedQuoted: string): string | null {
  for (const text of [subjectAndBody(subject, normalizedBody), normalizedQuoted].map(withoutAddresses)) {
    const found = PERSONS_MATTER_EN.exec(text) ?? PERSONS_MATTER_ES.exec(text);
    if (found) return found[0];
  }
  return null;
}

/*
 * An outsider's voice: someone who is not our customer introducing themselves, pitching, inviting
 * or writing to a named person. Customer-service mail with no privacy word is a question (the
 * labeling conventions); a text that names no matter of the writer's *and* speaks as an outsider
 * is a pitch, a proposal, a scam or a note meant for someone else.
 */
const OUTSIDER_VOICE = new RegExp(
  [
    LINK.source,
    String.raw`\b(?:i am|i'm|my name is|this is) (?:[\w'-]+ ){0,6}(?:founder|co-?founder|ceo|manager|director|consultant|specialist|journalist|author|writer|developer|designer|student|graduate|freelancer|agency|recruiter|representative|partner|vice president)\b|\breaching out\b`,
    String.raw`\byour (?:business|team|company's|brand|audience|listeners|readers|subscribers|clients|founder|organization|organisation|finance|marketing|sales|blog|podcast|growth|revenue|site's|website's|domain|ranking)\b`,
    String.raw`\b(?:we offer|our services|our agency|our clients|free (?:trial|quote|consultation|audit)|limited time|special offer|opportunity|proposal|partnership|collaborat\w*|sponsor\w*|guest post|backlinks?|seo|interview|webinar|invite you|you(?:'ve| have) (?:won|been selected)|beneficiary|inheritance|investment|bitcoin|crypto\w*)\b`,
    // Greeted by the mailbox's address, as only a mass mailing greets: "Dear privacy@mtbc.example.com".
    String.raw`^(?:dear|hi|hello|hey|attention|estimad[oa]|hola),? [\w.+-]+@[\w-]+[._]`,
    String.raw`^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)) (?!team\b|support\b|sir\b|madam\b|all\b|there\b|mtbc\b|privacy\b|compliance\b)[a-z]+ ?[:,]`,
    String.raw`^(?:estimad[oa]|querid[oa]|hola|buen(?:os|as) (?:dias|tardes|noches)),? (?!equipo\b|senor\b|senora\b|senores\b|a todos\b|mtbc\b|privacidad\b|soporte\b)[a-z]+ ?[:,]|\b(?:su|tu) (?:negocio|empresa|marca|equipo|sitio web|pagina web|audiencia|clientes|organizacion)\b`,
    String.raw`\b(?:soy|me llamo) (?:[\w-]+ ){0,6}(?:fundador|director|gerente|consultor|estudiante|periodista|representante|socio)\b|\b(?:propuesta|oportunidad|colaboracion|patrocinio|inversion|herencia|premio|ganador)\b`,
  ].join('|'),
  'm',
);

/** Whether a normalized text speaks as an outsider to our business (OUTSIDER_VOICE). */
export function speaksAsOutsider(subject: string, normalizedBody: string): boolean {
  return OUTSIDER_VOICE.test(subjectAndBody(subject, normalizedBody));
}
