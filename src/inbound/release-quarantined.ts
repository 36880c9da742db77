import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { findInboundSummary, markQuarantineReleased, readRawMessage } from '../store/inbound-messages.js';
import { resolveMessageFlags } from '../store/staff-flags.js';
import { fromDb } from '../store/time.js';
import { decide, understandMessage } from '../pipeline/process-message.js';
import { isFromStaff, isStaffReply } from '../staff/check-staff-reply.js';
import { commitDecision, type CommittedOutcome } from './commit-decision.js';
import { loadThreadContext, type InboundDeps } from './handle-inbound.js';

/** Why a quarantined message was not released: one reason each, one table of words below. */
export type ReleaseRefusal = 'not_quarantined' | 'raw_removed' | 'still_quarantined' | 'staff_mail';

export type ReleaseResult = ({ ok: true; outcome: string } & CommittedOutcome) | { ok: false; why: ReleaseRefusal; message: string };

const WHY_NOT: Record<ReleaseRefusal, (id: number, detail: string) => string> = {
  not_quarantined: (id) => `no quarantined message with id ${id} (see quarantine list)`,
  raw_removed: (id) => `message ${id}: its raw source was removed by the retention job, so it cannot be read again; dismiss it`,
  still_quarantined: (id, reason) => `message ${id} is still held (${reason}): read again now, it would be quarantined the same way; nothing was changed. Inspect it with quarantine show, then dismiss it`,
  staff_mail: (id) => `message ${id} is mail from staff: a staff command is never replayed; send it again if it still applies`,
};

const refuse = (why: ReleaseRefusal, id: number, detail = ''): ReleaseResult => ({ ok: false, why, message: WHY_NOT[why](id, detail) });

/**
 * `quarantine release ID` (issue 14 item 10): a quarantined message is read again through the
 * real pipeline (screening, classification, the thread, the decision) as if it had just arrived,
 * with its original receipt time, so the clocks run from the day it came (§1798.130(a)(2)). The
 * decision, its mail, the resolved quarantine flag and the audit entry are committed in one
 * transaction on the stored row; a message the current rules still quarantine is left as it is.
 */
export async function releaseQuarantined(deps: InboundDeps, id: number, staff: string, now: Date, note?: string): Promise<ReleaseResult> {
  return deps.db.transaction(async (trx: Db): Promise<ReleaseResult> => {
    const row = await findInboundSummary(trx, id);
    if (row?.status !== 'quarantined') return refuse('not_quarantined', id);
    const raw = await readRawMessage(trx, id);
    if (raw === null) return refuse('raw_removed', id);
    const understanding = await understandMessage(raw, fromDb(row.received_at), deps.settings);
    if (understanding.quarantine !== null || understanding.mail === null) return refuse('still_quarantined', id, understanding.quarantine ?? 'unparseable');
    const staffSettings = await deps.staff(trx, now);
    if (isStaffReply(understanding.mail, deps.sender.address) || isFromStaff(understanding.mail, staffSettings.staffAddresses)) return refuse('staff_mail', id);
    const decision = decide(understanding, await loadThreadContext(trx, deps, understanding, now), deps.settings);
    await markQuarantineReleased(trx, id);
    await resolveMessageFlags(trx, id, now);
    const committed = await commitDecision({ trx, deps, understanding, inboundId: id, now }, decision);
    await appendAudit(trx, { event: 'quarantine_released', actor: `staff:${staff}`, requestId: null, inboundMessageId: id, detail: { outcome: decision.outcome, ...(note ? { staffReason: note } : {}) } }, now);
    return { ok: true, outcome: decision.outcome, ...committed };
  });
}
