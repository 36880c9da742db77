import type { STAFF_FLAG_REASONS } from './staff-flag-reasons.js';

/**
 * What staff should do now, one step per flag kind (issue 14 item 8): the flag mail leads with it,
 * so the reader knows the next move before the details. A `Record` over the reasons, so a new
 * reason is a compile error until it has a step.
 */
const NEXT_STEP: Record<(typeof STAFF_FLAG_REASONS)[number], string> = {
  low_confidence: 'Read the original below. If the bot read it right, reply "confirm"; if it asked for other rights, "retype TYPE..."; if it asks for nothing, "not-a-request" and answer with "reply".',
  agent_request: 'Open the attached permission: if it is signed by the consumer and names the agent, reply "approve"; if not, "deny unverifiable" with what is missing.',
  parent_request: 'Check the proof that the sender is the child\'s parent or guardian; reply "approve" if it holds, "deny unverifiable" if not.',
  hipaa_matter: 'Reply "forward" to send it to the patient-records team and close it; nothing is due under the CCPA.',
  hipaa_mentioned: 'Read it: a part about medical or billing records is a HIPAA matter, not the CCPA\'s (tell the person with "reply"); go on with the rest as a CCPA request, or "deny exempt_hipaa" if nothing else is asked.',
  question: 'Answer the person with "reply" and your text below it, then "close". If it is no privacy matter at all (a notice, a pitch, a scam), reply "junk": nothing is sent.',
  suspected_fraud: 'Do not act on it yet: check who sent it, then "verify METHOD" if identity is confirmed or "deny suspected_fraud".',
  reply_rate_limited: 'Check whether this sender needs an answer at all; if the message is a real request, reply "confirm", otherwise "junk".',
  feedback_report: 'Look at what we sent to this address and why it was reported; reply "note" with what you found.',
  reply_bounced: 'Find another way to reach the requester (phone, letter) and record it with "note".',
  relayed_by_our_robot: 'Write to the person at the address in the attached message (never to our no-reply address) and handle the request by hand; its clock runs from the day it arrived. If the web form sends from our no-reply address, have it set Reply-To or send from the person\'s address.',
  overdue: 'The deadline has passed: decide today, "complete" if the request is verified and done, otherwise "deny REASON", and record why it was late with "note".',
  due_soon: 'Decide before the due date, or reply "extend REASON" to use the one 45-day extension.',
  verification_attempts_exhausted: 'Check identity another way (phone, document) and reply "verify METHOD", or "deny unverifiable".',
  parent_proof_to_review: 'Open the attached proof: reply "approve" if it shows parental authority, "deny unverifiable" if not.',
  consumer_reply: 'Read what the requester wrote and answer with "reply", or act on it with the command it calls for.',
  verify_manually: 'Check the requester\'s identity by hand and reply "verify METHOD", or "deny unverifiable".',
  verified_ready: 'Carry out the request in your systems, then reply "complete" (for a copy, attach its files).',
  no_directory_record: 'Search your own systems for this person: if you find them, "verify METHOD"; if they are not a consumer of ours, "deny not_a_consumer".',
  data_point_mismatch: 'Compare the details given with your records; reply "verify METHOD" if they are the same person, "deny unverifiable" if not.',
  code_from_other_address: 'Make sure the code came from the consumer; reply "verify METHOD" if so, otherwise "deny suspected_fraud".',
  consumer_address_unknown: 'Find the consumer\'s email address (ask the agent with "reply") and record it with "note".',
  recipient_undeliverable: 'Find a working address or another way to reach the requester and record it with "note".',
  agent_disowned: 'Nothing to send: check for fraud and record what you found with "note".',
  withdrawn_by_consumer: 'Stop any work on it; nothing else is needed.',
  assigned: 'This request is yours now: read it and reply with the command it needs.',
  agent_permission_to_review: 'Open the document the agent sent: if it is signed by the consumer and names the agent, reply "approve" (the consumer is then asked to confirm directly, §7063(a)); if not, "deny unverifiable" with what is missing.',
};

/** The next step for a stored reason code; quarantined mail and unknown codes get a generic one. */
export function flagNextStep(code: string): string {
  if (code.startsWith('quarantined:')) return 'Read the attached message and decide by hand whether it needs an answer.';
  return (NEXT_STEP as Record<string, string>)[code] ?? 'Read the request and reply with the command it needs.';
}
