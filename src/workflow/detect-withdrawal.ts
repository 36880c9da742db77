/**
 * Wording that withdraws a request, or denies having authorized an agent (the consumer
 * confirmation asks for "I did not authorize this"). Pure; English and Spanish.
 */
const WITHDRAWAL = [
  /\b(?:withdraw|cancel|retract)\b[^.!?\n]{0,40}\b(?:request|it)\b/i,
  /\b(?:retiro|retirar|cancelo|cancelar|anulo|anular)\b[^.!?\n]{0,40}\bsolicitud\b/i,
];

/** The answer our consumer confirmation asks for when the consumer gave no permission (§7063(a)). */
const DISOWNING = [
  /\bdid not authori[sz]e\b|\bdidn'?t authori[sz]e\b|\bnever authori[sz]ed\b/i,
  // `\b` does not follow an accented letter in JS regexps: look for a non-letter instead.
  /\b(?:no (?:lo |la )?|nunca )autoric[eé](?!\p{L})/iu,
];

/** True when the text says the writer gave no one permission to ask for them. */
export function detectDisowning(text: string): boolean {
  return DISOWNING.some((pattern) => pattern.test(text));
}

/** True when the text asks to withdraw the request (or says the agent was not authorized). */
export function detectWithdrawal(text: string): boolean {
  return WITHDRAWAL.some((pattern) => pattern.test(text)) || detectDisowning(text);
}
