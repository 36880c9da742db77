import { randomUUID } from 'node:crypto';
import { composeMail, ourMessageId } from '../mail/compose-mail.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { StaffNoticeData } from '../mail/template-data.js';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import { flagReasonText } from '../pipeline/decide/staff-flag-reasons.js';
import { loadOriginal, quotedOriginal } from './queue-flag-mails.js';
import type { StaffMailSettings } from './queue-staff-mail.js';
import { staffThreadRoot } from './staff-thread-root.js';

/**
 * Staff notice for a flag that belongs to no request (quarantined mail, a bounce we cannot match):
 * there is no thread to command, so it carries no reply key; its Reply-To is the staff member
 * themself, so a reply cannot land in the compliance mailbox as if a consumer had written. The
 * message is attached whole, and the notice says how to look at it and replay it.
 */
export async function queueStaffNotice(trx: Db, templates: TemplateSet, settings: StaffMailSettings, flag: { reason: string; inboundMessageId: number }, now: Date): Promise<string[]> {
  const original = await loadOriginal(trx, flag.inboundMessageId, now);
  const { sender } = settings;
  const thread = `MSG-${flag.inboundMessageId}`;
  const data: StaffNoticeData = {
    reasonTitle: flag.reason.replace(/[_:]/g, ' '),
    reasonText: flagReasonText(flag.reason),
    messageNumber: flag.inboundMessageId,
    ...quotedOriginal(original, '(no readable text: see the attachment)'),
    businessName: sender.businessName,
    botAddress: sender.address,
  };
  const ids: string[] = [];
  for (const staffAddress of settings.staffAddresses) {
    const rendered = templates.render('staff-notice', 'en', data);
    const messageId = ourMessageId(randomUUID(), sender.messageIdDomain);
    const root = staffThreadRoot(thread, staffAddress, sender.messageIdDomain);
    const { raw, subject } = await composeMail(rendered, sender, {
      to: staffAddress,
      replyTo: staffAddress,
      messageId,
      date: now,
      subjectTag: thread,
      inReplyTo: root,
      references: [root],
      autoSubmitted: 'auto-generated',
      ...(original?.raw ? { original: original.raw } : {}),
    });
    await enqueueOutbox(trx, { messageId, kind: 'staff-notice', lang: 'en', requestId: null, inboundMessageId: flag.inboundMessageId, envelopeFrom: sender.address, recipient: staffAddress, subject, raw }, now);
    ids.push(messageId);
  }
  return ids;
}
