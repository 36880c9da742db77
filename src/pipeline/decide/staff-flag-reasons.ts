import type { QuarantineReasonCode } from '../parse/quarantine-reason.js';

/**
 * Why a thread or a message was handed to staff: the one list of reasons. Each is a stable code
 * written to `staff_flags.reason` and read by flag mail and the digest; the table below gives the
 * words staff read, and the compiler checks every reason has them.
 */
export const STAFF_FLAG_REASONS = [
  // Raised when a message arrives (decideInbound).
  'low_confidence',
  'agent_request',
  'parent_request',
  'hipaa_matter',
  'hipaa_mentioned',
  'question',
  'suspected_fraud',
  'reply_rate_limited',
  'feedback_report',
  'reply_bounced',
  'relayed_by_our_robot',
  // Raised by the request state machine and the workflow around it.
  'verification_attempts_exhausted',
  'parent_proof_to_review',
  'agent_permission_to_review',
  'consumer_reply',
  'verify_manually',
  'verified_ready',
  'no_directory_record',
  'data_point_mismatch',
  'code_from_other_address',
  'consumer_address_unknown',
  'recipient_undeliverable',
  'agent_disowned',
  'withdrawn_by_consumer',
  // Raised by a staff command: `assign` hands the request to a colleague, who is told by flag mail.
  'assigned',
  // Raised by the scheduled sweeps.
  'overdue',
  'due_soon',
] as const;

/** Quarantined mail is flagged under one code per quarantine reason. */
export type QuarantineFlagReason = `quarantined:${QuarantineReasonCode}`;

export type StaffFlagReason = (typeof STAFF_FLAG_REASONS)[number] | QuarantineFlagReason;

const FLAG_REASON_TEXT: Record<(typeof STAFF_FLAG_REASONS)[number], string> = {
  low_confidence: 'The bot was not sure what this message asks (low classification confidence). Please read it and decide.',
  agent_request: 'An authorized agent is asking for someone else: check the written permission (§7063).',
  parent_request: 'A parent or guardian is asking for a child: check the proof of authority (§7070).',
  hipaa_matter: 'This is about medical or billing records: a HIPAA matter, not a CCPA request.',
  hipaa_mentioned: 'The message mentions medical or billing records: check whether part of it is a HIPAA matter.',
  question: 'A question or concern about privacy that a person must answer.',
  suspected_fraud: 'Signs of fraud or impersonation: verify before acting.',
  reply_bounced: 'Our reply to the requester bounced permanently: find another way to reach them.',
  reply_rate_limited: 'The reply limit for this sender or thread was reached: the bot did not answer.',
  feedback_report: 'A mailbox provider reported our mail as spam (a feedback report): check what was sent and to whom.',
  relayed_by_our_robot:
    'This came from our own no-reply address but reads as a person\'s privacy request (a web form relaying it?). The bot opened nothing and sent nothing: answer the person at the address written in it; the legal clock runs from the day it arrived.',
  overdue: 'The response deadline has passed with no decision.',
  due_soon: 'The response deadline is near and there is no decision yet.',
  verification_attempts_exhausted: 'The requester used up their verification attempts.',
  parent_proof_to_review: 'Proof of parental authority arrived and needs review.',
  agent_permission_to_review: 'The agent sent a document: check that it is the consumer\'s signed permission (§7063(a)(1)). approve accepts it (the consumer is then asked to confirm directly, or an opt-out is confirmed); deny refuses it.',
  consumer_reply: 'The requester wrote something the bot cannot act on: please read it.',
  verify_manually: 'Identity must be checked by a person (no consumer directory to match against).',
  verified_ready: 'The requester is verified: the request is ready to be carried out.',
  no_directory_record: 'No record of this consumer was found in the directory: check by hand.',
  data_point_mismatch: 'Some identity details the requester gave do not match the record.',
  code_from_other_address: 'A verification code came from an address other than the requester.',
  consumer_address_unknown: 'The consumer an agent acts for has no known email address.',
  recipient_undeliverable: 'Mail to this address bounced before: the bot did not send.',
  agent_disowned: 'The consumer says they did not authorize the agent who asked for them: the request was denied and nothing was done. Check for fraud.',
  withdrawn_by_consumer: 'The requester withdrew this request: it is closed, its open flags are resolved. Stop any work on it (do not delete or send data).',
  assigned: 'A colleague assigned this request to you: the requester\'s replies come to you from now on. Please take it from here.',
};

export function isStaffFlagReason(code: string): code is StaffFlagReason {
  return (STAFF_FLAG_REASONS as readonly string[]).includes(code) || code.startsWith('quarantined:');
}

/**
 * Staff-facing text for a stored reason code. Rows written by an older version may hold a code no
 * longer listed: it is shown as it is rather than hidden.
 */
export function flagReasonText(code: string): string {
  if (code.startsWith('quarantined:')) return `A message was quarantined (${code.slice('quarantined:'.length)}): it could not be processed safely and was not answered.`;
  return (FLAG_REASON_TEXT as Record<string, string>)[code] ?? code;
}
