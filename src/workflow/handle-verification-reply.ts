import { appendAudit } from '../store/audit-log.js';
import { loadDirectoryCandidates } from '../store/consumer-directory.js';
import { deleteChallenge, findChallenge, updateChallenge, type ChallengeRow } from '../store/verification-challenges.js';
import type { WorkflowRequest } from '../store/workflow-requests.js';
import { codeCandidates, judgeCode, judgeVerification } from '../pipeline/decide/judge-verification.js';
import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';
import type { Extraction, InboundMail } from '../pipeline/types.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { codeSecret, issueChallenge } from './issue-challenge.js';
import type { WorkflowDeps } from './workflow-settings.js';

/** The message that may answer a challenge. */
export interface VerificationReplyInput {
  mail: InboundMail;
  extraction: Extraction | null;
  /** The new text of the message, where codes are looked for. */
  body: string;
}

interface Outcome {
  mails: PlannedMail[];
  flags: StaffFlagReason[];
  handled: number[];
}

/**
 * A reply to a verification challenge, per challenge (one per message's requests): loads the
 * challenge, the code secret and, once the code is right, the directory records; the pure judge
 * (pipeline/decide/judge-verification.ts) says what follows, and this applies it.
 */
export async function handleVerificationReply(ctx: EventContext, deps: WorkflowDeps, requests: WorkflowRequest[], input: VerificationReplyInput, sender: string): Promise<Outcome> {
  const outcome: Outcome = { mails: [], flags: [], handled: [] };
  const byChallenge = new Map<number, WorkflowRequest[]>();
  for (const r of requests) if (r.challengeId !== null) byChallenge.set(r.challengeId, [...(byChallenge.get(r.challengeId) ?? []), r]);
  for (const [challengeId, group] of byChallenge) {
    const challenge = await findChallenge(ctx.trx, challengeId);
    if (!challenge) continue;
    const one = await answerChallenge(ctx, deps, challenge, group, input, sender);
    outcome.mails.push(...one.mails);
    outcome.flags.push(...one.flags);
    outcome.handled.push(...one.handled);
  }
  return outcome;
}

async function answerChallenge(ctx: EventContext, deps: WorkflowDeps, challenge: ChallengeRow, group: WorkflowRequest[], input: VerificationReplyInput, sender: string): Promise<Outcome> {
  const candidates = codeCandidates(input.body, input.extraction?.verificationCodes ?? []);
  const secret = await codeSecret(ctx.trx, deps.workflow, ctx.now);
  const code = judgeCode({ sender, answerFrom: challenge.answerFrom, candidates, stored: challenge.stored, secret, now: ctx.now });
  const directory = code.kind === 'accepted' ? await loadDirectoryCandidates(ctx.trx, challenge.answerFrom) : null;
  const cause = { at: ctx.now, messageId: input.mail.messageId };
  const judged = judgeVerification({ requests: group, stored: challenge.stored, code, candidates, sender, extraction: input.extraction, directory, degree: deps.workflow.degree, cause });
  if (!judged.handled) return { mails: [], flags: [], handled: [] };
  const mails: PlannedMail[] = [];
  switch (judged.challenge.kind) {
    case 'save':
      await updateChallenge(ctx.trx, challenge.id, judged.challenge.stored);
      break;
    case 'delete':
      await deleteChallenge(ctx.trx, challenge.id);
      break;
    case 'reissue':
      mails.push(...(await issueChallenge(ctx, deps.workflow, group, { actor: 'bot', messageId: input.mail.messageId, answerFrom: challenge.answerFrom, replacesExpired: true })));
      break;
    case 'keep':
      break;
  }
  for (const finding of judged.findings) {
    for (const request of group) {
      await appendAudit(ctx.trx, { event: finding.event, actor: 'bot', requestId: request.id, inboundMessageId: ctx.inboundId, ...('detail' in finding ? { detail: finding.detail } : {}) }, ctx.now);
    }
  }
  const applied = await applyWorkflowEvents(ctx, judged.steps);
  return { mails: [...mails, ...applied.mails], flags: applied.flags, handled: group.map((r) => r.id) };
}
