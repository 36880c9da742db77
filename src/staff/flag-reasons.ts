/**
 * Why a thread was handed to staff, in words staff read in the flag mail and the digest. Keys are
 * the stable reason codes written to `staff_flags.reason` (decideInbound, the state machine and
 * the sweeps); a code not listed here is shown as it is.
 */
const FLAG_REASON_TEXT: Record<string, string> = {
  low_confidence: 'The bot was not sure what this message asks (low classification confidence). Please read it and decide.',
  agent_request: 'An authorized agent is asking for someone else: check the written permission (§7063).',
  parent_request: 'A parent or guardian is asking for a child: check the proof of authority (§7070).',
  hipaa_matter: 'This is about medical or billing records: a HIPAA matter, not a CCPA request.',
  hipaa_mentioned: 'The message mentions medical or billing records: check whether part of it is a HIPAA matter.',
  question: 'A question or concern about privacy that a person must answer.',
  suspected_fraud: 'Signs of fraud or impersonation: verify before acting.',
  reply_bounced: 'Our reply to the requester bounced permanently: find another way to reach them.',
  reply_rate_limited: 'The reply limit for this sender or thread was reached: the bot did not answer.',
  overdue: 'The response deadline has passed with no decision.',
  due_soon: 'The response deadline is near and there is no decision yet.',
  verification_attempts_exhausted: 'The requester used up their verification attempts.',
  parent_proof_to_review: 'Proof of parental authority arrived and needs review.',
  consumer_reply: 'The requester wrote something the bot cannot act on: please read it.',
  verify_manually: 'Identity must be checked by a person (no consumer directory to match against).',
  verified_ready: 'The requester is verified: the request is ready to be carried out.',
  no_directory_record: 'No record of this consumer was found in the directory: check by hand.',
  data_point_mismatch: 'Some identity details the requester gave do not match the record.',
  code_from_other_address: 'A verification code came from an address other than the requester.',
  consumer_address_unknown: 'The consumer an agent acts for has no known email address.',
  recipient_undeliverable: 'Mail to this address bounced before: the bot did not send.',
};

/** Staff-facing text for a flag reason code; `quarantined:<why>` codes share one text. */
export function flagReasonText(code: string): string {
  if (code.startsWith('quarantined:')) return `A message was quarantined (${code.slice('quarantined:'.length)}): it could not be processed safely and was not answered.`;
  return FLAG_REASON_TEXT[code] ?? code;
}
