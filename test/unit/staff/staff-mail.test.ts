import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/mail/render-template.js';
import { queueStaffMail } from '../../../src/staff/queue-staff-mail.js';
import { staffThreadRoot } from '../../../src/staff/staff-thread-root.js';
import { migrate, openDb } from '../../../src/store/db.js';
import { makeReplyKey, replyKeyAddress } from '../../../src/staff/reply-key.js';
import { STAFF_FLAG_REASONS } from '../../../src/pipeline/decide/staff-flag-reasons.js';
import { flagNextStep } from '../../../src/pipeline/decide/staff-flag-next-steps.js';
import { confirmationMailData, daysLeftText, firstLines, flagMailData, helpMailData, offeredCommands, type FlagMailFacts } from '../../../src/staff/staff-mail-data.js';
import { sampleRequest } from '../../support/sample-mail.js';

const templates = loadTemplates([path.resolve('templates')]);
const original = sampleRequest({ messageId: 'req-1@example.org', body: 'Please delete my data. <script>alert(1)</script>' });
const facts: FlagMailFacts = {
  reference: 'CCPA-2026-000123',
  reasonCode: 'agent_request',
  typeLabel: 'Deletion',
  requester: 'dana.whitfield@example.org',
  requesterRole: 'agent',
  receivedDate: 'November 23, 2026',
  dueDate: 'January 7, 2027',
  daysLeft: 44,
  status: 'received',
  botAction: 'Opened the request and sent an acknowledgement.',
  staffAddress: 'alex.kim@example.com',
  keyExpires: 'December 23, 2026',
  original: { from: 'Dana Whitfield <dana.whitfield@example.org>', date: 'November 23, 2026', subject: 'Delete my personal information', text: 'Please delete my data. <script>alert(1)</script>' },
  businessName: 'MTBC',
  botAddress: 'compliance@example.com',
};

