import type { Db } from '../store/db.js';
import { appendAudit } from '../store/audit-log.js';
import { readRawMessage } from '../store/inbound-messages.js';
import { findOtherMessage, markOtherReopened } from '../store/other-messages.js';
import { fromDb } from '../store/time.js';
import { decideInbound, type ThreadContext } from '../pipeline/decide/decide-inbound.js';
import { understandMessage } from '../pipeline/process-message.js';
import type { Classification, RequestType } from '../pipeline/types.js';
import { commitDecision, type CommittedOutcome } from './commit-decision.js';
import type { InboundDeps } from './handle-inbound.js';

/** What staff say an `other` message really is. */
export type ReopenAs = { category: 'privacy_request'; types: RequestType[] } | { category: 'question' };

export type ReopenResult = ({ ok: true } & CommittedOutcome) | { ok: false; message: string };

const NO_THREAD: ThreadContext = { requests: [], bouncedReply: null, recentReplies: { toSenderOfKind: 0, inThread: 0 } };

/**
 * Staff turn a message judged `other` (no privacy matter, issue 16) into a request or a question:
 * the message is read again and decided as staff say, with its original receipt time, so every
 * clock runs from the day it arrived (ccpa-rules, Clocks; §1798.130(a)(2)); the records, the
 * first reply, the audit event and the changed verdict are committed in one transaction.
 */
export async function reopenOther(deps: InboundDeps, id: number, as: ReopenAs, staff: string, now: Date): Promise<ReopenResult> {
  return deps.db.transaction(async (trx: Db): Promise<ReopenResult> => {
    const row = await findOtherMessage(trx, id);
    if (!row) return { ok: false, message: `no message ${id} judged other (see requests list --category other)` };
    const raw = await readRawMessage(trx, id);
    if (!raw) return { ok: false, message: `message ${id}: its raw text is no longer stored (retention)` };
    const understanding = await understandMessage(raw, fromDb(row.receivedAt), deps.settings);
    if (!understanding.mail || !understanding.classification) return { ok: false, message: `message ${id} cannot be read again` };
    const classification = asStaffSay(understanding.classification, as, staff);
    const decision = decideInbound({ ...understanding, classification }, NO_THREAD, deps.settings);
    const committed = await commitDecision({ trx, deps, understanding: { ...understanding, classification }, inboundId: id, now }, decision);
    const label = as.category === 'question' ? 'question' : `request [${as.types.join(', ') || 'unspecified'}]`;
    await markOtherReopened(trx, id, `reopened by ${staff} as ${label}; was other: ${row.why ?? ''}`, now);
    await appendAudit(trx, { event: 'message_reclassified', actor: `staff:${staff}`, requestId: null, inboundMessageId: id, detail: { from: 'other', to: label, was: row.why } }, now);
    return { ok: true, ...committed };
  });
}

function asStaffSay(c: Classification, as: ReopenAs, staff: string): Classification {
  const reasons = [...c.reasons, `reclassified by staff (${staff}): ${as.category}`];
  const { otherWhy: _was, ...rest } = c;
  const base: Classification = { ...rest, confidence: 1, needsReview: false, reasons };
  if (as.category === 'question') return { ...base, category: 'question', requestTypes: [], accessScope: null, requester: 'none' };
  return { ...base, category: 'privacy_request', requestTypes: as.types, accessScope: as.types.includes('access') ? 'categories' : null, requester: 'self' };
}
