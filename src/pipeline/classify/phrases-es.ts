import { ES_BACKOFF, ES_BACKOFF_TRIGGERS } from './backoff-patterns.js';
import { ES_GRAMMAR, ES_VERB_STEMS } from './grammar-es.js';
import { ES_PERSONAL, ES_TYPES } from './phrases-es-types.js';
import { REPORTS_EARLIER_REQUEST, type PhraseTable } from './types.js';

// Sentence-level cues for Spanish, on normalized text (accents removed). Spanish marks questions
// with "?" (and usually an opening one), so question detection leans on punctuation.
const LEAD = String.raw`^(?:\W*(?:hola|buenas|buenos dias|oigan|bueno|y|tambien|pero|una pregunta)\b\W*)*`;
const W = String.raw`[^.!?\n]`;

// "Cancelen la eliminación de mi cuenta", "detengan el borrado": withdrawing names the request or
// the action it asked for; "cancelen mi cuenta" names none and stays a closing request.
const WITHDRAWAL = new RegExp(
  String.raw`\b(?:retiro|cancelo|anulo|retirar|cancelar|anular|desisto|cancelen|anulen|detengan|paren|frenen|suspendan|detener|parar|suspender|deshagan)\b${W}{0,20}?\b(?:mi|la|esta|esa|el|ese|este)\b${W}{0,20}?\b(?:solicitud|peticion|eliminacion|borrado|supresion|cierre)\b`,
);

// "Los usuarios pueden eliminar su cuenta en la configuración", "la aplicación elimina la cuenta
// después de 30 días", "se puede borrar desde el perfil": what users or the product can or will
// do, described, asks nothing (issue 16); the writer's own data named, or an ask in the clause
// ("por favor asegúrense de que la app elimina la cuenta"), keeps it an ask.
const DESCRIBED_ACTOR = String.raw`(?:(?:los |las )?(?:usuari[oa]s|clientes|personas|miembros|suscriptores|socios|padres)|cualquiera|(?:la|su|esta) (?:app|aplicacion|empresa|compania|plataforma|pagina|web|tienda)|(?:el|su|este) (?:sistema|servicio|sitio|programa))`;
const DESCRIBED_VERB = String.raw`(?:eliminar|borrar|suprimir|cerrar|descargar|exportar|corregir|actualizar|cancelar|solicitar)`;
const DESCRIBED_ACTION_RE = new RegExp(
  String.raw`\b${DESCRIBED_ACTOR} (?:(?:pueden|puede|podran|podra)(?: tambien| facilmente| solo)? ${DESCRIBED_VERB}|(?:tambien |automaticamente )?(?:elimina|eliminan|borra|borran|suprime|suprimen|cierra|cierran|cancela|cancelan))\b|\bse (?:puede|pueden|podra|podran) ${DESCRIBED_VERB}\b`,
);
const CONTROL = String.raw`(?:boton|botones|enlace|enlaces|link|opcion|pagina|formulario|pestana)`;
const FAILS = String.raw`(?:no (?:funciona|funcionan|sirve|sirven|hace nada|hacen nada|carga|abre|responde|jala)|(?:da|dan|marca|sale|salen|aparece|arroja|manda) (?:un )?error|esta (?:roto|rota|caido|caida|bloqueado|bloqueada|desactivado|desactivada))`;
const BROKEN_CONTROL = new RegExp(
  String.raw`\b${CONTROL}\b${W}{0,30}?\b${FAILS}\b|\b${FAILS} (?:el|la|los|las) ${CONTROL}\b`,
);

