/** What the bot did with a case, for the "What the bot did" line of a flag mail (issue 6 item 1). */
export interface BotActionFacts {
  /** The request record was opened by this message (its legal clock runs from receipt). */
  opened: boolean;
  /** The template kind of the reply the bot queued, or null when it did not answer. */
  replyKind: string | null;
  /** Why no reply was sent, when none was: e.g. `reply_rate_limited`, `low_confidence`. */
  noReplyBecause?: string | null;
}

const REPLY_NAMES: Record<string, string> = {
  acknowledgement: 'an acknowledgement',
  'question-received': 'a note that a person will answer',
  'hipaa-redirect': 'a note that medical records are handled under HIPAA',
  'verification-challenge': 'a verification code',
  'code-rejected': 'a note that the code or details did not verify, with the tries left',
};

/** One sentence, e.g. "Opened the request and sent an acknowledgement." Pure. */
export function botActionText(facts: BotActionFacts): string {
  const opened = facts.opened ? 'Opened the request' : 'Recorded the message';
  if (facts.replyKind) return `${opened} and sent ${REPLY_NAMES[facts.replyKind] ?? `the "${facts.replyKind}" message`}.`;
  const why = facts.noReplyBecause ? ` (${facts.noReplyBecause.replace(/[_:]/g, ' ')})` : '';
  return `${opened}; no answer was sent${why}. The deadline runs from receipt.`;
}
