import { openDb } from '../src/store/db.js';
import { toIso } from '../src/store/time.js';
import type { SmtpCapture } from '../test/harness/smtp-capture.js';
import { spawnDaemon, type DaemonChild } from './daemon-child.js';

export interface SendResult {
  replies: number;
  ms: number;
  perSec: number;
}

/**
 * Replies delivered per second: every reply the backlog run sent is put back to `pending`
 * (the daemon is stopped meanwhile), then a fresh daemon starts with an empty INBOX and drains
 * the outbox into the SMTP capture server. Timed from the daemon's `daemon_started` to the last
 * message the SMTP server accepted. The daemon is left running (idle) for the next phase.
 */
export async function measureSend(env: Record<string, string>, cwd: string, smtp: SmtpCapture, timeoutMs: number): Promise<{ result: SendResult; daemon: DaemonChild }> {
  const db = openDb(env.DATABASE_URL ?? '');
  let replies: number;
  try {
    replies = await db('outbox')
      .where({ status: 'sent' })
      .update({ status: 'pending', attempts: 0, sent_at: null, claimed_by: null, claimed_at: null, next_attempt_at: toIso(new Date(Date.now() - 1000)) });
  } finally {
    await db.destroy();
  }
  const before = smtp.messages.length;
  const daemon = spawnDaemon(env, cwd);
  const started = await daemon.started();
  await smtp.waitForMessages(before + replies, timeoutMs);
  const last = smtp.messages[smtp.messages.length - 1]?.receivedAt.getTime() ?? Date.now();
  const ms = last - started;
  return { result: { replies, ms, perSec: replies / (ms / 1000) }, daemon };
}
