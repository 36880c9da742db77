import type { Db } from '../store/db.js';
import { deleteChallenge } from '../store/verification-challenges.js';
import { listOpenWorkflowRequests, loadWorkflowRequests, updateRequestFields, type WorkflowRequest } from '../store/workflow-requests.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';
import { applyWorkflowEvent, type PlannedMail } from './apply-workflow-event.js';
import { planSweepEvents } from './plan-sweep-events.js';
import { queueWorkflowMails } from './queue-workflow-mails.js';
import type { WorkflowDeps } from './workflow-settings.js';

export interface SweepSummary {
  reminders: number;
  /** Confirmations of receipt sent because nobody had by the confirm-by date (§7021(a)). */
  receiptConfirmations: number;
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
  const summary: SweepSummary = { reminders: 0, receiptConfirmations: 0, denied: 0, overdue: 0, alerts: 0 };
  // Requests one email opened are swept together, so they get one reminder or one denial mail.
  const groups = new Map<string, number[]>();
  for (const r of await listOpenWorkflowRequests(db, FINAL_STATUSES)) {
    const key = r.inboundMessageId === null ? `request:${r.id}` : `message:${r.inboundMessageId}`;
    groups.set(key, [...(groups.get(key) ?? []), r.id]);
  }
  for (const ids of groups.values()) {
    await db.transaction(async (trx) => {
      // Read again inside the transaction: inbound mail may have moved the requests meanwhile.
      const requests = (await loadWorkflowRequests(trx, ids)).filter((r) => !FINAL_STATUSES.includes(r.state.status));
      const mails: PlannedMail[] = [];
      for (const request of requests) mails.push(...(await sweepOne(trx, deps, request, now, summary)));
      await queueWorkflowMails(trx, deps, mails, now);
    });
  }
  return summary;
}

async function sweepOne(trx: Db, deps: WorkflowDeps, request: WorkflowRequest, now: Date, summary: SweepSummary): Promise<PlannedMail[]> {
  const plan = planSweepEvents(request, now, deps.workflow);
  if (plan.alertFor !== null) {
    const alert = { kind: 'deadline_near' as const, at: now, actor: 'bot' as const, messageId: null, deadline: plan.alertFor };
    const alerted = await applyWorkflowEvent({ trx, inboundId: null, now }, request, alert);
    await updateRequestFields(trx, request.id, { alertedForDue: plan.alertFor });
    if (alerted.ok) summary.alerts += 1;
  }
  if (plan.event === null) return [];
  const applied = await applyWorkflowEvent({ trx, inboundId: null, now }, request, plan.event);
  if (!applied.ok) return [];
  if (plan.event.kind === 'reminder_due') {
    await updateRequestFields(trx, request.id, { lastReminderAt: now });
    summary.reminders += 1;
  } else if (plan.event.kind === 'receipt_confirmation_due') {
    summary.receiptConfirmations += 1;
  } else if (request.state.status === 'denied') {
    // Verification has ended: its data goes (§7060(d)).
    if (request.challengeId !== null) await deleteChallenge(trx, request.challengeId);
    summary.denied += 1;
  } else {
    summary.overdue += 1;
  }
  return applied.mails;
}
