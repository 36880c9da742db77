import type { TypePattern } from './types.js';

// The request grammar for Spanish (see grammar-en.ts): verb stems per right take every
// conjugation and clitic ("borren", "bórrenlos", "que los borren", "quítenme", "restrinjan"), and
// the object is any noun phrase for the writer's (or a represented person's) information.

const W = String.raw`[^.!?\n]`;
// English data nouns inside Spanish frames ("deleteen mi account") are Spanglish, not English.
const NOUN = String.raw`(?:datos|informacion|info|cuentas?|registros?|perfil|historial|archivos?|expedientes?|direccion|domicilio|nombre|apellidos?|correo|telefono|fotos|cosas|todo|account|data|profile|email|address)`;
const WHAT_YOU_HOLD = String.raw`(?:todo|toda la (?:informacion|info)|todos los datos|lo) (?:lo )?que (?:ustedes )?(?:tengan|tienen|guardan|guarden|almacenan|tengan guardado|tienen guardado|sepan|saben|hayan recopilado|han recopilado)`;
/** "mis datos", "su cuenta" (a represented person's), "toda mi información", "lo que tengan de mí". */
export const ES_OBJECT = String.raw`(?:(?:todos? |todas? )?(?:(?:los|las|la|el) )?(?:mis?|sus?|tus?|nuestr[oa]s?|my) (?:\w+ ){0,2}?${NOUN}|${WHAT_YOU_HOLD}|(?:todos|todas) (?:los|las) (?:\w+ )?(?:datos|registros|archivos))`;

// Stems with their spelling changes before -e (sacar: saquen, modificar: modifiquen).
const DELETE = String.raw`(?:borr|elimin|supr|suprim|destru|quit|sac|saqu|olvid(?=enme|arme)|desapare(?:c|zc)|remuev|remov|delet)`;
// "Compartan" is a sending verb only toward the writer ("compártanme", "compartan conmigo"); bare,
// "que compartan mis datos" is the sharing an opt-out refuses.
const SEND = String.raw`(?:(?:envi|mand|proporcion|facilit|entreg|remit|muestr|ensen)\w*|hag\w* llegar|(?:den|dar|pasen|pasar)(?:me|nos)?|compartan(?:me|nos)|compartan conmigo)\b(?! de baja)`;
const FIX = String.raw`(?:correg|corrij|rectifi|actualic|actualiz|cambi|modifi|arregl|enmend|compon)`;
const PLACE = String.raw`(?:sistemas?|base de datos|bases de datos|registros|archivos|plataforma|servidores|lista de clientes|pagina|aplicacion|app)`;

/** For a copy: the information as a whole, not one field ("mandó una solicitud a mi nombre"). */
const ES_DATA_OBJECT = String.raw`(?:(?:todos? |todas? )?(?:(?:los|las|la|el) )?(?:mis?|sus?|tus?|nuestr[oa]s?|my) (?:\w+ ){0,2}?(?:datos|informacion|info|registros?|historial|archivos?|expedientes?|todo|data)|${WHAT_YOU_HOLD}|(?:todos|todas) (?:los|las) (?:\w+ )?(?:datos|registros|archivos))`;

/** Every verb stem of the families, for the sentence-mood grammar (phrases-es.ts imperative). */
export const ES_VERB_STEMS = String.raw`(?:borr|elimin|suprim|destru|quit|saqu|olvid|correg|corrij|rectifiqu|actualic|cambi|modifiqu|arregl|envi|mand|proporcion|facilit|entreg|remit|muestr|transfier|traslad|export|descarg|limit|restrinj|restring|exclu|cancel)`;

const rx = (source: string): RegExp => new RegExp(source, 'g');
/** The writer's data as a source is asked of it: "mis datos", "mi número", "mi correo". */
const MY_CONTACT_DATA = String.raw`(?:mis datos|mi numero|mi (?:correo|telefono|informacion|direccion|email))`;

