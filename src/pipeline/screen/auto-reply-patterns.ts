/*
 * Wording of auto-replies that carry no RFC 3834 header, in English, Spanish, German and French.
 * Each out-of-office pattern needs a second cue (a return date or a promise to answer later)
 * because a person may well write "I am travelling" in a real reply.
 */

/** Subject prefixes of auto-replies (email-rules §1), several languages. */
export const AUTO_REPLY_SUBJECTS =
  /^(auto:|auto[- ]?reply\b|automatic reply\b|automatische antwort\b|abwesenheitsnotiz\b|out of (the )?office\b|r[ée]ponse automatique\b|respuesta autom[áa]tica\b|risposta automatica\b|automatisch antwoord\b|autosvar\b|fuera de (la )?oficina\b|on (vacation|holiday|leave) (until|till|through)\b|away (until|till|through)\b|de vacaciones hasta\b)/i;

/** "I am away/on leave/out of the office" and its translations. */
export const AWAY: readonly RegExp[] = [
  /\b(i am|i'm|i will be|i'll be)\s+(currently\s+|presently\s+|now\s+)?(out of (the )?office|ooo|away|on (annual |parental |maternity |paternity |sick |medical |bereavement |family |extended )?leave|on (vacation|holiday)|travell?ing|out of town|unavailable)\b/i,
  // "Estaré fuera de mi escritorio hasta el martes", "Hoy no estoy disponible. Responderé a mi vuelta".
  /\b(estoy|estar[ée]|me encuentro|me encontrar[ée])\s+(actualmente\s+)?(fuera de (la |mi )?(oficina|escritorio)|ausente|de vacaciones|de viaje|de baja|de permiso)\b|\bno (estoy|estar[ée]) disponible\b/i,
  /\bich bin\b[^!?\n]{0,60}\b(nicht im b[üu]ro|abwesend|im urlaub|au[ßs]er haus|nicht erreichbar)/i,
  /\bje suis\s+(actuellement\s+)?(absente?|en cong[ée]s?|en vacances|hors du bureau|en d[ée]placement)\b/i,
  // "I'm in trial preparation through March 14 and have limited email availability": a lawyer's or
  // a traveller's note that it reads mail less, with the date it ends (RETURN_CUE).
  /\b(i have|i'll have|i will have|i've got|and (will )?have)\s+(very\s+)?limited\s+(access\s+to\s+)?(e-?mail|mail|internet|phone and e-?mail)(\s+(access|availability))?\b/i,
  // vacation(1)'s default: "I will not be reading my mail for a while."
  /\b(i will not|i won't|i'll not|i will be unable to|i am unable to|i'm unable to)\s+(be\s+)?(reading|read|checking|check|answering|answer|accessing|access)\s+(my\s+)?(e-?)?mails?\b/i,
];

/** The second cue of an out-of-office note: when the person is back or will answer. */
export const RETURN_CUE =
  /\b((?:may|might|will) be delayed in (?:responding|replying|answering|getting back)|from (?:\w+ )?\d{1,2}(?:st|nd|rd|th)?(?: \w+)? (?:to|until|till|through) |until|till|through|returning|back (on|in|at|from)|return(ing)? on|(upon|on) my return|when i return|will revert|will (respond|reply|get back)|limited access|(?:no|without) access to (?:my )?e-?mails?|sin acceso a(?:l)? (?:mis? )?(?:correos?|e-?mails?)|entre el \d{1,2}(?:\/\d{1,2})? y el \d{1,2}|hasta|regreso|regrese|vuelva|volver[ée]|a mi vuelta|retornando|retorno el|retornar[ée]|de vuelta el|responder[ée]|atender[ée]|(para|por) (cualquier|algo|alg[úu]n) (asunto |tema )?urgente|si (es|hay algo|fuera) urgente|bis|zur[üu]ck|wieder (im b[üu]ro|erreichbar|da)|jusqu|de retour|mon retour)/i;

/**
 * A mail client's stock answer with no date: "Thank you for your email. I'll reply as soon as
 * possible." Read only in a short text, where it is all there is.
 */
export const ANSWER_LATER =
  /\bthanks?( you)? for your (letter|e-?mail|mail|message)\b[^\n]{0,40}?\b(i|we)('ll| will)\b[^.!?\n]{0,30}?\b(write back|reply|respond|answer|get back|be in touch)\b[^.!?\n]{0,60}?\b(as soon as (i can|we can|possible)|asap|shortly|(at )?the first time)\b|\bgracias por (su|tu) (correo|mensaje|carta)\b[^\n]{0,40}?\b(responder[ée]|contestar[ée])[^.!?\n]{0,30}?\b(lo antes posible|a la brevedad|en cuanto pueda)\b/i;
/** At most this long, a text that only promises an answer is an auto-reply. */
export const MAX_ANSWER_LATER_CHARS = 400;

/** Mailboxes that say nobody reads them, and self-declared automatic messages. */
export const UNMONITORED: readonly RegExp[] = [
  /\bthis (e-?mail |mail )?(address|mailbox|inbox|account) (is (not|no longer)|isn['’]t) (being )?(monitored|checked|read|in use|attended)/i,
  // "You have sent a message to a mailbox that isn't monitored."
  /\bsent (a |your )?(message|e-?mail) to an? (e-?mail )?(address|mailbox|inbox) that (is not|isn['’]t) (monitored|checked|read)\b/i,
  // Mailman's notices to a poster: "Your mail to 'members@...' ... Is being held until the list
  // moderator can review it for approval", "Your message entitled ... was successfully received
  // by the Members mailing list".
  /\bis being held until the list moderator can review it\b/i,
  /\bwas successfully received by the [^.\n]{1,60}? mailing list\b/i,
  /\bthis is an? (unmonitored|unattended|automated|automatic|auto-generated) (mailbox|inbox|address|e-?mail|message|reply|response)/i,
  // "We cannot handle your message because this is a no-reply e-mail address."
  /\bthis is an? no-?reply (e-?mail |mail )?(address|mailbox|account)\b/i,
  // A read receipt (message disposition notification, RFC 8098) in a mail client's words.
  /\bthis is no guarantee that the message has been read\b/i,
  /\bno garantiza que el mensaje haya sido le[íi]do\b/i,
  // Roundcube's read receipt: "This is a Return Receipt for your message", "Esto es un acuse de recibo de su mensaje".
  /\bthis is a return receipt for (your|the) (message|mail|e-?mail)\b|\bthis receipt only acknowledges that the message was displayed\b/i,
  /\besto es un acuse de recibo de (su|tu) (mensaje|correo)\b|\bs[óo]lo confirma que (su|tu) mensaje fue abierto\b/i,
  // A helpdesk's "This message has been automatically generated in response to the creation of a trouble ticket".
  /\bthis (e-?mail |mail )?(message|e-?mail|reply|response|notification) (has been|was|is) (automatically generated|generated automatically|auto-generated|sent automatically|automatically sent)\b/i,
  /\beste (buz[óo]n|correo|correo electr[óo]nico|e-?mail) no (es|est[áa]) (monitoreado|supervisado|atendido|revisado)/i,
  /\beste es un (mensaje|correo) (autom[áa]tico|generado autom[áa]ticamente)/i,
  /\beste (mensaje|correo|aviso) (ha sido|fue|es|se ha) (generado|enviado) autom[áa]ticamente\b/i,
  /\bdieses postfach wird nicht (überwacht|gelesen|betreut)/i,
  /\b(dies ist eine|diese nachricht ist eine) automatische (antwort|nachricht|e-mail)/i,
  /\bcette (adresse|bo[îi]te)( e-?mail| mail| aux lettres| de r[ée]ception)? n'est pas (surveill[ée]e|consult[ée]e|lue)/i,
  /\b(ceci est|ce message est) une? (r[ée]ponse|message) automatique/i,
];

/**
 * The company's answer for an address whose owner has left: "Le informamos que Roberto García ya
 * no forma parte de nuestra empresa", "Dana is no longer with the company". Said of a third
 * person and of "our" company, so a person writing about their own job does not match.
 */
export const DEPARTED: readonly RegExp[] = [
  /\bya no (forma parte de|trabaja (en|con|para)|pertenece a) (nuestr[ao]|la|esta) (empresa|compa[ñn][íi]a|organizaci[óo]n|equipo|firma)\b/i,
  /\bis no longer (with|employed (by|at)|working (for|at)|part of) (the|our|this) (company|firm|organi[sz]ation|team)\b/i,
];

// Helpdesk acknowledgements ("we have received your request", "your ticket number is") are in
// helpdesk-acknowledgement.ts.

/**
 * First-person request wording. Text that asks for something about the sender's own data is a
 * person writing, whatever else it says (the "I was out of the office, but now please delete
 * my data" case), so content-only auto-reply cues are ignored for it. "My" must sit right
 * before the noun: "contact my colleague for more information" is an out-of-office classic.
 */
export const OWN_DATA_REQUEST =
  /\bmy\s+(personal\s+)?(data|information|info|account|records)\b|\b(mis|mi)\s+(datos|informaci[óo]n|cuenta)\b|\bmeine[nr]?\s+(\w+\s+)?daten\b|\bmes donn[ée]es\b|\bdo not sell\b|\bno (vendan|vender)\b/i;
