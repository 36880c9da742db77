import { Gauge, type Registry } from 'prom-client';
import type { OperationsSnapshot } from '../store/operations-snapshot.js';

/**
 * The metrics read from the database at each scrape (issue 17 must-show 1): outgoing mail by
 * kind and state, the outbox's depth and oldest waiting row, open requests by status, requests
 * past or near their deadline, open staff flags and staff commands that changed nothing. Gauges,
 * because they are the rows' state now, shared by every instance on the database.
 */
export class DatabaseGauges {
  private readonly outbox: Gauge<'kind' | 'status'>;
  private readonly depth: Gauge;
  private readonly oldest: Gauge;
  private readonly overdue: Gauge;
  private readonly requests: Gauge<'status'>;
  private readonly deadlines: Gauge<'when'>;
  private readonly flags: Gauge;
  private readonly refused: Gauge<'outcome' | 'check'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.outbox = new Gauge({ name: 'ccpa_mailbot_outbox_messages', help: 'Outgoing mail by kind and state (sent and failed are the replies sent and given up on)', labelNames: ['kind', 'status'], registers });
    this.depth = new Gauge({ name: 'ccpa_mailbot_outbox_depth', help: 'Outgoing mail waiting to be sent (pending or sending)', registers });
    this.oldest = new Gauge({ name: 'ccpa_mailbot_outbox_oldest_pending_age_seconds', help: 'Age of the oldest outgoing mail still waiting (0: none)', registers });
    this.overdue = new Gauge({ name: 'ccpa_mailbot_outbox_overdue', help: 'Pending outgoing mail due longer ago than HEALTH_OUTBOX_OVERDUE_SECONDS', registers });
    this.requests = new Gauge({ name: 'ccpa_mailbot_open_requests', help: 'Requests not completed, denied or withdrawn, by status', labelNames: ['status'], registers });
    this.deadlines = new Gauge({ name: 'ccpa_mailbot_requests_deadline', help: 'Open requests past their deadline in force (when="past") or due within STAFF_ALERT_DAYS_BEFORE days (when="near")', labelNames: ['when'], registers });
    this.flags = new Gauge({ name: 'ccpa_mailbot_staff_flags_open', help: 'Staff flags not yet resolved', registers });
    this.refused = new Gauge({ name: 'ccpa_mailbot_staff_commands_refused', help: 'Staff replies that changed nothing, by outcome and failed check', labelNames: ['outcome', 'check'], registers });
  }

  /** Sets every gauge from one snapshot; label sets that vanished from the rows vanish here too. */
  update(snapshot: OperationsSnapshot, now: Date): void {
    this.outbox.reset();
    for (const row of snapshot.outbox) this.outbox.set({ kind: row.kind, status: row.status }, row.count);
    this.depth.set(snapshot.outbox.filter((r) => r.status === 'pending' || r.status === 'sending').reduce((sum, r) => sum + r.count, 0));
    this.oldest.set(snapshot.oldestPendingAt === null ? 0 : Math.max(0, (now.getTime() - snapshot.oldestPendingAt.getTime()) / 1000));
    this.overdue.set(snapshot.outboxOverdue);
    this.requests.reset();
    for (const row of snapshot.openRequests) this.requests.set({ status: row.status }, row.count);
    this.deadlines.set({ when: 'past' }, snapshot.requestsPastDeadline);
    this.deadlines.set({ when: 'near' }, snapshot.requestsNearDeadline);
    this.flags.set(snapshot.staffFlagsOpen);
    this.refused.reset();
    for (const row of snapshot.staffCommandsRefused) this.refused.set({ outcome: row.outcome, check: row.check }, row.count);
  }
}
