import { appendAudit } from '../store/audit-log.js';
import { findDirectoryRecord } from '../store/consumer-directory.js';
import { raiseStaffFlag } from '../store/staff-flags.js';
import { deleteChallenge, findChallenge, updateChallenge, type ChallengeRow } from '../store/verification-challenges.js';
import type { WorkflowRequest } from '../store/workflow-requests.js';
import type { RequestEvent } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { codeSecret, issueChallenge } from './issue-challenge.js';
import { codeCandidates, identityVerdict, judgeCode, matchIdentity } from './judge-verification-reply.js';
import type { ContinueInput } from './continue-workflow.js';
import type { WorkflowDeps } from './workflow-settings.js';

interface Outcome {
  mails: PlannedMail[];
  flags: string[];
  handled: number[];
}

/**
 * A reply to a verification challenge, per challenge (one per message's requests): the code is
 * checked (single use, attempts, expiry, constant time, requester's address only), then the data
 * points are matched against the consumer directory (§7060-§7062). An expired code gets a new
 * one, as the reminder promises. Verification data is deleted once verification ends (§7060(d)).
 */
export async function handleVerificationReply(ctx: EventContext, deps: WorkflowDeps, requests: WorkflowRequest[], input: ContinueInput, sender: string): Promise<Outcome> {
  const outcome: Outcome = { mails: [], flags: [], handled: [] };
  const byChallenge = new Map<number, WorkflowRequest[]>();
  for (const r of requests) if (r.challengeId !== null) byChallenge.set(r.challengeId, [...(byChallenge.get(r.challengeId) ?? []), r]);
  for (const [challengeId, group] of byChallenge) {
    const challenge = await findChallenge(ctx.trx, challengeId);
    if (!challenge) continue;
    const one = await judgeGroup(ctx, deps, challenge, group, input, sender);
    outcome.mails.push(...one.mails);
    outcome.flags.push(...one.flags);
    outcome.handled.push(...one.handled);
  }
  return outcome;
}

async function judgeGroup(ctx: EventContext, deps: WorkflowDeps, challenge: ChallengeRow, group: WorkflowRequest[], input: ContinueInput, sender: string): Promise<Outcome> {
  const cause = { at: ctx.now, actor: 'consumer' as const, messageId: input.mail.messageId };
  const candidates = codeCandidates(input.body, input.extraction?.verificationCodes ?? []);
  const secret = await codeSecret(ctx.trx, deps.workflow, ctx.now);
  const verdict = judgeCode({ sender, answerFrom: challenge.answerFrom, candidates, stored: challenge.stored, secret, now: ctx.now });
  const ids = group.map((r) => r.id);
  switch (verdict.kind) {
    case 'no_code':
      return { mails: [], flags: [], handled: [] };
    case 'wrong_sender':
      // A code from another address is not proof of control of the requester's (email-rules §4).
      if (candidates.length === 0) return { mails: [], flags: [], handled: [] };
      for (const id of ids) await raiseStaffFlag(ctx.trx, { requestId: id, inboundMessageId: ctx.inboundId, reason: 'code_from_other_address', detail: { sender } }, ctx.now);
      return { mails: [], flags: ['code_from_other_address'], handled: ids };
    case 'expired': {
      const mails = await issueChallenge(ctx, deps.workflow, group, { actor: 'bot', messageId: input.mail.messageId, answerFrom: challenge.answerFrom });
      return { mails, flags: [], handled: ids };
    }
    case 'already_used':
      return { mails: [], flags: [], handled: [] };
    case 'rejected':
    case 'exhausted':
      return rejectCode(ctx, challenge.id, group, verdict.stored, verdict.attemptsLeft, cause);
    case 'accepted':
      return acceptCode(ctx, deps, challenge, group, input, cause);
  }
}

async function rejectCode(
  ctx: EventContext,
  challengeId: number,
  group: WorkflowRequest[],
  stored: ChallengeRow['stored'],
  attemptsLeft: number,
  cause: Pick<RequestEvent, 'at' | 'actor' | 'messageId'>,
): Promise<Outcome> {
  if (attemptsLeft > 0) await updateChallenge(ctx.trx, challengeId, stored);
  else await deleteChallenge(ctx.trx, challengeId);
  const applied = await applyWorkflowEvents(ctx, group.map((request) => ({ request, event: { ...cause, kind: 'code_rejected' as const, attemptsLeft } })));
  return { mails: applied.mails, flags: applied.flags, handled: group.map((r) => r.id) };
}

