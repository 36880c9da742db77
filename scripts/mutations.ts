/**
 * The hand-made breaks of `npm run mutate` (issue 12, must-show 6): one-line changes in the code
 * that decides (the request state machine's guards), the workflow and the staff loop, each with
 * the test files that must fail when it is made. The first four are the blind spots the issue
 * names: each of them once left every test green.
 *
 * Each `original` must occur exactly once in its file (test/unit/architecture/mutation-list.test.ts
 * checks it on every test run): when code moves, the list fails loudly instead of rotting.
 * Prefer guards and table entries over whole statements: they survive refactoring.
 */

export interface Mutation {
  /** Short stable name, printed by the run and accepted as a filter (`npm run mutate -- ID...`). */
  id: string;
  /** The behaviour the change breaks, in a phrase. */
  breaks: string;
  /** Repository-relative path of the file to change. */
  file: string;
  /** Exact text to replace (a line or a fragment), present exactly once in `file`. */
  original: string;
  replacement: string;
  /** Test files (repository-relative) of which at least one must fail with the change made. */
  tests: readonly string[];
}

export const MUTATIONS: readonly Mutation[] = [
  // The four blind spots of issue 12.
  {
    id: 'limit-request-off-workflow',
    breaks: 'a limit-of-sensitive-data request (§7027) no longer enters the workflow',
    file: 'src/workflow/start-workflow.ts',
    original: 'input.opened.filter((r) => isRequestType(r.type))',
    replacement: "input.opened.filter((r) => isRequestType(r.type) && r.type !== 'limit_sensitive')",
    tests: ['test/integration/limit-request-workflow.test.ts'],
  },
  {
    id: 'mail-to-undeliverable-address',
    breaks: 'workflow mail is queued to an address whose mail bounced',
    file: 'src/workflow/queue-workflow-mails.ts',
    original: 'await isUndeliverable(trx, envelope.to)',
    replacement: 'false',
    tests: ['test/integration/undeliverable-requester.test.ts'],
  },
  {
    id: 'feedback-report-unflagged',
    breaks: 'a feedback report (ARF) no longer raises a staff flag',
    file: 'src/pipeline/decide/rejections.ts',
    original: "feedback_report: { reply: 'silence', staffFlag: 'feedback_report' }",
    replacement: "feedback_report: { reply: 'silence', staffFlag: null }",
    tests: ['test/integration/feedback-report-flag.test.ts'],
  },
  {
    id: 'flag-mail-drops-reason',
    breaks: 'flag mail is grouped by thread alone, so a second reason is never mailed',
    file: 'src/staff/mail-pending-flags.ts',
    original: 'const key = `${thread}|${flag.reason}`;',
    replacement: 'const key = thread;',
    tests: ['test/integration/flag-mail-reasons.test.ts'],
  },
  // The request state machine's guards (src/pipeline/decide).
  {
    id: 'final-state-reopened',
    breaks: 'a completed, denied or withdrawn request accepts events again',
    file: 'src/pipeline/decide/request-state-machine.ts',
    original: "if (FINAL_STATUSES.includes(state.status)) return reject('final_state');",
    replacement: "if (FINAL_STATUSES.includes(state.status) && false) return reject('final_state');",
    tests: ['test/unit/decide/staff-transitions.test.ts', 'test/unit/decide/request-state-machine.test.ts'],
  },
  {
    id: 'anyone-acts-as-staff',
    breaks: 'staff events are accepted from the bot or the consumer (email-rules §4)',
    file: 'src/pipeline/decide/request-state-machine.ts',
    original: "if (event.kind.startsWith('staff_')) return isStaff(event.actor);",
    replacement: "if (event.kind.startsWith('staff_')) return true;",
    tests: ['test/unit/decide/staff-transitions.test.ts', 'test/unit/decide/request-state-machine.test.ts'],
  },
  {
    id: 'second-extension',
    breaks: 'the one 45-day extension can be used twice (§1798.130(a)(2))',
    file: 'src/pipeline/decide/staff-transitions.ts',
    original: "if (s.extensionUsed) return 'extension_already_used';",
    replacement: "if (s.extensionUsed && false) return 'extension_already_used';",
    tests: ['test/unit/decide/staff-transitions.test.ts'],
  },
  {
    id: 'opt-out-asked-for-code',
    breaks: 'an opt-out or limit request can be sent a verification challenge (§7060(b))',
    file: 'src/pipeline/decide/verification-transitions.ts',
    original: "if (isOptOutLike(s.type)) return 'verification_not_required';",
    replacement: "if (isOptOutLike(s.type) && false) return 'verification_not_required';",
    tests: ['test/unit/decide/request-state-machine.test.ts', 'test/unit/decide/staff-transitions.test.ts'],
  },
  {
    id: 'opt-out-denied-for-verification',
    breaks: 'staff can deny an opt-out or limit for a reason other than fraud (§7060(b), §7026(e))',
    file: 'src/pipeline/decide/staff-transitions.ts',
    original: "if (optOutLike && e.reason !== 'suspected_fraud') return 'opt_out_denied_only_for_fraud';",
    replacement: "if (optOutLike && e.reason === 'other') return 'opt_out_denied_only_for_fraud';",
    tests: ['test/unit/decide/opt-out-denials.test.ts'],
  },
  {
    id: 'limit-window-off-by-a-day',
    breaks: 'an answer given exactly 12 months before a request still counts toward the limit (§1798.130(b))',
    file: 'src/pipeline/decide/access-limit.ts',
    original: 'const counted = providedOn.filter((d) => d > windowStart && d <= receivedOn).sort().reverse();',
    replacement: 'const counted = providedOn.filter((d) => d >= windowStart && d <= receivedOn).sort().reverse();',
    tests: ['test/unit/decide/access-limit.test.ts'],
  },
  {
    id: 'unverifiable-denial-on-day-46',
    breaks: 'the unverifiable denial waits for the last day to end, so it goes out on day 46 (§1798.130(a)(2))',
    file: 'src/pipeline/decide/workflow-mail.ts',
    original: 'at.getTime() >= startOfLocalDay(currentDeadline(state), state.timeZone).getTime()',
    replacement: 'at.getTime() > endOfLocalDay(currentDeadline(state), state.timeZone).getTime()',
    tests: ['test/unit/decide/deadline-last-day.test.ts', 'test/unit/workflow/plan-sweep-events.test.ts'],
  },
  // The workflow's judging of verification replies (src/workflow).
  {
    id: 'code-from-any-address',
    breaks: 'a verification code is accepted from an address other than the requester’s',
    file: 'src/pipeline/decide/judge-verification.ts',
    original: "if (reply.sender.toLowerCase() !== reply.answerFrom.toLowerCase()) return { kind: 'wrong_sender' };",
    replacement: "if (false) return { kind: 'wrong_sender' };",
    tests: ['test/unit/decide/judge-verification.test.ts'],
  },
  {
    id: 'declaration-not-needed',
    breaks: 'specific pieces are verified without the signed declaration (§7062(c))',
    file: 'src/pipeline/decide/judge-verification.ts',
    original: '(!degree.declarationRequired || signed)',
    replacement: 'true',
    tests: ['test/unit/decide/judge-verification.test.ts'],
  },
  // The staff loop: reply keys, authentication, command parsing (src/staff).
  {
    id: 'expired-reply-key-accepted',
    breaks: 'a flag mail’s reply key is accepted after it expired',
    file: 'src/staff/reply-key.ts',
    original: "if (sender.now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };",
    replacement: "if (false) return { ok: false, reason: 'expired' };",
    tests: ['test/unit/staff/reply-key.test.ts'],
  },
  {
    id: 'untrusted-authentication-results',
    breaks: 'an Authentication-Results header from any server is believed (RFC 8601 §5)',
    file: 'src/staff/judge-authentication-results.ts',
    original: 'if (topmost?.authservId !== trustedId) {',
    replacement: 'if (false) {',
    tests: ['test/unit/staff/authentication-results.test.ts', 'test/unit/staff/forged-staff-replies.test.ts'],
  },
  {
    id: 'dmarc-or-dkim-is-enough',
    breaks: 'a staff reply passes with DMARC or DKIM alone in the trusted header, not both (issue 13)',
    file: 'src/staff/judge-authentication-results.ts',
    original: 'if (dmarc && dkim) return',
    replacement: 'if (dmarc || dkim) return',
    tests: ['test/unit/staff/forged-staff-replies.test.ts'],
  },
  {
    id: 'deny-with-any-reason',
    breaks: 'a staff `deny` is read with a reason outside the fixed vocabulary',
    file: 'src/staff/command-arguments.ts',
    original: 'return isDenialReason(reason) ? reason : null;',
    replacement: 'return reason as DenialReason;',
    tests: ['test/unit/staff/parse-staff-command.test.ts'],
  },
  // Operating it (issue 17).
  {
    id: 'healthz-stale-read-passes',
    breaks: '/healthz still passes the mailbox check when the last read is older than the allowed age',
    file: 'src/ops/judge-health.ts',
    original: 'if (ageMs > input.maxReadAgeMs)',
    replacement: 'if (ageMs > input.maxReadAgeMs * 2)',
    tests: ['test/unit/ops/judge-health.test.ts'],
  },
  {
    id: 'deadline-today-counted-past',
    breaks: 'a request due today is counted as past its deadline in /metrics',
    file: 'src/store/operations-snapshot.ts',
    original: "andWhere('due_date', '<', query.today)",
    replacement: "andWhere('due_date', '<=', query.today)",
    tests: ['test/integration/operations-snapshot.test.ts'],
  },
  {
    id: 'restore-ignores-running-daemon',
    breaks: 'a daemon starts on a SQLite file while a restore replaces it',
    file: 'src/ops/database-hold.ts',
    original: "if (other?.holder.startsWith('restore:')) restoring = other.holder;",
    replacement: '',
    tests: ['test/integration/database-hold.test.ts'],
  },
  {
    id: 'progress-bar-when-piped',
    breaks: '`process` and `classify` draw a progress bar into a pipe',
    file: 'src/cli/file-progress.ts',
    original: 'if (err.isTTY !== true || total < MIN_FILES) {',
    replacement: 'if (total < MIN_FILES) {',
    tests: ['test/unit/cli/file-progress.test.ts'],
  },
  // Issue 16: what the bot may believe about its own confidence.
  {
    id: 'unfamiliar-wording-believed',
    breaks: 'a reading of wording unlike the team\'s mail keeps the first stage\'s chance and is answered',
    file: 'src/pipeline/classify/calibrate-confidence.ts',
    original: 'if (familiarity >= shift.familiarFloor) return p;',
    replacement: 'return p;',
    tests: ['test/unit/classify/real-text-shift.test.ts'],
  },
  {
    id: 'doubted-question-answered',
    breaks: 'a question the bot doubts (junk it missed) gets the automatic acknowledgement',
    file: 'src/pipeline/decide/decide-inbound.ts',
    original: "const doubtedQuestion = plan.reply === 'question-received' && classification?.needsReview === true;",
    replacement: 'const doubtedQuestion = false;',
    tests: ['test/unit/decide/decide-inbound.test.ts'],
  },
  {
    id: 'junk-request',
    breaks: 'the junk model makes junk of a request the rules read, which is then never answered and loses its clock',
    file: 'src/pipeline/classify/combine-opinions.ts',
    original: 'if (!overrule && !rulesSayRequest && !forwards && !rightAsked && opinion.otherProbability > junkNeeded)',
    replacement: 'if (!overrule && !forwards && !rightAsked && opinion.otherProbability > junkNeeded)',
    tests: ['test/unit/classify/second-opinion.test.ts'],
  },
  {
    id: 'signed-name-unfamiliar',
    breaks: 'the name after a closing line counts as unfamiliar wording, so a plain signed request goes to staff',
    file: 'src/pipeline/classify/second-opinion.ts',
    original: 'const signOff = SIGN_OFF.exec(body);',
    replacement: 'const signOff = null;',
    tests: ['test/unit/classify/real-text-shift.test.ts'],
  },
  {
    id: 'privacy-question-junked-cheaply',
    breaks: 'a question that shows a person\'s privacy matter is made junk (never acknowledged) as readily as a bare one',
    file: 'src/pipeline/classify/combine-opinions.ts',
    original: 'const junkNeeded = showsPrivacyMatter || rules.hipaa ? JUNK_SURE_PROBABILITY : JUNK_PROBABILITY;',
    replacement: 'const junkNeeded = rules.hipaa ? JUNK_SURE_PROBABILITY : JUNK_PROBABILITY;',
    tests: ['test/unit/classify/second-opinion.test.ts'],
  },
  {
    id: 'patient-question-junked-cheaply',
    breaks: 'a question about medical or billing records is made junk (never flagged as a HIPAA matter) as readily as a bare one',
    file: 'src/pipeline/classify/combine-opinions.ts',
    original: 'const junkNeeded = showsPrivacyMatter || rules.hipaa ? JUNK_SURE_PROBABILITY : JUNK_PROBABILITY;',
    replacement: 'const junkNeeded = showsPrivacyMatter ? JUNK_SURE_PROBABILITY : JUNK_PROBABILITY;',
    tests: ['test/unit/classify/second-opinion.test.ts'],
  },
  {
    id: 'junk-weighed-as-rare',
    breaks: 'the junk model is trained with each message counting once, and learns that junk is rare rather than what it reads like',
    file: 'test/eval/train-model.ts',
    original: "const positiveWeight = o.positiveWeight === 'balanced' ? (positives === 0 ? 1 : (y.length - positives) / positives) : (o.positiveWeight ?? 1);",
    replacement: "const positiveWeight = o.positiveWeight === 'balanced' ? 1 : (o.positiveWeight ?? 1);",
    tests: ['test/unit/classify/rare-class-training.test.ts'],
  },
  {
    id: 'relayed-wish-as-self',
    breaks: 'a colleague passing on another person\'s wish to be removed ("on her demand") is read as that person writing',
    file: 'src/pipeline/classify/relations.ts',
    original: '|${EN_RELAYED_WISH})',
    replacement: ')',
    tests: ['test/unit/classify/agents-and-parents-wordings.test.ts'],
  },
  {
    id: 'forwarded-scam-question-junked',
    breaks: 'a person who forwards a scam to ask whether it is ours is judged junk by the model, which reads the scam',
    file: 'src/pipeline/classify/combine-opinions.ts',
    original: '!rulesSayRequest && !forwards && !rightAsked && opinion.otherProbability > junkNeeded',
    replacement: '!rulesSayRequest && !rightAsked && opinion.otherProbability > junkNeeded',
    tests: ['test/unit/classify/second-opinion.test.ts', 'test/unit/classify/everyday-junk-shapes.test.ts'],
  },
  {
    id: 'rights-item-asked',
    breaks: 'an access request\'s list item "my rights to rectification, erasure and restriction" opens correction and deletion requests',
    file: 'src/pipeline/classify/reading-roles.ts',
    original: '    if (LISTED_AS_ITEM.test(text.slice(0, m.index))) continue;\n',
    replacement: '',
    tests: ['test/unit/classify/letter-reading-roles.test.ts'],
  },
  {
    id: 'relayed-request-unseen',
    breaks: 'a person\'s request relayed by our own no-reply address (a web form) is stored as our own mail, unread, and nobody sees it',
    file: 'src/pipeline/process-message.ts',
    original: 'return screened.reason === OWN_DOMAIN_ROBOT ? relayedRequest(screened, text, classification) : null;',
    replacement: 'return null;',
    tests: ['test/unit/screen/phishing-over-weak-machine-cue.test.ts'],
  },
  {
    id: 'relayed-request-opened-under-robot',
    breaks: 'a request relayed by our own no-reply address opens records under the robot\'s address and answers the robot',
    file: 'src/pipeline/decide/decide-inbound.ts',
    original: "if (verdict?.kind === 'loop' && classification?.category === 'privacy_request') {",
    replacement: 'if (false) {',
    tests: ['test/unit/screen/phishing-over-weak-machine-cue.test.ts'],
  },
  {
    id: 'courtesy-opening-as-pitch',
    breaks: '"I hope this email finds you well" alone makes a person\'s question a sales pitch, never answered',
    file: 'src/pipeline/classify/detect-not-privacy.ts',
    original: "name: 'courtesy opening', weak: true,",
    replacement: "name: 'courtesy opening',",
    tests: ['test/unit/classify/not-a-privacy-matter.test.ts'],
  },
  {
    id: 'polite-condition-as-past-deletion',
    breaks: '"I would be grateful if my profile could be removed" is read as a deletion described, not asked',
    file: 'src/pipeline/classify/phrases-en.ts',
    original: ', unless: POLITE_CONDITION,',
    replacement: ',',
    tests: ['test/unit/classify/not-a-privacy-matter.test.ts'],
  },
  {
    id: 'echoed-subject-blocks-out-of-office',
    breaks: 'an out-of-office note quoting the sender\'s subject ("Request to delete my data") is read as a person asking',
    file: 'src/pipeline/screen/detect-auto-reply.ts',
    original: ".replace(ECHOED_QUOTE, '')",
    replacement: '',
    tests: ['test/unit/screen/screen-rules.test.ts'],
  },
  {
    id: 'asked-right-junked',
    breaks: 'a letter whose right the rules read asked, but sent to staff as a billing matter, is made junk by the model, never answered and off every clock',
    file: 'src/pipeline/classify/classify-message.ts',
    original: "    rightAsked: e.body.decision.asked.length > 0 || e.body.decision.hipaaRecords.length > 0 || e.requested.some((h) => h.mood === 'ask'),\n",
    replacement: '',
    tests: ['test/unit/classify/second-opinion.test.ts', 'test/unit/classify/asked-right-never-junk.test.ts'],
  },
  {
    id: 'overruled-request-junked-cheaply',
    breaks: 'request words the model reads as no request are made junk at the bare-question threshold, though the rules saw a request',
    file: 'src/pipeline/classify/combine-opinions.ts',
    original: 'if (!forwards && !rightAsked && opinion.otherProbability > JUNK_SURE_PROBABILITY) return junk(rules, opinion, said, true, true);',
    replacement: 'if (!forwards && !rightAsked && opinion.otherProbability > JUNK_PROBABILITY) return junk(rules, opinion, said, true, true);',
    tests: ['test/unit/classify/second-opinion.test.ts'],
  },
  {
    id: 'unnamed-third-person-as-self',
    breaks: 'a colleague asking us to remove "her personal number" from the site, naming no relative, is read as the consumer writing',
    file: 'src/pipeline/classify/detect-requester.ts',
    original: 'pair(rel.kin.exec(normalized)) ?? unnamed,',
    replacement: 'pair(rel.kin.exec(normalized)),',
    tests: ['test/unit/classify/agents-and-parents-wordings.test.ts'],
  },
  {
    id: 'data-subject-request-as-access',
    breaks: 'a generated letter calling itself "a data subject request" opens an access request beside the right it asks',
    file: 'src/pipeline/classify/phrases-en-types.ts',
    original: '|data subject access request|',
    replacement: '|data subject (?:access )?request|',
    tests: ['test/unit/classify/letter-reading-roles.test.ts'],
  },
  {
    id: 'spanish-spelling-change-missed',
    breaks: 'a Spanish correction written "que modifiquen mi fecha de nacimiento" is not read, and the bare ticket may be made junk',
    file: 'src/pipeline/classify/phrases-es-types.ts',
    original: '|modific|modifiqu|rectifiqu|',
    replacement: '|modific|',
    tests: ['test/unit/classify/letter-reading-roles.test.ts'],
  },
];
