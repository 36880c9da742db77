/**
 * Mail that says it was meant for someone else ("this email was meant for Harbor Lane", "you have
 * sent this message to the wrong person"), or a family's letter that reached the wrong box ("Hi
 * honey, ... Love you! Mom"): junk of the kind `misdirected` (detect-not-privacy.ts),
 * and a body that makes its subject ("Wrong address") a name for the mistake, not a correction
 * asked (gather-evidence.ts). On normalized text.
 */
export const MISDIRECTED = /\b(?:(?:this|my|the) (?:e-?mail|message) was (?:meant|intended) for\b|sent (?:(?:this|it|the|your)(?: e-?mail| message)? )?to the wrong (?:e-?mail )?(?:address|person|company|recipient)|wrong (?:e-?mail )?address, sorry|not meant for you)|^(?:hi|hey|dear) (?:honey|sweetie|sweetheart|darling|kiddo)\b|\blove(?: you)?[,!.]*\s+(?:mom|mum|dad|grandma|grandpa|nana)\s*$/m;