export const ES_GRAMMAR: TypePattern[] = [
  // "¿De dónde sacaron mis datos?" asks where the data came from (access), not to take it out.
  { type: 'deletion', name: 'gramatica:borrar+objeto', re: rx(String.raw`(?<!\bde donde )\b(?!(?:borrad|eliminad|suprimid|quitad)\w*)${DELETE}\w*\b${W}{0,30}?\b${ES_OBJECT}\b(?! de usuario)`) },
  // "que me quiten de su sistema", "sáquenme de sus registros": the writer is the object.
  // "Me eliminen de cualquier audiencia o segmento publicitario" takes the writer out of ad
  // targeting (opt-out), not their data out of our records.
  { type: 'deletion', name: 'gramatica:me-quiten-de', re: rx(String.raw`\b(?:me|nos|la|lo) ${DELETE}\w* (?:de|del)\b(?! (?:\w+ )?(?:audiencias?|segmentos?)\b)|\b${DELETE}\w*(?:me|nos) (?:de|del)\b(?=${W}{0,20}?\b${PLACE}\b)`) },
  // "que no conserven ninguno de mis datos": retention refused is deletion.
  { type: 'deletion', name: 'gramatica:no-conserven', selfNegating: true, re: rx(String.raw`\b(?:no|nunca|dejen de|ya no)\b (?:\w+ ){0,2}?(?:conserv|guard|almacen|manteng|reteng|teng)\w*(?:en|an)\b${W}{0,15}?\b(?:ningun\w*|nada|${ES_OBJECT})`) },
  { type: 'access', name: 'gramatica:enviar+copia', personal: true, scope: 'specific_pieces', re: rx(String.raw`\b${SEND}${W}{0,20}?\b(?:(?:una )?(?:copia|reporte|informe|lista|listado|resumen) (?:de|con) ${W}{0,15}?)?${ES_DATA_OBJECT}\b`) },
  // "¿De dónde sacaron mis datos?", "¿Quién les dio mi número?": the source of the data held is
  // part of access (§1798.110(a)(2)), asked as the question itself.
  { type: 'access', name: 'gramatica:de-donde-sacaron', inherent: true, scope: 'categories', re: rx(String.raw`\b(?:de donde|como) (?:sacaron|obtuvieron|consiguieron|tienen|tomaron|han sacado|han obtenido|han conseguido)\b${W}{0,10}?\b${MY_CONTACT_DATA}\b|\bquien (?:les|te|le) (?:dio|paso|facilito|vendio|ha dado|ha pasado|dieron|pasaron) ${MY_CONTACT_DATA}\b`) },
  { type: 'access', name: 'gramatica:copia-de-lo-que-tienen', scope: 'specific_pieces', re: rx(String.raw`\b(?:copia|reporte|informe|lista|listado|resumen) (?:de|con) ${W}{0,15}?${WHAT_YOU_HOLD}`) },
  { type: 'correction', name: 'gramatica:corregir+objeto', re: rx(String.raw`\b${FIX}\w*\b${W}{0,20}?\b${ES_OBJECT}\b(?!${W}{0,15}?\b(?:contrasena|usuario|tarjeta)\b)`) },
  { type: 'correction', name: 'gramatica:objeto-esta-mal', re: rx(String.raw`\b${ES_OBJECT}\b${W}{0,25}?\b(?:esta|estan|es|son|aparece|aparecen|sale|salen|quedo|quedaron)\b (?:\w+ )?(?:mal|incorrect\w*|equivocad\w*|errone\w*|desactualizad\w*|viej\w*)`) },
  { type: 'opt_out', name: 'gramatica:no-vendan', selfNegating: true, re: rx(String.raw`\b(?:no|nunca|dejen de|deje de|que no|sin)\b(?: \w+){0,3}? (?:vend|compart|ced|comercializ|transfier|pas|regal|rent)\w*\b${W}{0,30}?\b(?:terceros|otras empresas|anunciantes|socios|publicidad|nadie|brokers|corredores)\b`) },
  // "Solicito que se deje de tratar mis datos para envío de publicidad": a stop on processing the
  // writer's data for advertising or profiling is the ARCO/GDPR objection (oposición), an opt-out.
  { type: 'opt_out', name: 'gramatica:dejen-de-tratar-para-publicidad', selfNegating: true, re: rx(String.raw`\b(?:dej\w+|ces\w+|absten\w+|no (?:sigan|continuen|vuelvan) a|no) (?:de )?(?:trat|us|utiliz|proces|emple|explot)\w*\b${W}{0,20}?\b${ES_OBJECT}\b[^.!?\n]{0,100}?\b(?:publicidad|publicitari\w*|mercadotecnia|marketing|mercadeo|promocion\w*|prospeccion comercial|fines comerciales|perfil\w*)\b`) },
  { type: 'opt_out', name: 'gramatica:hacer-opt-out', re: rx(String.raw`\b(?:hacer|quiero|solicito|pido|ejerzo|ejercer)\b${W}{0,20}?\b(?:opt[- ]?out|exclusion|no venta)\b`) },
  { type: 'limit_sensitive', name: 'gramatica:restringir-sensibles', re: rx(String.raw`\b(?:limit|restring|restrinj|reduzc|minimic)\w*\b${W}{0,40}?\b(?:sensibles?|ubicacion|geolocalizacion|biometric\w*|huellas?|salud|seguro social|licencia|pasaporte)\b`) },
];
