import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../../src/store/db.js';
import { insertInboundMessage } from '../../../src/store/inbound-messages.js';
import { insertRequest } from '../../../src/store/requests.js';
import { staffLoopSettings } from '../../../src/settings-from-config.js';
import { testConfig } from '../../support/bot-config.js';
import { listUnappliedStaffReplies, recordStaffReply, type StaffReplyRecord } from '../../../src/store/staff-replies.js';
import { assignRequest } from '../../../src/store/staff-assignments.js';
import { staffRecipients } from '../../../src/staff/staff-recipients.js';

const NOW = new Date('2026-11-24T18:00:00Z');
let db: Db;
let requestId: number;

beforeAll(async () => {
  db = openDb('sqlite::memory:');
  await migrate(db);
  const inboundId = await insertInboundMessage(
    db,
    {
      messageKey: 'm1@example.org',
      messageId: 'm1@example.org',
      origin: { source: 'cli', mailbox: null, uidValidity: null, uid: null, receivedAt: NOW },
      fromAddress: 'dana.whitfield@example.org',
      subject: 'Delete my data',
      raw: Buffer.from('x'),
      verdict: 'human',
      verdictReason: null,
      status: 'processed',
      quarantineReason: null,
    },
    NOW,
  );
  requestId = await insertRequest(
    db,
    { reference: 'CCPA-2026-000123', type: 'deletion', status: 'needs_staff', requesterAddress: 'dana.whitfield@example.org', requesterRole: 'self', consumerName: null, lang: 'en', receivedAt: NOW, dueDate: '2027-01-08', inboundMessageId: inboundId },
    NOW,
  );
});

afterAll(async () => {
  await db.destroy();
});

const applied: StaffReplyRecord = { messageKey: 'r1@example.com', inboundMessageId: null, reference: 'CCPA-2026-000123', fromAddress: 'alex.kim@example.com', command: 'approve', outcome: 'applied', failedCheck: null, detail: null };

describe('staff replies are recorded once (email-rules §4: the same staff message applied twice changes nothing)', () => {
  it('records a message the first time and reports the replay the second time', async () => {
    expect(await recordStaffReply(db, applied, NOW)).toBe(true);
    expect(await recordStaffReply(db, { ...applied, command: 'deny' }, NOW)).toBe(false);
    const rows = await db('staff_replies').where({ message_key: 'r1@example.com' }).select('command');
    expect(rows).toEqual([{ command: 'approve' }]);
  });

  it('lists refused and not-understood replies for the digest, not applied ones', async () => {
    await recordStaffReply(db, { ...applied, messageKey: 'f1@example.net', outcome: 'refused', failedCheck: 'authentication', detail: 'dkim=none' }, NOW);
    await recordStaffReply(db, { ...applied, messageKey: 'old@example.net', outcome: 'refused', failedCheck: 'reply_key' }, new Date('2026-11-01T00:00:00Z'));
    const listed = await listUnappliedStaffReplies(db, new Date('2026-11-23T16:00:00Z'));
    expect(listed).toEqual([{ reference: 'CCPA-2026-000123', fromAddress: 'alex.kim@example.com', outcome: 'refused', failedCheck: 'authentication', detail: 'dkim=none', createdAt: NOW.toISOString() }]);
  });
});

describe('assignments decide who hears a consumer reply (issue 6 item 4)', () => {
  it('goes to all staff until someone is assigned, then to the assigned member only', async () => {
    const all = ['alex.kim@example.com', 'sam.ortiz@example.com'];
    expect(await staffRecipients(db, [requestId], all)).toEqual(all);
    await assignRequest(db, { requestId, staffAddress: 'sam.ortiz@example.com', assignedBy: 'alex.kim@example.com' }, NOW);
    await assignRequest(db, { requestId, staffAddress: 'sam.ortiz@example.com', assignedBy: 'sam.ortiz@example.com' }, NOW);
    expect(await staffRecipients(db, [requestId], all)).toEqual(['sam.ortiz@example.com']);
  });
});

describe('staffLoopSettings', () => {
  it('generates the reply-key secret once and keeps it, unless one is configured', async () => {
    const config = testConfig({ STAFF_ADDRESSES: 'alex.kim@example.com' });
    const first = await staffLoopSettings(config, { replyKeySecret: null, trustedAuthservId: 'MX.Example.com' }, db, NOW);
    const again = await staffLoopSettings(config, { replyKeySecret: null, trustedAuthservId: null }, db, NOW);
    expect(String(first.replyKeySecret)).toMatch(/^[0-9a-f]{64}$/);
    expect(again.replyKeySecret).toBe(first.replyKeySecret);
    expect(first.trustedAuthservId).toBe('mx.example.com');
    expect(first.replyKeyDays).toBe(30);
    const configured = await staffLoopSettings(config, { replyKeySecret: 'x'.repeat(32), trustedAuthservId: null, replyKeyDays: 7 }, db, NOW);
    expect(configured).toMatchObject({ replyKeySecret: 'x'.repeat(32), replyKeyDays: 7, staffAddresses: ['alex.kim@example.com'] });
  });
});
