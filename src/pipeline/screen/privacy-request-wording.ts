/**
 * Opening wording of a CCPA/CPRA request or of an authorized agent writing for a consumer,
 * English and Spanish. Used only to keep such a message from being screened out on a weak cue,
 * never to turn machine mail into a request. Marketing footers ("Do Not Sell My Personal
 * Information") are deliberately not matched: newsletters carry them too.
 */
export const PRIVACY_REQUEST_WORDING =
  /\b(authori[sz]ed agent|agente autorizado)\b|\b(ccpa|cpra|california consumer privacy act)\b[^]{0,120}\b(request|solicitud)\b|\b(request|solicitud)\b[^]{0,120}\b(ccpa|cpra|california consumer privacy act)\b/i;
