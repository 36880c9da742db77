import type { Db } from '../store/db.js';
import { purgeRawBodies } from '../store/inbound-messages.js';
import { purgeSentBodies } from '../store/outbox.js';
import { deleteExpiredChallenges } from '../store/verification-challenges.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';

export interface RetentionPolicy {
  rawRetentionDays: number;
  verificationRetentionDays: number;
}

export interface RetentionSummary {
  inboundPurged: number;
  outboxPurged: number;
  challengesDeleted: number;
}

const DAY_MS = 86_400_000;

/**
 * Minimization (§1798.100(c), §7060(d)): deletes raw message bodies (attachments included) once
 * older than the retention period and no longer needed by an open request, the bodies of sent
 * verification mails once verification ended (they hold a code), and expired challenges. The
 * §7101 record (requests, audit log, outbox metadata) stays: it is kept at least 24 months.
 */
export async function runRetention(db: Db, policy: RetentionPolicy, now: Date): Promise<RetentionSummary> {
  return db.transaction(async (trx) => {
    const cutoff = new Date(now.getTime() - policy.rawRetentionDays * DAY_MS);
    const inboundPurged = await purgeRawBodies(trx, { receivedBefore: cutoff, finalStatuses: FINAL_STATUSES }, now);
    // Verification mail holds a code: its body goes once verification ended, whatever its age.
    const outboxPurged = await purgeSentBodies(trx, { createdBefore: cutoff, codeKinds: ['verification-challenge', 'consumer-confirmation'] }, now);
    const challengesDeleted = await deleteExpiredChallenges(trx, new Date(now.getTime() - policy.verificationRetentionDays * DAY_MS));
    return { inboundPurged, outboxPurged, challengesDeleted };
  });
}
