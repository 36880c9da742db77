import { randomUUID } from 'node:crypto';
import type { Logger } from '../shared/logger.js';
import { composeMail, ourMessageId } from '../mail/compose-mail.js';
import type { RenderedMessage, TemplateSet } from '../mail/render-template.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import type { Db } from '../store/db.js';
import { enqueueOutbox } from '../store/outbox.js';
import { buildDigest } from './build-digest.js';
import { dueDigestSlot, type DigestTime } from './digest-schedule.js';
import { lastDigestAt, takeDigestSlot } from '../store/digest-runs.js';
import { digestTemplateData } from './digest-template-data.js';
import type { Digest } from './digest-types.js';
import { loadDigestInput } from './load-digest-input.js';

export interface DigestSettings {
  staffAddresses: readonly string[];
  timeZone: string;
  digestTime: DigestTime;
  /** Who we are: the one sender identity of every mail path. */
  sender: SenderIdentity;
}

export interface DigestDeps {
  db: Db;
  templates: TemplateSet;
  settings: DigestSettings;
  log: Logger;
}

export type DigestRunResult =
  | { outcome: 'queued'; slot: string | null; recipients: string[] }
  | { outcome: 'already_sent'; slot: string }
  /** Before today's digest time: nothing is due yet. */
  | { outcome: 'not_due' }
  | { outcome: 'no_staff' };

/** Builds and renders the digest from the store, as of `now`. Reads only. */
export async function renderDigest(db: Db, templates: TemplateSet, settings: DigestSettings, now: Date): Promise<{ digest: Digest; message: RenderedMessage }> {
  const input = await loadDigestInput(db, await lastDigestAt(db), now);
  const digest = buildDigest(input, now, settings.timeZone);
  const message = templates.render('digest', 'en', digestTemplateData(digest, { businessName: settings.sender.businessName, timeZone: settings.timeZone }));
  return { digest, message };
}

/**
 * The scheduled digest (issue 6 item 5): sends today's slot, once the digest time has passed,
 * unless it was sent already.
 * Run by the cron job at the digest time and once at start-up, which is the catch-up when the
 * daemon was down at that time; a restart after sending finds the slot taken and sends nothing.
 * Slot, and one outbox row per staff member, are committed in one transaction.
 */
export async function sendDueDigest(deps: DigestDeps, now: Date): Promise<DigestRunResult> {
  const { settings } = deps;
  if (settings.staffAddresses.length === 0) return { outcome: 'no_staff' };
  const slot = dueDigestSlot(now, settings.digestTime, settings.timeZone);
  if (!slot) {
    deps.log.info({ event: 'digest_run', outcome: 'not_due' });
    return { outcome: 'not_due' };
  }
  const result = await deps.db.transaction(async (trx) => {
    // Rendered before the slot is taken: "since" is the previous digest, not this one.
    const { message } = await renderDigest(trx, deps.templates, settings, now);
    if (!(await takeDigestSlot(trx, slot, settings.staffAddresses.length, now))) return { outcome: 'already_sent' as const, slot: slot.slot };
    const recipients = await queueDigest(trx, deps, message, now);
    return { outcome: 'queued' as const, slot: slot.slot, recipients };
  });
  deps.log.info({ event: 'digest_run', ...result });
  return result;
}

/** `digest --send`: queues the digest now, outside the schedule; the scheduled one still goes out. */
export async function sendDigestNow(deps: DigestDeps, now: Date): Promise<DigestRunResult> {
  if (deps.settings.staffAddresses.length === 0) return { outcome: 'no_staff' };
  const recipients = await deps.db.transaction(async (trx) => {
    const { message } = await renderDigest(trx, deps.templates, deps.settings, now);
    return queueDigest(trx, deps, message, now);
  });
  deps.log.info({ event: 'digest_sent_by_hand', recipients });
  return { outcome: 'queued', slot: null, recipients };
}

async function queueDigest(trx: Db, deps: DigestDeps, message: RenderedMessage, now: Date): Promise<string[]> {
  const { settings } = deps;
  const { sender } = settings;
  for (const to of settings.staffAddresses) {
    const messageId = ourMessageId(randomUUID(), sender.messageIdDomain);
    // RFC 3834 §5: a digest is auto-generated, not a reply to anything.
    const { raw, subject } = await composeMail(message, sender, { to, messageId, date: now, subjectTag: null, inReplyTo: null, references: [], autoSubmitted: 'auto-generated' });
    await enqueueOutbox(trx, { messageId, kind: 'digest', lang: 'en', requestId: null, inboundMessageId: null, envelopeFrom: sender.address, recipient: to, subject, raw }, now);
  }
  return [...settings.staffAddresses];
}
