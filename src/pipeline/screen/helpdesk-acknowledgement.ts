import { PRIVACY_REQUEST_WORDING } from './privacy-request-wording.js';

/*
 * Helpdesk auto-acknowledgements sent without the Auto-Submitted header RFC 3834 §5 asks for
 * (email-rules §1: "We have received your ticket #..." must be recognised by content too). The wording is learned from the default
 * new-ticket and follow-up templates of Zendesk, Zammad, osTicket, Freshdesk, Help Scout, Jira
 * Service Management, Zoho Desk and Salesforce case auto-responses, in English and Spanish.
 * Only the new text is read (the caller strips quoted history), so a person quoting an
 * acknowledgement under their own words is judged on their words.
 */

/** The acknowledgement must open the message: a formula deep in a long text is a person quoting it. */
const HEAD_CHARS = 600;
/** A text this short that opens with the formula is nothing but the acknowledgement. */
const BARE_FORMULA_CHARS = 240;

/** The helpdesk saying it received the sender's message: "we have received your request". */
export const ACKNOWLEDGEMENT: readonly RegExp[] = [
  /\bwe(?:['’]ve| have)?\s+(?:now\s+|successfully\s+|just\s+)?(?:received|logged|registered) your (?:support )?(?:request|ticket|message|e-?mail|inquiry|enquiry|query|case|note|submission|question)\b/i,
  // Zendesk "Your request (12345) has been received", Zammad "(Ticket#...)", osTicket "has been noted".
  /\byour\s+(?:support\s+)?(?:request|ticket|message|e-?mail|inquiry|enquiry|query|case|follow-?up|reply)\b[^.!?\n]{0,40}?\b(?:has|have)\s+been\s+(?:successfully\s+)?(?:received|logged|noted|registered|recorded|submitted)\b/i,
  /\b(?:confirm(?:s|ing)?|acknowledg(?:e|es|ing))\s+(?:the\s+)?receipt of your\b/i,
  /\bhemos recibido (?:correctamente |con [ée]xito )?(?:su|tu) (?:solicitud|mensaje|correo|ticket|consulta|petici[óo]n|caso|e-?mail)\b/i,
  /\b(?:su|tu)\s+(?:solicitud|mensaje|correo|consulta|petici[óo]n|ticket|caso)\b[^.!?\n]{0,40}?\b(?:ha sido|fue|se ha)\s+(?:recibid[oa]|registrad[oa])\b/i,
  // The helpdesk's later notices: "Your request has been resolved", "el ticket #482913 ha sido
  // cerrado", "Your message is in the queue". A person's complaint names the ticket as theirs
  // ("my ticket was closed without an answer") and asks.
  /\byour\s+(?:support\s+)?(?:request|ticket|case|inquiry|enquiry)\b(?:\s+#?\s*[a-z]{0,6}-?\d{3,})?\s+(?:has|have)\s+been\s+(?:resolved|closed|marked as (?:resolved|solved|closed)|solved)\b/i,
  /\b(?:el|su|tu)\s+(?:ticket|caso|solicitud)\s+#?\s*[a-z]{0,6}-?\d{3,}\s+(?:ha sido|fue)\s+(?:cerrad[oa]|resuelt[oa])\b/i,
  /\byour (?:message|request|ticket|e-?mail) is (?:now )?in (?:the|our) queue\b/i,
  /\bconfirmamos (?:la )?recepci[óo]n de (?:su|tu)\b/i,
  // "Recibimos tu mensaje", "Registramos tu solicitud": the same formula in the simple past.
  /\b(?:recibimos|registramos) (?:correctamente )?(?:su|tu) (?:solicitud|mensaje|correo|consulta|petici[óo]n|caso|ticket)\b/i,
  // A shop's or a person's autoresponder in the first person singular: "I have received your email
  // and will get back to you within 24-48 hours" (a promise to answer must follow, FOLLOW_UP).
  /\bi(?:['’]ve| have)\s+received your (?:e-?mail|message|note|inquiry|enquiry)\b/i,
  // A business thanking for the contact, in the voice of a stock answer: "Gracias por comunicarte
  // con Mi Tienda. En breve te atenderemos."
  /\bgracias por (?:comunicarte|comunicarse|ponerte en contacto|ponerse en contacto|contactarnos) con\b/i,
  // A business thanking for the writer's enquiry: "Hola, gracias por tu consulta. Nuestro equipo la
  // revisará" (a person writing to us made the enquiry; they do not thank us for it).
  /\bgracias por (?:tu|su) (?:consulta|inter[ée]s)\b/i,
  // A request portal once the address is confirmed: "We'll now start processing your request".
  /\bwe(?:['’]ll| will)\s+(?:now\s+)?(?:start|begin)\s+(?:processing|working on|reviewing)\s+your\s+(?:request|ticket|case|inquiry|enquiry)\b/i,
  // Small helpdesks in their own words: "We opened ticket #12345", "We've got your report and our
  // team is looking into it" (a person reports having opened a ticket in the first person singular).
  /\bwe(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:opened|created)\s+(?:a\s+(?:new\s+)?|your\s+)?(?:support\s+)?(?:ticket|case)\b/i,
  /\bwe(?:['’]ve| have)\s+got your (?:report|request|message|ticket|e-?mail|inquiry|enquiry)\b/i,
  // A contact form's receipt: "here is a copy of the information you submitted through the
  // Technical Support and Feedback form".
  /\bhere is a copy of (?:the information|your (?:message|request|submission|ticket)) you (?:submitted|sent)\b/i,
];

/**
 * "Thanks for contacting us! We'll get back to you within 24 business hours": a person writing to
 * us does not thank us for their own contact. Alone ("Thank you for contacting us.") it may be a
 * business's one-line reply, so a promise to answer must follow (FOLLOW_UP).
 */
const THANKS_FOR_CONTACT = /\bthank(?:s| you) for (?:contacting|reaching out to|getting in touch with|writing to) us\b/i;

/**
 * A ticket or case number announced as such. "Reference" is left out: it is the word of our own
 * acknowledgement, whose return is a loop, not an auto-reply.
 */
export const TICKET_ANNOUNCEMENT: readonly RegExp[] = [
  /\byour\s+(?:support\s+)?(?:ticket|case|request|incident)\s*(?:number|no\.?|id|#)\s*(?:is|:)\s*#?\s*[a-z]{0,6}[-#]?\d{3,}/i,
  // "My case 12345 was opened in May" is a person telling their story, not a helpdesk.
  /(?<!\b(?:my|our)\s+)\b(?:ticket|case|incident|request)\s*(?:number|no\.?|id)?\s*[:#]?\s*#?\s*[a-z]{0,6}-?\d{3,}\b[^.!?\n]{0,20}?\b(?:has been|was)\s+(?:created|opened|logged|raised|received)\b/i,
  // osTicket "A request for support has been created and assigned #123456", Freshdesk "a ticket has been created with Ticket ID",
  // "Your support ticket has been created: Ticket ID: 48213".
  /\b(?:a|the|new|your)\s+(?:support\s+)?(?:ticket|case|request for support|support request)\b[^.!?\n]{0,30}?\bhas been (?:created|opened|logged|raised)\b[^.!?\n]{0,40}?\d{3,}/i,
  // An issue tracker's notice of a new ticket, at the top of the text (Redmine): "Issue #1042 has
  // been reported by Paul Becker", "Petición #1043 añadida por Pilar Navarro".
  /^(?:issue|bug|ticket|support|feature|task|petici[óo]n|incidencia|soporte|tarea) #\d+ (?:has been (?:reported|updated) by|(?:a[ñn]adid[ao]|actualizad[ao]) por)\b/i,
  /\b(?:su|tu)\s+n[úu]mero\s+de\s+(?:ticket|caso|solicitud|incidencia|incidente)\s+es\b/i,
  /\bse\s+ha\s+(?:creado|abierto|generado|registrado)\s+(?:un|el)\s+(?:nuevo\s+)?(?:ticket|caso)\b/i,
  // Znuny's (OTRS's) default auto-responses: "A new ticket has been created for you.", "Your email
  // will be answered by a human ASAP.", "Your previous ticket is closed. -- Your follow-up has been
  // rejected. --".
  /\b(?:a )?new ticket has been created\b/i,
  /\byour (?:e-?mail|message) will be answered by a human\b/i,
  /\byour previous ticket is closed\b|\byour (?:follow-?up|e-?mail|message) has been rejected\b/i,
  // Request Tracker's notices about signed or encrypted mail it could not read: "You sent an
  // encrypted message with subject '...', but we have no private key it's encrypted to."
  /\byou sent (?:us )?(?:an encrypted |a )?message (?:with subject\b|that we cannot (?:handle|decrypt)\b)|\bwe have no (?:your )?(?:public|private) (?:pgp |gpg )?key\b/i,
];

/** A ticket number anywhere near an acknowledgement formula. */
export const TICKET_NUMBER =
  /\b(?:ticket|case|incident|caso|incidencia|vorgang|dossier|n[°º])\s*(?:number|no\.?|id|n[úu]mero|nummer|nr\.?)?\s*[:#-]?\s*#?\s*[a-z]{0,5}-?\d{3,}|\bn[úu]mero de solicitud\s*:?\s*[a-z]{0,5}-?\d{3,}/i;

/** The promise a helpdesk makes after the formula: somebody will look at it and answer. */
export const FOLLOW_UP: readonly RegExp[] = [
  /\b(?:get(?:ting)? back to you|respond to you|reply to you|be in touch|follow[- ]up with you|(?:contact|reach out to) you)\b/i,
  /\b(?:is|are) being reviewed\b|\bwill be (?:reviewed|handled|answered|addressed|looked at)\b/i,
  /\b(?:our (?:support |customer service |service )?(?:team|staff|agents?|representatives?)|a (?:member of our (?:\w+ )?team|team member|representative|support agent|agent))\b/i,
  /\breply to this (?:e-?mail|message) to add\b|\bno need to reply\b/i,
  // "We will respond to your inquiry as soon as possible"; "Procesaremos su solicitud en un plazo
  // máximo de 30 días", "El club revisará tu solicitud", "nuestro equipo la está revisando".
  /\b(?:respond|reply|get back) to your (?:inquiry|enquiry|request|message|ticket|question|e-?mail)\b/i,
  /\b(?:procesaremos|revisaremos|gestionaremos|tramitaremos|atenderemos|responderemos) (?:tu|su) (?:solicitud|petici[óo]n|consulta|mensaje)\b|\b(?:revisar[áa]|procesar[áa]|tramitar[áa]) (?:tu|su) (?:solicitud|petici[óo]n)\b|\bnuestro equipo (?:la|lo) est[áa] revisando\b|\bplazo de respuesta\b/i,
  // "Nuestro equipo revisará la información enviada", "nuestro equipo continuará el seguimiento",
  // "our team will look into it".
  /\bnuestro equipo (?:(?:la|lo|las|los) )?(?:revisar[áa]|atender[áa]|analizar[áa]|responder[áa]|continuar[áa] (?:con )?el seguimiento|dar[áa] seguimiento)(?=\s)|\b(?:le|te) (?:responder[áa]|contestar[áa]|contactar[áa])\b|\bnos (?:comunicaremos|pondremos en contacto) con (?:usted|ustedes|tigo|contigo)\b|\bour team (?:will|is going to) (?:review|look into|look at|investigate)\b/i,
  /\b(?:le|te) (?:responderemos|contestaremos|contactaremos|atenderemos|informaremos|notificaremos)\b|\b(?:le|te) respondemos al (?:correo|tel[ée]fono)\b|\bconsultar el estado de (?:su|tu) solicitud\b|\bnos pondremos en contacto\b|\b(?:un|uno de nuestros) (?:agentes?|miembros? de nuestro equipo)\b|\bser[áa] (?:revisad[oa]|atendid[oa])\b/i,
];

/**
 * The text also asks for something, or is a person talking about their own mail: then it is a
 * person writing, whatever formula it contains.
 */
const ASKS: readonly RegExp[] = [
  // "Please do not remove the ticket number from the subject" is the helpdesk's own instruction.
  // The helpdesk's "If you can, please send logs" asks for more detail on the ticket, not for an act.
  /(?<!\bif (?:you can|possible|needed|necessary),?\s)\b(?:please|pls|kindly|can you|could you|would you|i want you to|i(?:'d| would) like you to)\s+(?!(?:do not|don'?t|never)\b)(?:\w+\s+){0,2}?(?:delete|remove|erase|send|provide|give|tell|confirm|stop|cancel|close|correct|update|change|fix|disclose|share|opt)\b/i,
  /\bi\s+(?:want|would like|'d like|need|request|am requesting|demand)\b|\bi'd like\b/i,
  /\b(?:did|have|has|can|could|would|will|do|does|are|is)\s+(?:you|your|anyone|someone|somebody)\b[^?\n]{0,80}\?/i,
  /\b(?:i|we)\s+(?:still\s+)?(?:have not|haven't|never|did not|didn't)\s+(?:heard|received|gotten|got)\b|\bstill waiting\b/i,
  /\b(?:quiero|quisiera|necesito|solicito|les pido|le pido|exijo|me gustar[íi]a)\b/i,
  /¿\s*(?:recibieron|han recibido|recibi[óo]|pueden|podr[íi]an|me|cu[áa]ndo|por qu[ée])/i,
  /\bpor favor,?\s+(?:borren|eliminen|supriman|env[íi]en|manden|cancelen|corrijan|confirmen|borrar|eliminar)\b/i,
];

/**
 * True when `body` (the new text of a message, without the sender's words it echoes) is a
 * helpdesk's automatic acknowledgement: `withEcho` (the text as sent) opens with a ticket
 * announcement, or with the acknowledgement formula followed by a ticket number, a follow-up
 * promise, or nothing much else; and `body` asks for nothing.
 */
export function isHelpdeskAcknowledgement(body: string, withEcho: string = body): boolean {
  // Templates are wrapped at any word: read the text as one line.
  const text = body.replace(/\s+/g, ' ').trim();
  if (PRIVACY_REQUEST_WORDING.test(text) || ASKS.some((p) => p.test(text))) return false;
  // The formula may stand in the template's own bold ("**Hemos recibido su solicitud**"), which
  // the echo removal takes for the sender's subject: it is looked for in the text as sent.
  const head = withEcho.replace(/\s+/g, ' ').trim().slice(0, HEAD_CHARS);
  if (TICKET_ANNOUNCEMENT.some((p) => p.test(head))) return true;
  // The promise is read only where a formula stands: most mail a person writes has none.
  const promised = (): boolean => FOLLOW_UP.some((p) => p.test(text));
  if (!ACKNOWLEDGEMENT.some((p) => p.test(head))) return THANKS_FOR_CONTACT.test(head) && promised();
  return TICKET_NUMBER.test(text) || promised() || text.length <= BARE_FORMULA_CHARS;
}
