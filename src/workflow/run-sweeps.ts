import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { raiseStaffFlag } from '../store/staff-flags.js';
import { deleteChallenge } from '../store/verification-challenges.js';
import { listOpenWorkflowRequests, loadWorkflowRequests, updateRequestFields, type WorkflowRequest } from '../store/workflow-requests.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvent } from './apply-workflow-event.js';
import { planSweepEvents } from './plan-sweep-events.js';
import { queueWorkflowMails } from './queue-workflow-mails.js';
import type { WorkflowDeps } from './workflow-settings.js';

export interface SweepSummary {
  reminders: number;
  denied: number;
  overdue: number;
  alerts: number;
}

/**
 * The scheduled sweep over open requests (reminders, denial of what was never verified, staff
 * alerts before each deadline, overdue flags). Each request is its own transaction, so one bad
 * row cannot hold up the rest; `now` is injected so tests can move the clock.
 */
export async function runWorkflowSweeps(db: Db, deps: WorkflowDeps, now: Date): Promise<SweepSummary> {
  const summary: SweepSummary = { reminders: 0, denied: 0, overdue: 0, alerts: 0 };
  for (const candidate of await listOpenWorkflowRequests(db)) {
    await db.transaction(async (trx) => {
      // Read again inside the transaction: inbound mail may have moved the request meanwhile.
      const [request] = await loadWorkflowRequests(trx, [candidate.id]);
      if (request && !FINAL_STATUSES.includes(request.state.status)) await sweepOne(trx, deps, request, now, summary);
    });
  }
  return summary;
}

async function sweepOne(trx: Db, deps: WorkflowDeps, request: WorkflowRequest, now: Date, summary: SweepSummary): Promise<void> {
  const plan = planSweepEvents(request, now, deps.workflow);
  const ctx = { trx, inboundId: null, now };
  if (plan.alertFor !== null) {
    await raiseStaffFlag(trx, { requestId: request.id, inboundMessageId: null, reason: 'due_soon', detail: { deadline: plan.alertFor, status: request.state.status } }, now);
    await appendAudit(trx, { event: 'staff_alerted', actor: 'bot', requestId: request.id, inboundMessageId: null, detail: { deadline: plan.alertFor } }, now);
    await updateRequestFields(trx, request.id, { alertedForDue: plan.alertFor });
    summary.alerts += 1;
  }
  if (plan.event === null) return;
  const applied = await applyWorkflowEvent(ctx, request, plan.event);
  if (!applied.ok) return;
  if (plan.event.kind === 'reminder_due') {
    await updateRequestFields(trx, request.id, { lastReminderAt: now });
    summary.reminders += 1;
  } else if (request.state.status === 'denied') {
    // Verification has ended: its data goes (§7060(d)).
    if (request.challengeId !== null) await deleteChallenge(trx, request.challengeId);
    summary.denied += 1;
  } else {
    summary.overdue += 1;
  }
  await queueWorkflowMails(trx, deps, applied.mails, now);
}
