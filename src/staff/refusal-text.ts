import type { RejectionCode, RequestStatus, TransitionRejection } from '../pipeline/decide/request-state.js';

/** Where a request stands, in words staff read, with what they can do next (issue 14 item 6). */
const WHILE: Record<RequestStatus, string> = {
  received: 'the request was just received: confirm or approve it first',
  awaiting_verification: 'the requester has not verified yet: wait for the code, or verify METHOD if you checked another way',
  verified: 'the requester is verified: complete, deny or extend it',
  in_progress: 'the request is being carried out: complete, deny or extend it',
  on_hold: 'the request is on hold, waiting for the agent’s signed permission or the parent’s proof (or paused by staff: resume): approve accepts the agent’s permission once you have checked the document, otherwise deny',
  extended: 'the one extension is in use: complete or deny it',
  needs_staff: 'the request waits for a staff decision: approve, verify METHOD, deny or extend',
  completed: 'the request is already completed',
  denied: 'the request is already denied',
  withdrawn: 'the request was withdrawn',
  merged: 'the request was merged into another: act on that one',
  misread: 'the record was closed as a misreading (retype, not-a-request or junk): nothing was asked',
};

const BECAUSE: Record<RejectionCode, string> = {
  final_state: 'it is closed; nothing more can change it',
  invalid_transition: 'that command does not fit where it stands',
  actor_not_allowed: 'only an authenticated staff member may decide this',
  verification_not_required: 'opt-out and limit requests need no verification (§7060(b))',
  extension_not_allowed: 'opt-out and limit requests have no extension (§7026(f), §7027)',
  extension_already_used: 'the one extension allowed has been used (§1798.130(a)(2))',
  extension_too_late: 'an extension must be sent before the first 45 days end (§1798.130(a)(2))',
  limit_not_applicable: 'the 12-month limit applies to access and portability only (§1798.130(b))',
  not_overdue: 'the deadline has not passed',
  reading_unconfirmed: 'nobody has confirmed the bot’s reading: send confirm',
  receipt_already_confirmed: 'receipt was already confirmed',
  opt_out_denied_only_for_fraud: 'an opt-out or limit needs no verification, so it can be denied only for suspected fraud (§7060(b), §7026(e)): deny suspected_fraud with the reason on the lines below',
  fraud_denial_needs_explanation: 'a fraud denial of an opt-out or limit must say why we believe it (§7026(e)): write the reason under the command',
};

/** A refusal of a staff command in plain words, with the next step; never the state machine's code alone. */
export function refusalText(command: string, rejection: TransitionRejection): string {
  return `${command} was not applied: ${BECAUSE[rejection.code]}; ${WHILE[rejection.status]}. Nothing was changed.`;
}
