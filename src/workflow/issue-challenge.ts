import type { Db } from '../store/db.js';
import { storedSecret } from '../store/bot-secrets.js';
import { deleteChallenge, insertChallenge } from '../store/verification-challenges.js';
import { updateRequestFields, type WorkflowRequest } from '../store/workflow-requests.js';
import { endOfLocalDay, toLocalDate } from '../pipeline/decide/clocks.js';
import { issueCode } from '../pipeline/decide/verification-code.js';
import { verificationDegree } from '../pipeline/decide/verification-degree.js';
import type { Actor } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import type { WorkflowSettings } from './workflow-settings.js';

/** The code secret: configured, or generated once and kept in the database (embedded default). */
export async function codeSecret(trx: Db, settings: WorkflowSettings, now: Date): Promise<string> {
  return settings.secret ?? storedSecret(trx, 'verification_code_hmac', now);
}

/**
 * Issues one single-use code for a group of requests from the same message and plans the
 * challenge (or, for an agent's request, the confirmation to the consumer, §7063(a)(2)). The
 * degree asked is the strictest of the group's types (§7062). Only the hash is stored.
 */
export async function issueChallenge(
  ctx: EventContext,
  settings: WorkflowSettings,
  requests: WorkflowRequest[],
  cause: { actor: Actor; messageId: string | null; answerFrom: string; replacesExpired?: boolean },
): Promise<PlannedMail[]> {
  if (requests.length === 0) return [];
  const { trx, now } = ctx;
  const scope = requests.find((r) => r.state.accessScope === 'specific_pieces') ? 'specific_pieces' : (requests[0]?.state.accessScope ?? null);
  const degree = verificationDegree(requests.map((r) => r.state.type), scope, settings.degree);
  const issued = issueCode(settings.random, await codeSecret(trx, settings, now), now, settings.codePolicy);
  const { code } = issued;
  // The mail says the code "expires at the end of <local date>": the record keeps that promise.
  const { timeZone } = settings.clocks;
  const stored = { ...issued.stored, expiresAt: endOfLocalDay(toLocalDate(issued.stored.expiresAt, timeZone), timeZone) };
  const challengeId = await insertChallenge(trx, { stored, answerFrom: cause.answerFrom, degree }, now);
  for (const request of requests) {
    if (request.challengeId !== null) await deleteChallenge(trx, request.challengeId);
    await updateRequestFields(trx, request.id, { challengeId });
    request.challengeId = challengeId;
  }
  const steps = requests.map((request) => ({
    request,
    event: { kind: 'verification_requested' as const, at: now, actor: cause.actor, messageId: cause.messageId, code, expiresAt: stored.expiresAt, degree, ...(cause.replacesExpired ? { replacesExpired: true } : {}) },
  }));
  return (await applyWorkflowEvents(ctx, steps)).mails;
}
