import type { Db } from '../store/db.js';
import { toIso } from '../store/time.js';
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
    const cutoff = toIso(new Date(now.getTime() - policy.rawRetentionDays * DAY_MS));
    const openRequests = trx('requests').whereNotIn('status', FINAL_STATUSES).select('id');
    const openMessages = trx('audit_events').whereIn('request_id', openRequests).whereNotNull('inbound_message_id').select('inbound_message_id');
    const openers = trx('requests').whereNotIn('status', FINAL_STATUSES).whereNotNull('inbound_message_id').select('inbound_message_id');
    const inboundPurged = await trx('inbound_messages')
      .whereNull('raw_purged_at')
      .andWhere('received_at', '<', cutoff)
      .whereNotIn('id', openMessages)
      .whereNotIn('id', openers)
      .update({ raw: null, raw_chunks: 0, raw_purged_at: toIso(now) });
    // A large message's pieces go with it (migration 012).
    await trx('inbound_raw_chunks').whereIn('inbound_message_id', trx('inbound_messages').whereNotNull('raw_purged_at').select('id')).delete();
    const sentBefore = await trx('outbox')
      .whereNull('raw_purged_at')
      .whereIn('status', ['sent', 'failed'])
      .andWhere((q) =>
        q
          .where('created_at', '<', cutoff)
          .orWhere((v) =>
            v.whereIn('kind', ['verification-challenge', 'consumer-confirmation']).whereNotIn('request_id', trx('requests').whereNotNull('challenge_id').select('id')),
          ),
      )
      .update({ raw: Buffer.alloc(0), raw_purged_at: toIso(now) });
    const challengesDeleted = await deleteExpiredChallenges(trx, new Date(now.getTime() - policy.verificationRetentionDays * DAY_MS));
    return { inboundPurged: Number(inboundPurged), outboxPurged: Number(sentBefore), challengesDeleted };
  });
}
