/*
 * Wording of old-style (non-RFC 3464) bounces, taken from the MTAs that still send them:
 * Exchange, Exim, Postfix, qmail, Sendmail, Lotus Notes/Domino, Gmail, Yahoo, and the localized
 * Exchange subjects. Subject patterns are anchored at the start so a person's "Re: ..." or a
 * sentence that merely mentions a failed delivery does not match.
 */

/** Subjects MTAs give to bounces and delay warnings. */
export const BOUNCE_SUBJECTS: readonly RegExp[] = [
  /^undeliverable(:| mail\b| message\b)/i,
  /^undelivered mail returned to sender/i,
  /^delivery status notification\b/i,
  /^(\S+\s+)?mail delivery failed\b/i,
  /^(\[postmaster\]\s*)?(e-?mail|mail)? ?delivery failure\b/i,
  /^returned mail\b/i,
  /^failure notice\b/i,
  /^fail(ed|ure) delivery\b/i,
  /^mail system error - returned mail/i,
  /^message delivery has failed/i,
  /^mail could not be delivered/i,
  /^delivery notification: delivery has failed/i,
  /^non-?deliver(able|y) (mail|message|report|notification)/i,
  /^there was an error sending your mail/i,
  /^warning: (could not send message|message \S+ delayed)/i,
  /^delayed mail \(still being retried\)/i,
  // Exchange's delay warning, Courier's DSN and delay subjects.
  /^delivery delayed\b/i,
  /^notice: mail delivery status\b/i,
  /^warning: delayed mail\b/i,
  /^mail failed, returning to sender/i,
  /^(unzustellbar|nicht zustellbar|non remis|non distribuable|no se puede entregar|mensaje no entregado)\b/i,
];

/** Sentences only an MTA writes; they count together with a robot or missing sender. */
export const MTA_PHRASES: readonly RegExp[] = [
  /this message was created automatically by mail delivery software/i,
  /i'm sorry to have to inform you that your message could not\s+be delivered/i,
  /this is the qmail-send program/i,
  /the following addresses had permanent fatal errors/i,
  /delivery to the following recipients? (failed|has been delayed)/i,
  /could not be delivered to one or more recipients/i,
  /there was an error delivering your mail/i,
  /we had trouble delivering your message/i,
  /your message (could not|couldn't|wasn't|was not|did not|didn't) (be delivered|reach)/i,
  /unable to deliver (your )?message/i,
  /original mail as follows/i,
  /requested action not taken/i,
  // Courier ("This is a delivery status notification from mail.example.net, running the Courier
  // mail server"), Exchange's delay ("Delivery is delayed to these recipients or groups"), mlmmj.
  /this is a delivery status notification from\b/i,
  /delivery is delayed to these recipients/i,
  /was unable to\s+be\s+delivered\s+to\s+the\s+list\b/i,
  /\b5\d\d[ -]5\.\d{1,3}\.\d{1,3}\b/,
  // Pigeonhole's (Dovecot Sieve) and LDA's rejection: "Your message to <x> was automatically rejected: Quota exceeded".
  /your message to <?[^\s>]+>? was automatically rejected/i,
];

/** Mail system senders (RFC 2142 role names, list robots, no-reply addresses). */
export const ROBOT_LOCAL_PART =
  /^(mailer[-_.]?daemon|post[-_.]?master|double-bounce|no[-_.]?reply|do[-_.]?not[-_.]?reply|sysadmin|root|bounces?|owner-.+|.+[-+](owner|admin|bounces?|request)|sympa|mailman|listserv|majordomo|mlmmj|ezmlm)$/i;

/**
 * RFC 5321 §4.5.5: bounces come from the mail system itself. Sendmail and Postfix sign them
 * "Mail Delivery Subsystem" / "Mail Delivery System" in the display name, whatever the address.
 */
export const MAIL_SYSTEM_SENDER = /\b(mailer[-_.]?daemon|post[-_.]?master|mail delivery (?:subsystem|system))\b/i;
