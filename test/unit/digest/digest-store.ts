import type { Db } from '../../../src/store/db.js';
import { appendAudit } from '../../../src/store/audit-log.js';
import { insertInboundMessage } from '../../../src/store/inbound-messages.js';
import { enqueueOutbox } from '../../../src/store/outbox.js';
import { insertRequest } from '../../../src/store/requests.js';
import { assignRequest } from '../../../src/store/staff-assignments.js';
import { raiseStaffFlag } from '../../../src/store/staff-flags.js';
import { recordStaffReply } from '../../../src/store/staff-replies.js';

/** Fills a migrated database with fictional requests and one problem of each kind the digest reports. */
export async function seedDigestStore(db: Db, at: Date): Promise<void> {
  const inbound = (key: string, extra: { status?: 'processed' | 'quarantined'; verdict?: string; quarantineReason?: string } = {}) =>
    insertInboundMessage(
      db,
      {
        messageKey: key,
        messageId: key,
        origin: { source: 'cli', mailbox: null, uidValidity: null, uid: null, receivedAt: at },
        fromAddress: 'someone@example.org',
        subject: `Message ${key}`,
        raw: Buffer.from('x'),
        verdict: extra.verdict ?? 'human',
        verdictReason: extra.verdict ? `header:x-spam-flag=yes` : null,
        status: extra.status ?? 'processed',
        quarantineReason: extra.quarantineReason ?? null,
      },
      at,
    );
  const request = async (reference: string, status: string, dueDate: string, requester: string) => {
    const id = await insertRequest(db, { reference, type: 'deletion', status, requesterAddress: requester, requesterRole: 'self', consumerName: null, lang: 'en', receivedAt: at, dueDate, inboundMessageId: await inbound(`${reference}@example.org`) }, at);
    return id;
  };
  const overdue = await request('CCPA-2026-000001', 'needs_staff', '2026-11-20', 'lee.park@example.org');
  await raiseStaffFlag(db, { requestId: overdue, inboundMessageId: null, reason: 'overdue' }, at);
  await assignRequest(db, { requestId: overdue, staffAddress: 'sam.ortiz@example.com', assignedBy: 'alex.kim@example.com' }, at);
  const bounced = await request('CCPA-2026-000002', 'awaiting_verification', '2026-11-27', 'morgan.reyes@example.net');
  await request('CCPA-2026-000003', 'in_progress', '2027-01-07', 'river.chen@example.org');
  await appendAudit(db, { event: 'reply_bounced', actor: 'bot', requestId: bounced, inboundMessageId: null, detail: { recipient: 'morgan.reyes@example.net', status: '5.1.1' } }, at);
  const failedId = await enqueueOutbox(db, { messageId: 'out-1@example.com', kind: 'acknowledgement', lang: 'en', requestId: bounced, inboundMessageId: null, envelopeFrom: 'compliance@example.com', recipient: 'morgan.reyes@example.net', subject: 's', raw: Buffer.from('x') }, at);
  await db('outbox').where({ id: failedId }).update({ status: 'failed', attempts: 8, last_error: '550 5.1.1 user unknown' });
  await inbound('quarantined-1@example.org', { status: 'quarantined', quarantineReason: 'too_deeply_nested' });
  await inbound('spam-1@example.org', { verdict: 'spam' });
  await recordStaffReply(db, { messageKey: 'forged@example.net', inboundMessageId: null, reference: 'CCPA-2026-000001', fromAddress: 'alex.kim@example.com', command: 'approve', outcome: 'refused', failedCheck: 'authentication', detail: 'dkim=none' }, at);
}