describe('flag mail (issue 6 item 1)', () => {
  it('gives the summary, the reason, the commands, and the original quoted and escaped', () => {
    const message = templates.render('staff-flag', 'en', flagMailData(facts));
    for (const part of [message.subject, message.text, message.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(message.subject).toBe('Needs staff: agent request (Deletion)');
    expect(message.text).toContain('authorized agent');
    expect(message.text).toContain('44 days left');
    expect(message.text).toMatch(/deny REASON \[text\] +REASON is one of: unverifiable, not_a_consumer/);
    expect(message.html).toContain('&lt;script&gt;');
    expect(message.html).not.toContain('<script>');
  });

  it('is sent with the reply key as Reply-To, threaded per request and staff member, the original attached', async () => {
    const now = new Date('2026-11-23T18:00:00Z');
    const secret = 'test-secret-0123456789abcdef-0123456789abcdef';
    const key = makeReplyKey(secret, { reference: facts.reference, staffAddress: facts.staffAddress, expiresAt: new Date(now.getTime() + 30 * 86_400_000) });
    const replyTo = replyKeyAddress('compliance@example.com', key);
    const sender = { name: 'MTBC Privacy Bot', address: 'compliance@example.com', messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' };
    const db = openDb('sqlite::memory:');
    await migrate(db);
    await queueStaffMail(
      db,
      templates,
      { sender, staffAddresses: [facts.staffAddress], replyKeySecret: secret, replyKeyDays: 30 },
      { kind: 'staff-flag', data: flagMailData(facts), to: [facts.staffAddress], reference: facts.reference, requestId: null, inboundMessageId: null, original: Buffer.from(original) },
      now,
    );
    const row = await db('outbox').first('raw', 'subject');
    await db.destroy();
    const raw = Buffer.from(row.raw);
    const subject = String(row.subject);
    const parsed = await simpleParser(raw);
    expect(subject).toBe('Needs staff: agent request (Deletion) [CCPA-2026-000123]');
    expect(parsed.replyTo?.value[0]?.address).toBe(replyTo);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const root = staffThreadRoot(facts.reference, facts.staffAddress, 'example.com');
    expect(parsed.references).toBe(`<${root}>`);
    expect(staffThreadRoot(facts.reference, 'sam.ortiz@example.com', 'example.com')).not.toBe(root);
    expect(parsed.attachments.map((a) => a.contentType)).toEqual(['message/rfc822']);
    expect(parsed.attachments[0]?.content.toString()).toContain('Message-ID: <req-1@example.org>');
  });
});

describe('flag mail says what to do now (issue 14 item 8)', () => {
  it('leads with one next step per flag kind, each its own', () => {
    const steps = STAFF_FLAG_REASONS.map(flagNextStep);
    expect(new Set(steps).size).toBe(STAFF_FLAG_REASONS.length);
    expect(flagNextStep('verified_ready')).toMatch(/complete/);
    expect(flagNextStep('hipaa_matter')).toMatch(/forward/);
    const message = templates.render('staff-flag', 'en', flagMailData(facts));
    expect(message.text).toMatch(/^Next step: Open the attached permission/m);
    expect(message.text.indexOf('Next step:')).toBeLessThan(message.text.indexOf('Why:'));
    expect(message.html).toContain('<strong>Next step:</strong> Open the attached permission');
  });

  it('shows the classifier\'s reasons and the latest messages of the thread, escaped in HTML', () => {
    const thread = [
      { date: 'November 23, 2026', direction: 'in' as const, who: 'dana.whitfield@example.org', lines: 'Please delete my data.' },
      { date: 'November 23, 2026', direction: 'out' as const, who: 'dana.whitfield@example.org', lines: 'We received your request <CCPA-2026-000123>.' },
    ];
    const data = flagMailData({ ...facts, classifierReasons: ['lang en', 'deletion: "delete my data" (delete_my, imperative)'], thread });
    const message = templates.render('staff-flag', 'en', data);
    expect(message.text).toContain('How the bot read the message:\n  - lang en\n  - deletion: "delete my data" (delete_my, imperative)');
    expect(message.text).toContain('Latest messages:\n  November 23, 2026 from dana.whitfield@example.org\nPlease delete my data.');
    expect(message.text).toContain('November 23, 2026 to dana.whitfield@example.org');
    expect(message.html).toContain('&lt;CCPA-2026-000123&gt;');
    const bare = templates.render('staff-flag', 'en', flagMailData(facts));
    expect(bare.text).not.toContain('How the bot read the message');
    expect(bare.text).not.toContain('Latest messages');
  });

  it('keeps the first lines of new text, not the quoted history', () => {
    expect(firstLines('Hi,\n\n> old quoted text\nPlease delete it.\nThanks\nDana\nP.S.')).toBe('Hi,\nPlease delete it.\nThanks\n...');
    expect(firstLines('  \n')).toBe('(no text)');
  });

  it('offers only the commands that apply to the record', () => {
    const unverified = { ccpa: true, completable: false };
    const verified = { ccpa: true, completable: true };
    const question = { ccpa: false, completable: false };
    expect(offeredCommands('low_confidence', unverified)).not.toContain('complete');
    expect(offeredCommands('verified_ready', verified)).toContain('complete');
    expect(offeredCommands('low_confidence', unverified)).not.toContain('close');
    expect(offeredCommands('question', question)).toContain('close');
    expect(offeredCommands('question', question)).not.toContain('complete');
    expect(offeredCommands('hipaa_matter', question)).toEqual(expect.arrayContaining(['forward', 'close']));
    expect(offeredCommands('hipaa_mentioned', unverified)).not.toContain('forward');
    const menu = templates.render('staff-flag', 'en', flagMailData({ ...facts, reasonCode: 'low_confidence', record: unverified })).text;
    expect(menu).not.toMatch(/^ {2}complete /m);
    expect(menu).toMatch(/^ {2}confirm /m);
  });
});

describe('help and confirmation mail', () => {
  it('explains what was not understood and lists the commands', () => {
    const message = templates.render('staff-help', 'en', helpMailData({ reference: 'CCPA-2026-000123', problem: 'unknown_denial_reason', firstLine: 'deny nope', businessName: 'MTBC' }));
    expect(message.text).toContain('the denial reason is not one of the fixed list');
    expect(message.text).toContain('Your first line was: deny nope');
    expect(message.text).toContain('Nothing was changed.');
    const asked = templates.render('staff-help', 'en', helpMailData({ reference: 'CCPA-2026-000123', problem: null, firstLine: 'help', businessName: 'MTBC' }));
    expect(asked.text).not.toContain('Nothing was changed');
  });

  it('confirms a command done or not done', () => {
    const done = templates.render('staff-confirmation', 'en', confirmationMailData({ reference: 'CCPA-2026-000123', commandText: 'approve', applied: true, outcomeText: 'The request is verified.', status: 'in_progress', consumerMail: 'verified', businessName: 'MTBC' }));
    expect(done.subject).toBe('Done: approve');
    expect(done.text).toContain('The request is now: in_progress.');
    const refused = templates.render('staff-confirmation', 'en', confirmationMailData({ reference: 'CCPA-2026-000123', commandText: 'extend', applied: false, outcomeText: 'The extension was already used.', status: null, consumerMail: null, businessName: 'MTBC' }));
    expect(refused.subject).toBe('Not done: extend');
    expect(refused.text).not.toContain('The request is now');
  });

  it('writes days left as a person would', () => {
    expect([daysLeftText(1), daysLeftText(0), daysLeftText(-1), daysLeftText(-3)]).toEqual(['1 day left', 'due today', '1 day overdue', '3 days overdue']);
  });
});