export const ES: PhraseTable = {
  lang: 'es',
  types: [...ES_TYPES, ...ES_GRAMMAR],
  backoff: { types: ES_BACKOFF, triggers: ES_BACKOFF_TRIGGERS },
  triggers: {
    deletion: /de baja|desapare|borr|elimin|supr|destru|quit|sac|saqu|conserv|guard|almacen|manteng|reteng|tengan|olvid|desaparec|cancel|olvido|delet|eras|remov/,
    access: /dato|info|de donde|sacaron|obtuvieron|consiguieron|registro|acceso|copia|expediente|categorias|cuenta|perfil|historial|lo que|quien|tienen de|guardan de|saben de/,
    portability: /portab|legible|formato|csv|json|excel|xml|export|descarg|transfer|transfier|traslad/,
    correction: /correg|corrij|correcc|rectifi|actualic|actualiz|cambi|modifi|arregl|enmend|incorrect|equivocad|errone|desactualizad|mal/,
    opt_out: /vend|venta|compart|no est(?:oy|amos) de acuerdo|transfier|regal|rent|ced|comercializ|exclusion|opt|opon|oposicion|objet|rechaz|perfil|shar|sell|publici|mercadotecnia|mercadeo|marketing|promocion|consentimiento|autorizacion/,
    limit_sensitive: /limit|restring|restrinj|reduzc|minimic|salud|medic|genetic|solo|solamente|unicamente|sensibl|biometric|geolocaliz|ubicacion|orientacion|seguro social|religio/,
  },
  personal: ES_PERSONAL,
  vetoes: [
    // "Envíe sus datos bancarios para recibir el pago", "le pedimos que actualice su información de
    // cuenta": the reader asked to send or update the reader's own data, the shape of phishing and
    // of a company's notice, not a person asking us; "actualicen su registro con mis datos nuevos"
    // still asks a correction, and "quiero que me manden sus datos" (an agent, of the person they
    // act for) still asks access.
    { type: 'access', re: /(?<!\b(?:me|nos|le) )\b(?:envie|envien|mande|manden|proporcione|proporcionen|facilite|faciliten|remita|remitan)(?:nos)? (?:todos )?(?:sus|su) (?:datos|informacion|detalles|credenciales)\b/, unless: /\b(?:mis?|sobre mi|de mi)\b/, why: 'asks the reader for their own data, as phishing does' },
    { type: 'correction', re: /\b(?:actualice|actualicen|verifique|verifiquen|confirme|confirmen|valide|validen|ingrese|ingresen|introduzca|introduzcan) (?:todos )?(?:sus|su) (?:datos|informacion|detalles|credenciales)\b/, unless: /\b(?:mis?|sobre mi|de mi)\b/, why: 'asks the reader to update their own data, as phishing does' },
    { type: 'any', re: /\bgracias por (?:borrar|eliminar|suprimir|enviar|mandar|corregir|actualizar|procesar|atender|cancelar)\b/, why: 'thanks for a request already handled' },
    { type: 'opt_out', re: /\bno (?:se|sabemos|estoy segur[oa]|tengo idea de) (?:si|quien|como|por que|a quien)\b/, why: 'a doubt about sharing, not a refusal of it' },
    // "Me mandaron un enlace para eliminar la cuenta": a link named by what it does asks nothing.
    { type: 'any', re: /\b(?:un|el|del|al|ese|este) (?:enlace|link|boton|formulario)\b (?:para|de) (?:eliminar|borrar|descargar|cerrar|exportar|darme de baja)\b/, why: 'names a link or button, asks nothing' },
    // El enlace "No vender mi información" no funciona: names the link, asks nothing.
    { type: 'any', re: /\b(?:enlace|link|boton|pagina|opcion|formulario|pestana) (?:de |que dice |llamad[oa] )?"[^"\n]{3,60}"|"[^"\n]{3,60}" (?:de (?:su|la) )?(?:enlace|link|boton|pagina|opcion)\b/, why: 'names a link or button, asks nothing' },
    // "El enlace para borrar mi cuenta da error": a broken control is account help, asks nothing.
    { type: 'any', re: BROKEN_CONTROL, why: 'reports a broken link or button, asks nothing' },
    // "Hace tres semanas mandé una solicitud para borrar mis datos": reports an earlier request.
    { type: 'any', re: /\b(?:mande|envie|hice|presente|meti|solicite|realice|ingrese) (?:una|mi|la) (?:\w+ )?(?:solicitud|peticion)\b/, why: REPORTS_EARLIER_REQUEST },
    { type: 'any', re: WITHDRAWAL, why: 'withdraws an earlier request' },
    // "Eliminen mi correo de su lista": an address taken off a list is an unsubscribe, as "remove
    // my email from your list" is in English; "mis datos de su lista de clientes" stays a deletion.
    { type: 'deletion', re: /\b(?:lista|listas) de (?:correo|correos|distribucion|envio|mails?|e-?mails?|promociones|ofertas|difusion|whatsapp|mensajes)\b|\bboletin\w*|\bcita\b|\b(?:mi|mis) (?:correos?|e-?mails?|direccion(?:es)? de correo|numeros?(?: de (?:telefono|celular|movil))?|telefonos?) de (?:su|sus|la|las|esta|estas|vuestra) listas?\b(?! de (?:clientes|pacientes|usuarios|datos))|\b(?:borrenme|eliminenme|quitenme|sacenme|saquenme|borrarme|eliminarme|quitarme|sacarme) de (?:su|sus|la|las|esta|estas|vuestra|tu|tus) listas?\b(?! de (?:clientes|pacientes|usuarios|datos|deudores|morosos))/, why: 'mailing-list or appointment cancellation, not a deletion request' },
    { type: 'deletion', re: /\b(?:ya|fue|fueron|han sido|ha sido)\b(?: \w+)? (?:borrad|eliminad)\w*|\b(?:yo|ya) (?:borre|elimine|cancele)\b/, why: 'describes a past deletion, not a request' },
    { type: 'correction', re: /\b(?:contrasena|usuario|cita|tarjeta|metodo de pago|suscripcion)\b|\bcorreo (?:correcto|adecuado)\b/, why: 'account settings, not personal-information correction' },
    // "Les digo si quiero que los borren", "tal vez más adelante pida que borren mi cuenta": a wish
    // not yet made asks nothing.
    { type: 'any', re: /\bsi (?:quiero|queremos|deseo|necesito) que\b|\b(?:tal vez|quizas|quiza|a lo mejor)\b[^.!?\n]{0,30}?\b(?:mas adelante|despues|luego|en el futuro|algun dia)\b/, why: 'a wish not yet decided, asks nothing' },
    // "Eliminen mi tarjeta vieja", "borren mi cita del jueves": account help, not personal data.
    { type: 'deletion', re: /\b(?:elimin|borr|quit|cancel)\w*\b(?: \w+){0,3}? (?:citas?|tarjetas?|metodo de pago|recordatorios?|pago automatico|domiciliacion)\b/, why: 'an appointment or a payment card: account help' },
    // "¿Venden mis datos?" asks about a practice; "con quién la comparten" asks who received the
    // data, which is the right to know (§1798.110(a)(4)).
    { type: 'access', re: /\b(?:venden|vende|vendido|venta|comparten|compartido)\b/, unless: /\b(?:con|a) quien(?:es)?\b|\blista de\b/, why: 'asks about sale or sharing, not for a copy' },
    { type: 'any', re: DESCRIBED_ACTION_RE, unless: /\b(?:mi|mis|me|mio|mia|nuestr[oa]s?|por favor|asegurense|aseguren|confirmen que|deben|debe|quiero|solicito|pido|exijo)\b/, why: 'describes what users or the product can do, asks nothing' },
    // "Opto por no participar en el estudio", "opt-out del programa beta": the object is a program,
    // a study or a product, not the sale or sharing of data, advertising or profiling (§1798.120).
    { type: 'opt_out', re: new RegExp(String.raw`\b(?:opt(?:ar|o|amos) por no (?:participar|seguir|formar parte)|opt[- ]?out|exclusion voluntaria)\b (?:en|de|del) (?:el |la |los |las |este |esta |su |sus |mi )?(?:[\w-]+ ){0,3}?(?:programas?|estudios?|investigacion|pruebas?|beta|funcion(?:es)?|funcionalidad(?:es)?|aplicacion|app|actualizacion(?:es)?|concursos?|sorteos?|eventos?|cursos?|planes|plan|membresia|arbitraje|renovacion(?:es)?|experimentos?)\b`), unless: /\b(?:vend\w*|venta|compart\w*|cesion|ced\w*|publicidad|publicitari\w*|mercadotecnia|marketing|perfil\w*|datos|informacion)\b/, why: 'opts out of a product, program or study, not of sale or sharing' },
    { type: 'opt_out', re: new RegExp(String.raw`\b(?:dice|dicen|entiendo|se que|lei|segun)\b${W}{0,40}?\bno (?:venden|comparten)\b`), why: 'restates a policy of not selling' },
  ],
  disclaimer: /\b(?:destinatario previsto|recibido este (?:correo|mensaje) por error|aviso de confidencialidad|intended recipient)\b/,
  ask: /\b(?:por favor|favor de|please|pls|solicito|solicitamos|pido|pedimos|le pido|les pido|quiero|quisiera|queremos|deseo|deseamos|necesito|me gustaria|exijo|requiero|agradecere|agradeceria|sirvanse|ruego|por la presente|solicitar|ejercer|estoy (?:solicitando|pidiendo))\b/,
  politeAsk: new RegExp(String.raw`${LEAD}\W*(?:(?:(?:me|nos|se|lo|la|los|las|le|les) ){0,2}(?:pueden|podrian|puede|podria|podes|podrias|podeis|podriais)(?: ustedes| vosotros)?(?: por favor)? (?:borr|elimin|envi|mand|compartir|correg|dec|dar|proporcion|indic|actualiz|confirm|inform|cambi|arregl|quit|sac|dej|limit|restring|export|descarg|transfer|pas)|(?:puedo|podria|podre) (?:por favor )?(?:obtener|recibir|tener|ver|solicitar|pedir|conseguir)\b|seria posible que|es posible que (?:me|ustedes)|(?:serian|seria) (?:tan )?amables? de|(?:tendrian|tendria) la amabilidad de|(?:me )?(?:harian|haria) el favor de)`),
  // The usted/ustedes imperative (= present subjunctive) of any verb of the families, with its
  // clitics: "bórrenlos", "sáquenme", "restrinjan", "que los borren", "favor de eliminar".
  imperative: new RegExp(String.raw`${LEAD}\W*(?:borren|borre|eliminen|elimine|envien|envienme|mandenme|manden|denme|corrijan|corrija|actualicen|actualice|no vendan|no compartan|dejen|digan|diganme|indiquenme|proporcionenme|faciliten|cancelen|supriman|quiten|limiten|rectifiquen|(?:que |no )?(?:me |nos |lo |la |los |las |le |les )?${ES_VERB_STEMS}\w*(?:en|an|e|a)(?:me|nos|lo|la|los|las|le|les|selo|sela|selos|selas)?|favor de)\b`),
  procedure: /\b(?:(?:una )?pregunta (?:sobre|acerca)|duda (?:sobre|acerca)|como (?:puedo|hago|se|podria|debo|hacer|solicito|pido|le hago)|cual es el (?:proceso|procedimiento)|que (?:tengo|debo|necesito) (?:que )?hacer|donde (?:puedo|se|debo)|hay (?:un|algun) (?:formulario|proceso|enlace|procedimiento)|cuales son los pasos|(?:quiero|quisiera|queria|necesito|me gustaria|deseo) saber (?:si (?:puedo|podria|es posible|se puede|seria posible)|cuando|como|cuanto tiempo|por que|en que (?:casos|momento)|donde))\b/,
  // "Quiero eliminar mi cuenta", "necesito actualizar mis datos": an infinitive right after the
  // want, the writer its doer; "quiero que eliminen" or "quiero solicitar" ask something of us.
  ownWant: /\b(?:quiero|queria|quisiera|deseo|deseaba|necesito|me gustaria|intento|estoy intentando|trate de|he intentado) (?!(?:solicitar|pedir|ejercer|saber|conocer|recibir|tener|obtener|que)\b)[a-z]+(?:ar|er|ir)(?:me|lo|la|los|las)?\b/,
  howToDoIt: /\b(?:como (?:procedo|lo hago|hago|puedo|podria|debo|se hace|se puede|hacerlo)|que (?:debo|tengo que|hay que|necesito) hacer|donde (?:puedo|debo|se hace)|(?:indiquen|diganme|expliquen|indiqueme|digame|expliqueme)(?:me)? como|cual es el (?:procedimiento|proceso|tramite)|cuales son los pasos)\b/,
  whatIsHeld: /\bque\b[^?]*\b(?:de|sobre) (?:mi|mis|nosotros|nuestros?)\b|\b(?:que|cuales) (?:datos|informacion)\b(?!(?: personal(?:es)?)? (?:revela|revelan|comparte|comparten|vende|venden|cede|ceden)\b)/,
  youCan: /\b(?:pueden|podrian|puede|podria|podes|podrias|podeis|podriais)\b/,
  // As in English (phrases-en.ts): the writer's failed attempt ("no puedo", "no encuentro la
  // opción para"; "he intentado" alone is left out, as "trying to" is), a missing control ("no
  // hay forma de") or an embedded how ("cómo podría"), right before the right's phrase.
  selfService: /(?:\bno (?:me |lo |la )?(?:puedo|pude|podemos|logro|logre|consigo|consegui|he podido|hemos podido|deja|permite)|\bno (?:encuentro|encontre|veo|hallo) (?:la |el |una |un |ninguna |ningun )?(?:forma|manera|opcion|boton|enlace|modo) (?:de|para)|\bno (?:hay|existe|aparece) (?:\w+ )?(?:forma|manera|opcion|boton|enlace|modo) (?:de|para)|\bcomo (?:yo )?(?:podria|puedo|debo|hago para|se puede)) (?:(?:completamente|definitivamente|totalmente) )?$/,
  // As in English: the act as the time of the clause ("Al intentar eliminar mi cuenta me sale un
  // error", "Después de borrar mi cuenta sigo recibiendo correos"), a report of what happened.
  actAsSubject: /^\W*(?:al|tras|despues de|luego de|cuando) (?:intentar |tratar de |querer )?(?:eliminar|borrar|cancelar|cerrar|dar de baja|suprimir|descargar|exportar|cambiar|actualizar|intente|intento|elimine|borre)\b/,
  // Without accents "que", "como", "tienen" open statements as often as questions; Spanish
  // marks questions with "?", so only unambiguous openers count without one.
  questionStart: new RegExp(String.raw`${LEAD}\W*(?:cual|cuales|donde|cuando|quien|puedo)\b`),
  conditionalStart: new RegExp(String.raw`${LEAD}(?:si|en caso de que|suponiendo)\b`),
  hypothetical: /\b(?:puedo|podria)\b[^.!?\n]*\bsi (?:yo|tengo|debo|mi)\b|\bque pasa(?:ria)? (?:si|con)\b|\bsi (?:yo )?(?:borro|elimino|cierro|pido|solicito|cancelo)\b|\b(?:perderia|perdere)\b/,
  negation: /\b(?:no|nunca|sin|tampoco|ni)\b/g,
  negationBridge: new Set(
    ('quiero quieren queria quisiera deseo pido solicito necesito estoy pidiendo solicitando que me mi mis los las la el ' +
      'de a se lo les por favor ustedes toda todo todos ninguna ningun nada').split(' '),
  ),
  clauseBreak: /[,;:()]|\b(?:pero|sino|solo|solamente|sin embargo|aunque|porque|ya que|asi que)\b|\by (?:por favor|tambien|ademas)\b/g,
  // "Hace dos meses mandé una solicitud de borrado. Por favor atiéndanla ya.": restates it.
  restatesEarlier: /\b(?:haganlo(?: ya)?|procesenla|procesenlo|atiendanla|atiendanlo|tramitenla|tramitenlo|cumplanla|cumplanlo|resuelvanla|completenla|den(?:le)? tramite)\b|\bpor favor (?:atiendan|procesen|tramiten|resuelvan|cumplan|completen) (?:mi|la|esa|dicha) (?:solicitud|peticion)\b/,
  goAhead: /\b(?:por favor (?:haganlo|procedan)|consideren (?:este|esta) (?:correo|mensaje|carta) (?:como )?(?:mi|una) (?:solicitud|peticion)|este (?:correo|mensaje) es (?:mi|una) (?:solicitud|peticion)|(?:si es asi|si sy|si los tienen|si la tienen|si lo tienen),? (?:por favor )?(?:borren\w*|eliminen\w*|haganlo|mandenmel\w*|envienmel\w*|denmel\w*))\b/,
  withdraw: new RegExp(String.raw`${WITHDRAWAL.source}|\bolviden (?:mi|el) (?:correo|mensaje|solicitud)\b|\b(?:cambie|cambiamos) de (?:opinion|parecer|idea)\b|\blo (?:pense|pensamos) mejor\b|\bme arrepenti\b`),
  hipaa: /\b(?:(?:informacion|datos) (?:medic|de salud|clinic)\w*|(?:expediente|historial|historia|registros?|archivos?|resultados|informes?|notas|record) (?:medic|clinic|de salud|de laboratorio|del laboratorio|de analisis|de mi doctor|hospitalari)\w*|mis (?:analisis|resultados|recetas|radiografias|examenes)|facturas?|facturacion|cobr(?:o|aron|os|an|ado|ando)|estado de cuenta|saldo|hipaa|seguro medico|reclamos? (?:al|del) seguro)\b/,
  saleQuestion: /\b(?:venden|vende|comparten|comparte|han vendido|han compartido|vendieron|compartieron)\b/,
  unsubscribe: /\b(?:dar(?:me)? de baja de (?:la|su|sus) (?:lista|boletin)|desuscrib\w*|cancelar (?:la )?suscripcion|no (?:me )?(?:envien|manden) (?:mas )?(?:correos|boletines|publicidad|promociones))\b/,
  legalTerms: /\b(?:ccpa|cpra|ley de privacidad del consumidor de california|1798\.\d+|codigo civil|rgpd|gdpr|por la presente|articulo \d+)\b/,
  // The GDPR's restriction of processing (art. 18) has no CCPA right of its own: a request, for staff to read.
  genericRequest: /\b(?:solicitud (?:de privacidad|ccpa|de datos|de derechos)|ejercer mis derechos|mis derechos (?:bajo|segun|conforme) (?:la )?(?:ccpa|ley)|(?:solicito|pido|requiero|ejerzo|ejercer|deseo|quiero)\b[^.!?\n]{0,30}?\b(?:limitacion|bloqueo|suspension)(?: temporal)? del tratamiento)\b/,
  pleadingSubject: /\b(?:por favor|porfa|favor de|solicito que)\b|\b(?:pueden|podrian|podrias|puede|podria|podeis)\b(?: por favor)? (?:ayudarme a )?(?!(?:decirme|explicarme|indicarme|informarme|orientarme|ayudarme)\b)\w+/,
  followUp: /\b(?:(?:les? )?envie (?:una|mi|la) (?:solicitud|peticion|carta)|mi (?:solicitud|peticion) (?:anterior|previa|original)|no (?:he|hemos) recibido|sin respuesta|sigo esperando|todavia no (?:me )?(?:han|recibo)|aun no (?:me )?(?:han|recibo)|respond\w* (?:a )?mi (?:solicitud|peticion)|recordatorio)\b/,
  pointsBelow: /\b(?:ver (?:abajo|mas abajo)|vea(?:n)? (?:abajo|el correo de abajo|mi (?:correo|mensaje|solicitud) (?:de )?abajo|adjunto)|reenvio (?:mi|la|el)|les? reenvio|mi (?:solicitud|correo|mensaje) (?:anterior|original))\b/,
  // A lawyer or representative names the role and the client ("Soy abogada de la Sra. Pérez",
  // "en representación del Sr. Campos", "mi representado"); "del" is "de" + "el". A form's "Confirmo
  // que soy el titular de estos datos o actúo en representación del titular" offers both, and
  // names no one else: the writer of "mis datos" is the consumer.
  agent: /\b(?:en nombre del?|de parte de (?:mi|su|nuestr)|(?<!\bo (?:actuo |estoy actuando |que actuo )?)en representacion del?|(?:soy|como|en mi calidad de|actuo como|actuando como) (?:el |la |su )?(?:abogad[oa]|representante|apoderad[oa]|agente|gestor[a]?)(?: legal| autorizad[oa])? (?:de|del)|mis? representad[oa]s?|agente autorizado|represento a|representamos a|mi cliente|nuestro cliente|actuando (?:por|en nombre)|poder notarial|carta poder|apoderad\w*|por mi (?:madre|padre|mama|papa|esposo|esposa|abuela|abuelo|hermano|hermana)|mi (?:madre|padre|mama|papa|esposo|esposa|abuela|abuelo|hermano|hermana|tia|tio|amiga|amigo)\b[^.!?\n]{0,40}?\b(?:me pidio|quiere|me autorizo|desea|fallecio|murio|no habla|no sabe|no puede)|(?:le|la|lo) (?:ayudo|estoy ayudando)\b[^.!?\n]{0,40}?\b(?:mi )?(?:madre|padre|mama|papa|esposo|esposa|abuela|abuelo)|tengo su (?:autorizacion|permiso|poder))\b/,
  parent: /\b(?:mis? (?:hijo|hija|hijos|hijas|nino|nina|menor)|soy (?:la |el )?(?:madre|padre|mama|papa|tutor\w*)(?: legal)? de(?! (?:mi|mis|nuestr\w+) (?:hermano|hermana|madre|padre|mama|papa|esposo|esposa|marido|abuel\w+|tio|tia|primo|prima|sobrin\w+|cliente|clienta|amig\w+))|(?:un|una|del|de la|de un|de una) menor\b|menor de edad)\b/,
  adultChild: new RegExp(String.raw`\b(?:(?:hijo|hija|hijos|hijas)\b${W}{0,30}?\b(?:(?:1[89]|[2-9]\d) anos|(?:tiene|tienen|cumplio|cumplieron) (?:ya )?(?:1[89]|[2-9]\d)\b(?! (?:meses|semanas|dias))|(?:es|son|ya es|ya son) (?:mayor|mayores|adult[oa]s?)\b)|(?:hijo|hija) (?:mayor de edad|adulto|adulta))\b`),
  sosRegistration: /\bsecretari[oa] de estado\b|\bregistrad[oa] en (?:el estado de )?california\b/,
  permissionWording: new RegExp(String.raw`\b(?:adjunt|anex|incluyo|envio)\w*\b${W}{0,60}?\b(?:autorizacion|permiso|poder|carta poder|consentimiento|formulario firmado|carta firmada)\b|\b(?:autorizacion|permiso|poder notarial|carta poder)\b${W}{0,30}?\b(?:adjunt|anex)\w*`),
};