async function acceptCode(
  ctx: EventContext,
  deps: WorkflowDeps,
  challenge: ChallengeRow,
  group: WorkflowRequest[],
  input: ContinueInput,
  cause: Pick<RequestEvent, 'at' | 'actor' | 'messageId'>,
): Promise<Outcome> {
  const extraction = input.extraction;
  const dataPoints = extraction?.dataPoints ?? [];
  const names = [...dataPoints.filter((p) => p.kind === 'full_name').map((p) => p.value), ...(extraction?.declarationSignature ? [extraction.declarationSignature] : [])];
  const record = await findDirectoryRecord(ctx.trx, { email: challenge.answerFrom, names });
  const ids = group.map((r) => r.id);
  if (record === null) {
    // The clear answer when no record matches: identity cannot be verified (§7024(b), §7022(a)).
    await deleteChallenge(ctx.trx, challenge.id);
    for (const id of ids) {
      await appendAudit(ctx.trx, { event: 'directory_no_match', actor: 'bot', requestId: id, inboundMessageId: ctx.inboundId }, ctx.now);
      await raiseStaffFlag(ctx.trx, { requestId: id, inboundMessageId: ctx.inboundId, reason: 'no_directory_record' }, ctx.now);
    }
    const applied = await applyWorkflowEvents(ctx, group.map((request) => ({ request, event: { ...cause, actor: 'bot' as const, kind: 'verification_expired' as const } })));
    return { mails: applied.mails, flags: ['no_directory_record'], handled: ids };
  }
  const match = matchIdentity({ record, dataPoints, declarationSignature: extraction?.declarationSignature ?? null, lang: group[0]?.state.lang ?? 'en' });
  const signed = (extraction?.declarationSignature ?? null) !== null;
  const verdicts = group.map((request) => ({ request, verdict: identityVerdict(request.state, match, signed, deps.workflow.degree) }));
  for (const id of ids) {
    await appendAudit(ctx.trx, { event: 'identity_matched', actor: 'bot', requestId: id, inboundMessageId: ctx.inboundId, detail: { matched: match.matched, mismatched: match.mismatched, declarationSigned: signed } }, ctx.now);
  }
  const failed = verdicts.filter((v) => v.verdict === 'insufficient');
  const attempted = { ...challenge.stored, attempts: challenge.stored.attempts + 1, usedAt: null };
  const attemptsLeft = Math.max(0, attempted.maxAttempts - attempted.attempts);
  if (failed.length === 0 || attemptsLeft === 0) await deleteChallenge(ctx.trx, challenge.id);
  else await updateChallenge(ctx.trx, challenge.id, attempted);
  const steps = verdicts.map(({ request, verdict }) => ({
    request,
    event:
      verdict === 'insufficient'
        ? { ...cause, kind: 'code_rejected' as const, attemptsLeft, detailsInsufficient: true }
        : { ...cause, kind: 'code_accepted' as const, downgradedToCategories: verdict === 'verified_categories_only' },
  }));
  const applied = await applyWorkflowEvents(ctx, steps);
  const verified = verdicts.filter((v) => v.verdict !== 'insufficient').map((v) => v.request.id);
  for (const id of verified) await raiseStaffFlag(ctx.trx, { requestId: id, inboundMessageId: ctx.inboundId, reason: 'verified_ready' }, ctx.now);
  const flags = [...applied.flags, ...(verified.length > 0 ? ['verified_ready'] : []), ...(match.mismatched.length > 0 ? ['data_point_mismatch'] : [])];
  if (match.mismatched.length > 0) {
    for (const id of ids) await raiseStaffFlag(ctx.trx, { requestId: id, inboundMessageId: ctx.inboundId, reason: 'data_point_mismatch', detail: { kinds: match.mismatched } }, ctx.now);
  }
  return { mails: applied.mails, flags, handled: ids };
}
