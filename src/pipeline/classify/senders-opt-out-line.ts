/**
 * Spam's own removal line ("To be removed please visit <link>"): a veto of the deletion words in
 * it (phrases-en.ts) and, where nobody writes as "I", a sign of junk (detect-not-privacy.ts,
 * "spam's removal line"). On normalized text.
 */
export const SPAM_REMOVAL_LINE = /\bto be removed(?: from (?:this|our|the|future) (?:list|mailings?))?,? (?:please )?(?:visit|click|go to|reply|send|e-?mail)\b/;

/**
 * A bulk sender's own opt-out line ("If you do not wish to receive further emails ... you may
 * opt-out of our database by clicking here"): the sender's list machinery, not a person opting
 * out. Read both as a veto of the opt-out and deletion words it holds (phrases-en.ts) and as a
 * sign of the sender's list (detect-not-privacy.ts, "bulk mailer's removal line"). On normalized text.
 */
export const SENDERS_OPT_OUT_LINE =
  /\b(?:opt[- ]?out|unsubscribe|be removed)\b[^.!?\n]{0,40}?\bby (?:clicking|visiting)\b|\bif you do not wish to receive (?:any )?(?:further|future|more|these|our)\b/;
