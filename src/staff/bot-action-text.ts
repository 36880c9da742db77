import { sectionKinds } from '../shared/mail-kind.js';

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
  'opt-out-confirmed': 'a confirmation that the opt-out is being acted on',
};

/** What a reply said, each section of a mail of several named ("an acknowledgement and a verification code"). */
function replyName(kind: string): string {
  const names = sectionKinds(kind).map((k) => REPLY_NAMES[k] ?? `the "${k}" message`);
  return names.length <= 1 ? (names[0] ?? kind) : `one mail with ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** One sentence, e.g. "Opened the request and sent an acknowledgement." Pure. */
export function botActionText(facts: BotActionFacts): string {
  const opened = facts.opened ? 'Opened the request' : 'Recorded the message';
  if (facts.replyKind) return `${opened} and sent ${replyName(facts.replyKind)}.`;
  const why = facts.noReplyBecause ? ` (${facts.noReplyBecause.replace(/[_:]/g, ' ')})` : '';
  return `${opened}; no answer was sent${why}. The deadline runs from receipt.`;
}
