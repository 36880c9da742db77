import type { TypePattern } from './types.js';

// Spanish request phrases, on normalized text (lower-case, accents removed: "informacion").
// The ARCO vocabulary (acceso, rectificacion, cancelacion, oposicion) that Spanish-speaking
// writers know from Mexican and Spanish law is mapped onto the CCPA types (ccpa-rules table).

const W = String.raw`[^.!?\n]`;
const DATOS = String.raw`(?:datos|informacion|info|cuenta|registros?|perfil|historial|archivos?|expediente)`;
/** The data belongs to the writer: "sobre mi", "mis datos", "datos que tienen". */
export const ES_PERSONAL = new RegExp(
  String.raw`\b(?:sobre mi|de mi|acerca de mi|(?:sobre|de|acerca de) (?:mis?|sus?) (?:hij[oa]s?|nin[oa]s?|menor(?:es)?|madre|padre|mama|papa|espos[oa]|abuel[oa])|(?:mis|sus) (?:datos|registros|archivos)|(?:sobre|de) (?:el|ella)|(?:mi|su) (?:informacion|cuenta|expediente|perfil|historial)|mios|mias|mio|mia|me concier\w*|relacionad\w+ conmigo|(?:datos|informacion) (?:personal(?:es)? )?que (?:ustedes )?(?:tienen|tiene|guardan|poseen|almacenan|tengan)|me (?:la|lo|las|los) (?:pueden|podrian|puede|podria) (?:mandar|enviar|pasar|dar)|(?:me )?(?:pasen|manden|envien|den)(?:me)? todo|(?:de|sobre) (?:la |el )?(?:sra|sr|srta|senora|senor|senorita)(?:_|\b)|(?:de|sobre) (?:mi|nuestr[oa]) (?:representad[oa]|cliente|clienta|poderdante)|(?:de|sobre) (?:la|el) titular|(?:mandar|enviar|pasar|dar)(?:me)?(?:la|lo|las|los) (?:en|como))\b`,
);

/**
 * A right named with either preposition: "derecho de supresión", "derecho a la supresión",
 * "derecho al acceso". Writers use both, and a letter that names a right this way is asking it.
 */
const DERECHO = String.raw`\bderecho (?:de (?:la )?|a (?:la )?|al )`;
const rx = (source: string): RegExp => new RegExp(source, 'g');

