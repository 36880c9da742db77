/**
 * A subject's reply or forward prefixes, in several languages and as clients number them ("Re:",
 * "AW:", "RV:", "Fwd: Re[2]:"): they say the mail answers or passes on another, not what it asks.
 * gather-evidence.ts reads no request from such a subject; text-features.ts gives the second
 * opinion no feature for them.
 */
export const REPLY_SUBJECT = /^\s*(?:(?:re|aw|sv|fw|fwd|rv|r|res|tr|vs|wg)\s*(?:\[\d+\])?\s*:\s*)+/i;
