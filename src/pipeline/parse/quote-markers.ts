/*
 * Lines that start quoted history or a signature, as mail clients write them (email-rules §5).
 * English, Spanish, German and French variants of each.
 */

/** "On <date>, <person> wrote:" and translations; may be wrapped over two lines. */
export const ATTRIBUTION: readonly RegExp[] = [
  /^on\b.{4,250}\bwrote:\s*$/i,
  /^el\b.{4,250}\bescribi[óo]:\s*$/i,
  /^am\b.{4,250}\bschrieb\b.{0,120}:\s*$/i,
  /^le\b.{4,250}\ba [ée]crit\s*:\s*$/i,
];

/** Separator lines of Outlook and other clients before the quoted or forwarded message. */
export const SEPARATOR =
  /^\s*(-{2,}\s*(original message|mensaje original|urspr[üu]ngliche nachricht|message d'origine|forwarded message|mensaje reenviado|weitergeleitete nachricht|message transf[ée]r[ée])\s*-{2,}|_{10,}|begin forwarded message:|inicio del mensaje reenviado:)\s*$/i;

/** Outlook's "From: ... Sent: ..." header block: a From line ... */
export const HEADER_FROM = /^\s*\*?(from|de|von|van)\s*:\*?\s+\S/i;
/** ... followed within a few lines by a Sent/Date line. */
export const HEADER_SENT = /^\s*\*?(sent|date|enviado( el)?|fecha|gesendet|datum|envoy[ée]|verzonden)\s*:\*?\s+\S/i;

/** The RFC 3676 §4.3 signature delimiter "-- " (clients often drop the trailing space). */
export const SIGNATURE_DELIMITER = /^-- ?$/;

/**
 * One-line mobile signatures. Outlook mobile's text part appends its link in angle brackets:
 * "Get Outlook for iOS<https://aka.ms/...>".
 */
export const MOBILE_SIGNATURE =
  /^\s*(sent from my .{1,40}|sent from (outlook|yahoo mail|mail for windows|gmail mobile).{0,30}|(get|obtener) outlook (for|para) (ios|android)(\s*<[^<>\s]{1,100}>)?|enviado desde mi .{1,40}|von meinem .{1,40} gesendet|envoy[ée] de mon .{1,40})\s*$/i;

/** Subject prefixes of a forwarded message, whose forwarded part is the point of the mail. */
export const FORWARD_SUBJECT = /^\s*(fwd?|fw|rv|reenv|wg|tr)\s*:/i;