export const ES_TYPES: TypePattern[] = [
  { type: 'deletion', name: 'borrar+objeto', re: rx(String.raw`\b(?:borr|elimin|supr|suprim|destru|quit|cancel|delet|eras|remov)\w*\b${W}{0,50}?\b(?:${DATOS}|todo(?! contacto\b)|toda|todos|me|direccion|domicilio|telefono|correo)\b|\b(?:borr|elimin|supr|quit)\w* (?:tambien )?(?:la|las|los|el) (?:de (?:el|ella|ellos|mi hij[oa]|mi espos[oa])|suya|suyas|suyo|suyos)\b`) },
  // "Dar de baja mis datos", "sáquenme de la base": taken out of the records (Ley 1581's "supresión"
  // in everyday words); "darme de baja de la lista" alone stays an unsubscribe.
  { type: 'deletion', name: 'dar-de-baja-datos', re: rx(String.raw`\b(?:dar|den|denme|darme|de|deme|doy|dieran|diera|dan)(?:me)? de baja\b${W}{0,30}?\b(?:mis datos|mi informacion|mi cuenta|mis registros|(?:la|su|sus|vuestra) bases? de datos)\b|\b(?:saquen|saquenme|sacarme|sacar|quiten|quitenme|quitarme)\b(?: me)? de (?:la|su|sus|tu|vuestra) (?:bases?(?: de datos)?|registros?|sistema)\b`) },
  // "que los borren": the object pronoun before the verb (proclitic), as "bórrenlos" puts it after.
  { type: 'deletion', name: 'los-borren', re: rx(String.raw`\b(?:lo|la|los|las) (?:borr|elimin|supr|suprim|destru)\w*`) },
  { type: 'deletion', name: 'borrenlo', re: rx(String.raw`\b(?:borr|elimin|supr|suprim|destru|quit)\w*(?:lo|la|los|las)\b`) },
  { type: 'deletion', name: 'objeto+borrado', re: rx(String.raw`\b(?:mis|mi|todos|toda)\b${W}{0,40}?\b${DATOS}\b${W}{0,30}?\b(?:borrad|eliminad|suprimid|destruid|cancelad)\w*`) },
  { type: 'deletion', name: 'derecho-supresion', re: rx(String.raw`\b(?:supresion|eliminacion|borrado|cancelacion)\b${W}{0,30}?\b(?:datos|informacion|cuenta|registros)\b|\bderecho (?:al olvido|a (?:borrar|eliminar|suprimir))\b|${DERECHO}(?:supresion|eliminacion|cancelacion)\b`) },
  { type: 'access', name: 'que-datos-tienen', personal: true, inherent: true, scope: 'categories', re: rx(String.raw`\b(?:que|cuales|cual)\b${W}{0,30}?\b(?:datos|informacion|info)\b${W}{0,50}?\b(?:tienen|tiene|guardan|guarda|almacenan|almacena|poseen|posee|recopilan|recopila|procesan|procesa|tratan|trata|conservan|han recopilado|tengan|manejan|teneis|guardais|almacenais|procesais|tratais|conservais|habeis recopilado)\b`) },
  // Colombia's habeas data (Ley 1581, art. 8(b)): the proof of the authorization the writer gave is
  // theirs to ask ("Solicito copia de la autorización que di al registrarme"): part of access.
  { type: 'access', name: 'copia-autorizacion', scope: 'specific_pieces', re: rx(String.raw`\b(?:cop(?:ia|y)|prueba|constancia)\b (?:de )?(?:la|el|mi) (?:autorizacion|consentimiento)\b`) },
  { type: 'access', name: 'copia-datos', personal: true, scope: 'specific_pieces', re: rx(String.raw`\bcop(?:ia|y)\b${W}{0,40}?\b(?:datos|informacion|registros|expediente)\b|\b(?:reporte|informe|listado) (?:completo |detallado )?de (?:todos )?(?:mis|sus) (?:datos|informacion|registros)\b`) },
  // Not what is sent to the writer that is no data of theirs: "dejen de mandarme promociones".
  { type: 'access', name: 'enviar-datos', personal: true, scope: 'specific_pieces', re: rx(String.raw`\b(?:(?:envi|mand|proporcion|facilit|entreg|remit)\w*|den|denme|darme|dar)\b(?! (?:de baja|promociones|publicidad|ofertas|correos|mensajes|sms|notificaciones)\b)${W}{0,40}?\b(?:datos|informacion)\b`) },
  { type: 'access', name: 'acceso-datos', personal: true, re: rx(String.raw`\bacceso\b${W}{0,30}?\b(?:datos|informacion|registros)\b`) },
  { type: 'access', name: 'derecho-acceso', re: rx(String.raw`${DERECHO}acceso\b|\bderecho (?:a saber|a conocer|de conocer)\b|\bsolicitud de acceso\b|\bsolicit\w* (?:el )?acceso\b`) },
  { type: 'access', name: 'saber-que-datos', personal: true, scope: 'categories', re: rx(String.raw`\b(?:(?:saber|conocer|informen|informe|informarme|indiquen|indique|indicarme|decirme|diganme|digan)\b${W}{0,30}?\b(?:que|cuales|si)|confirm\w*\b${W}{0,30}?\bsi)\b${W}{0,40}?\b(?:datos|informacion|info|proces\w*|trat\w*)\b`) },
  // "¿Cuánto tiempo guardan mi información?" asks the retention period of a practice, not what is held.
  // "¿La IA tiene acceso a mis datos?" asks who can reach the data, not what is held.
  { type: 'access', name: 'tienen-datos-mios', personal: true, inherent: true, scope: 'categories', re: rx(String.raw`\b(?<!\bcuanto tiempo (?:se )?)(?:tienen|tiene|guardan|almacenan|procesan|tratan)\b(?! acceso\b)${W}{0,20}?\b(?:datos|informacion|algun dato)\b`) },
  // "¿A quién le vendieron o le pasaron mis datos?": who received the data (§1798.115); the present
  // ("¿con quién comparten los datos?") asks about a practice.
  { type: 'access', name: 'a-quien-vendieron', inherent: true, scope: 'categories', re: rx(String.raw`\b(?:a|con) quien(?:es)? (?:le |les )?(?:vendieron|han vendido|pasaron|han pasado|compartieron|han compartido|dieron|han dado|cedieron|entregaron)\b`) },
  // "Conocer la información personal recopilada", "acceder a los datos que conservan".
  { type: 'access', name: 'conocer-la-informacion', scope: 'categories', re: rx(String.raw`\b(?:conocer|saber|acceder a|obtener)\b (?:la|los|las|toda la|todos los) (?:informacion|datos)\b (?:personal(?:es)? )?(?:recopilad\w*|recabad\w*|que (?:tienen|tengan|conservan|guardan|obra))`) },
  // "Díganme qué tienen de mí": what is held, asked with no noun for the data.
  { type: 'access', name: 'que-tienen-de-mi', inherent: true, scope: 'categories', re: rx(String.raw`\bque (?:tienen|guardan|saben|conservan|hay) (?:de|sobre) mi\b`) },
  // "Consultar mis datos": a form's or a menu's wording, sent as the whole ask.
  { type: 'access', name: 'consultar-mis-datos', scope: 'categories', re: rx(String.raw`\b(?:consultar|consulten|ver|revisar)\b (?:todos )?(?:mis|los) datos(?: personales)?\b(?= *(?:[.!]|$))`) },
  { type: 'access', name: 'categorias', scope: 'categories', re: rx(String.raw`\bcategorias de (?:los )?(?:datos|informacion)\b`) },
  { type: 'portability', name: 'portabilidad', re: rx(String.raw`\bportabilidad\b|\blegibles? por (?:maquina|maquinas|computadora)\b|\bformato (?:estructurado|electronico|digital|csv|json|excel|legible|comun)\w*|\bformato que (?:se )?pued\w+ (?:leer|abrir|importar|procesar)`) },
  { type: 'portability', name: 'formato-archivo', personal: true, re: rx(String.raw`\b(?:csv|json|excel|xml)\b`) },
  { type: 'portability', name: 'exportar-datos', re: rx(String.raw`\b(?:export|descarg|transfer|transfier|traslad)\w*\b${W}{0,30}?\b(?:datos|informacion)\b`) },
  { type: 'correction', name: 'corregir+campo', re: rx(String.raw`\b(?:corregir|corrijan|corrija|correcci|rectific|actualic|actualiz|cambi|modific|modifiqu|rectifiqu|arregl|enmend)\w*\b${W}{0,40}?\b(?:nombre|apellidos?|direccion|domicilio|fecha de nacimiento|correo|telefono|datos|informacion|registros?)\b`) },
  { type: 'correction', name: 'campo-incorrecto', re: rx(String.raw`\b(?:nombre|apellidos?|direccion|domicilio|fecha de nacimiento|correo|telefono|datos|informacion)\b${W}{0,40}?\b(?:esta|estan|es|son|aparece|aparecen|figura|figuran|consta|constan)\b${W}{0,15}?\b(?:mal|incorrect\w*|equivocad\w*|errone\w*|desactualizad\w*)`) },
  { type: 'correction', name: 'corrijanlo', re: rx(String.raw`\b(?:corrijanlo|corrijanla|arreglenlo|actualicenlo|actualicenla|corrijan esto|cambienlo|(?:corregid|actualizad|arreglad|cambiad|rectificad)(?:lo|la|los|las)|(?:corregir|actualizar|arreglar|cambiar|rectificar)(?:lo|la|los|las))\b`) },
  { type: 'correction', name: 'tienen-campo-mal', re: rx(String.raw`\b(?:tienen|tiene|aparece|figura|registraron|pusieron)\b (?:mi|el|la) (?:nombre|apellidos?|direccion|domicilio|fecha de nacimiento|correo|numero de telefono|telefono)\b${W}{0,20}?\b(?:mal|incorrect\w*|equivocad\w*|errone\w*|desactualizad\w*|viej\w*|anterior)`) },
  { type: 'correction', name: 'tienen-mal-campo', re: rx(String.raw`\b(?:tienen|tiene|aparece|esta|estan)\b (?:mal|equivocad\w*|incorrect\w*) (?:escrit\w+ )?(?:mi|el|la|mis|los) (?:nombre|apellidos?|direccion|domicilio|fecha de nacimiento|correo|telefono)\b`) },
  { type: 'correction', name: 'pueden-cambiarlo', re: rx(String.raw`\b(?:pueden|podrian|puede|podria)\b (?:ustedes )?(?:lo |la |los )?(?:cambiar|corregir|actualizar|arreglar)(?:lo|la|los)?\b`) },
  { type: 'correction', name: 'rectificacion', re: rx(String.raw`\brectificacion\b|${DERECHO}(?:rectificacion|correccion)\b|\bmal escrit\w*`) },
  { type: 'opt_out', name: 'no-vendan', selfNegating: true, re: rx(String.raw`\b(?:no|ni|dejen de|deje de|dejar de|nunca|sin|paren de|que no|abstenerse de|abstenganse de|se abstengan de)\b(?: \w+){0,3}? (?:vend|compart|ced|comercializ|sell|shar)\w*|\bno quiero que (?:\w+ ){0,3}?se (?:vend|compart|ced|comercializ)\w*|\b(?:cese|cesen|cesar|ceses|detengan|detener|suspendan|suspender)\b(?: \w+){0,4}? (?:venta|ventas|vender|cesion|comercializacion|compartir|intercambio)\b`) },
  // "Si venden mi información, no lo hagan más": the main clause names no object.
  { type: 'opt_out', name: 'si-venden-dejen', re: rx(String.raw`\b(?:parenle|parenle ya)\b(?<=\b(?:vend|compart)\w*${W}{0,80}?\bsi (?:sy|es asi),? (?:parenle|parenle ya))|\b(?:dejen de hacerlo|no lo hagan(?: mas)?|ya no lo hagan|paren|parenle|dejen de (?:venderl|compartirl)\w*)\b(?<=\bsi (?:ustedes )?(?:venden|comparten|ceden|comercializan|han vendido|han compartido|estan vendiendo|estan compartiendo)\b${W}{0,20}?\b(?:mis|mi|nuestros|sus|los datos|datos|informacion)\b${W}{0,60}?, ?(?:entonces |por favor )?(?:les pido que |quiero que )?(?:dejen de hacerlo|no lo hagan(?: mas)?|ya no lo hagan|paren|parenle|dejen de (?:venderl|compartirl)\w*))`) },
  // "Me excluyo de que compartan mis datos", "no autorizo que mi información se comparta".
  { type: 'opt_out', name: 'me-excluyo', re: rx(String.raw`\b(?:me excluyo|excluyanme|exclúyanme|excluirme)\b${W}{0,30}?\b(?:vend|venta|compart|ced|comercializ)\w*|\bno (?:autorizo|permito|consiento|doy (?:mi )?(?:permiso|autorizacion|consentimiento))\b${W}{0,40}?\b(?:vend|venta|compart|ced|comercializ)\w*`) },
  { type: 'opt_out', name: 'exclusion', re: rx(String.raw`\bexclusion voluntaria\b|\bexclusion de (?:toda|cualquier|la) (?:venta|intercambio|comercializacion|cesion)\b|\bopt(?:ar|o) por no\b|\bno (?:a la )?venta\b|\bopt[- ]?out\b`) },
  // "que no me sigan haciendo perfiles para mercadeo": an objection to profiling (§7025-style opt-out).
  { type: 'opt_out', name: 'sin-perfiles', selfNegating: true, re: rx(String.raw`\b(?:no|dejen de|sin|paren de)\b(?: \w+){0,4}? (?:perfiles|perfilar\w*|perfilamiento)\b`) },
  // The objection of Spain's LOPDGDD/RGPD (art. 21) and of the ARCO rights, in any person of
  // "oponerse" ("deseo oponerme al uso de mis datos para publicidad"), or disagreeing with a use
  // ("no estoy de acuerdo con que una computadora revise mis comprobantes"): an opt-out (labeling
  // conventions).
  { type: 'opt_out', name: 'oposicion', re: rx(String.raw`\b(?:me opongo|nos oponemos|oponerme|oponernos|oposicion|objeto|objetando|objetar|rechazo|rechazamos)\b${W}{0,60}?\b(?:venta|vender|compartir|tratamiento|procesamiento|uso|utilizacion|mercadotecnia|marketing|publicidad|perfil\w*|automatica\w*|automatizad\w*)\b`) },
  // Disagreement with a use of the data, an automated decision among them: its own "no" is the objection.
  { type: 'opt_out', name: 'desacuerdo-con-uso', selfNegating: true, re: rx(String.raw`\bno (?:estoy|estamos) de acuerdo con\b${W}{0,60}?\b(?:venta|vender|compartir|tratamiento|procesamiento|uso|utilizacion|mercadotecnia|publicidad|perfil\w*|automatica\w*|automatizad\w*|computadora|algoritmos?|inteligencia artificial)\b`) },
  // "Ejerzo mi derecho de oposición": the right named is asked, as "derecho de supresión" is.
  // Withdrawn consent to selling or marketing, as the English withdraw-consent-sale; a form's field
  // may name the consent after the verb ("Tipo de consentimiento que retiro: comunicaciones comerciales").
  { type: 'opt_out', name: 'retiro-consentimiento-venta', re: rx(String.raw`\b(?:retiro|revoco|retirar|revocar|retiramos|revocamos|retira|revoca)\b${W}{0,25}?\bconsentimiento\b${W}{0,40}?\b(?:venta|vender|vendan|compartir|compartan|cesion|ceder|comerciales|comercial|publicidad|publicitari\w*|marketing|mercadotecnia|perfil\w*)\b|\bconsentimiento (?:que )?(?:retiro|revoco|retirado|revocado)\b${W}{0,40}?\b(?:venta|vender|compartir|cesion|comerciales|comercial|publicidad|publicitari\w*|marketing|mercadotecnia|perfil\w*)\b`) },
  // "Quiero revocar mi consentimiento", "retiro mi autorización para el tratamiento de mis datos":
  // consent withdrawn with nothing else named, as the English withdraw-consent.
  { type: 'opt_out', name: 'retiro-consentimiento', re: rx(String.raw`\b(?:retiro|revoco|retirar|revocar|retiramos|revocamos)\b (?:mi|el|la|todo|cualquier|nuestro)? ?(?:consentimiento|autorizacion)\b(?: (?:para|de|al) (?:el )?(?:tratamiento|uso|procesamiento)(?: de (?:mis|los) datos(?: personales)?)?| (?:sobre|respecto a|respecto de|de|para) (?:mis|los) datos(?: personales)?)?(?: que (?:les |le )?(?:di|dimos|otorgue|otorgamos|concedi|he dado|habia dado))?(?= *(?:[.,;!]|$))`) },
  { type: 'opt_out', name: 'derecho-oposicion', re: rx(String.raw`${DERECHO}oposicion\b|\bderecho a (?:oponerme|oponerse)\b`) },
  { type: 'limit_sensitive', name: 'limitar-sensibles', re: rx(String.raw`\b(?:limit|restring|restrinj)\w*\b${W}{0,60}?\b(?:sensibl|salud|medic|biometric|genetic|geolocaliz|ubicacion|orientacion sexual|seguro social|religio|origen etnic|raza)\w*|\bderecho a limitar\b`) },
  // "... mi ubicación exacta ... Limítenlo por favor.": a limit on a pronoun, after sensitive data.
  { type: 'limit_sensitive', name: 'limitenlo', re: rx(String.raw`\b(?:limitenlo|limitenla|limitenlos|limitenlas|limitarlo|limitarla|limitarlos|limitarlas|restrinjanlo|restrinjanla|(?:limiten|limitar|restrinjan|restringir) (?:su|el) uso)\b(?<=\b(?:sensibl|salud|medic|biometric|genetic|geolocaliz|ubicacion|religio|raza|etnic|orientacion sexual|seguro social)\w*[\s\S]{0,600}?\b(?:limitenlo|limitenla|limitenlos|limitenlas|limitarlo|limitarla|limitarlos|limitarlas|restrinjanlo|restrinjanla|(?:limiten|limitar|restrinjan|restringir) (?:su|el) uso)\b)`) },
  { type: 'limit_sensitive', name: 'solo-usen-sensibles', re: rx(String.raw`\b(?:solo|solamente|unicamente)\b (?:usen|utilicen|procesen|traten|use|utilice)\b${W}{0,30}?\b(?:sensibl|salud|medic|biometric|geolocaliz|ubicacion|orientacion sexual|seguro social|religio|origen etnic|raza)\w*`) },
  // "Usen mi ubicación exacta únicamente para el buscador", "...mi orientación sexual... que solo
  // lo use mi equipo médico": a use confined to one purpose limits it.
  { type: 'limit_sensitive', name: 'usen-solo-para', re: rx(String.raw`\b(?:usen|utilicen|use|utilice)\b${W}{0,30}?\b(?:sensibl|salud|biometric|geolocaliz|ubicacion|orientacion sexual|seguro social|religio)\w*${W}{0,25}?\b(?:solo|solamente|unicamente)\b|\b(?:solo|solamente|unicamente) (?:lo |la )?(?:usen|use|utilicen|utilice)\b(?<=\b(?:sensibl|salud|biometric|geolocaliz|ubicacion|orientacion sexual|seguro social|religio)\w*[\s\S]{0,300}?\b(?:solo|solamente|unicamente) (?:lo |la )?(?:usen|use|utilicen|utilice))|\b(?:lo |la )?(?:usen|use|utilicen|utilice) (?:solo|solamente|unicamente)\b(?<=\b(?:sensibl|salud|biometric|geolocaliz|ubicacion|orientacion sexual|seguro social|religio)\w*[\s\S]{0,300}?\b(?:lo |la )?(?:usen|use|utilicen|utilice) (?:solo|solamente|unicamente))`) },
  { type: 'limit_sensitive', name: 'no-usen-sensibles', selfNegating: true, re: rx(String.raw`\b(?:(?:dejen|dejar) de (?:usar|utilizar)|no usen|no utilicen|(?:no|tampoco) quiero que (?:la |lo )?(?:usen|utilicen))\b${W}{0,45}?\b(?:sensibl|biometric|geolocaliz|ubicacion|salud)\w*`) },
];
