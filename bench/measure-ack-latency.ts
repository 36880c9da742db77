import { ImapFlow } from 'imapflow';
import type { DovecotServer } from '../test/harness/dovecot.js';
import type { SmtpCapture } from '../test/harness/smtp-capture.js';
import { seededRandom } from './mix/random.js';
import { FIRST_NAMES, LAST_NAMES } from './mix/phrases.js';
import { percentile } from './percentile.js';

export interface AckLatencyResult {
  requests: number;
  p50: number;
  p95: number;
  max: number;
  meanIntervalMs: number;
}

/**
 * With the daemon idle in IMAP IDLE, appends `count` requests one at a time (on one open
 * connection) at random intervals, and measures from just before each APPEND to the moment the
 * SMTP capture server accepted the acknowledgement that answers it (matched by In-Reply-To).
 */
export async function measureAckLatency(server: DovecotServer, smtp: SmtpCapture, count: number, intervalMs: [number, number]): Promise<AckLatencyResult> {
  const random = seededRandom(7);
  const sentAt = new Map<string, number>();
  const before = smtp.messages.length;
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
  await client.connect();
  let waited = 0;
  try {
    for (let i = 0; i < count; i += 1) {
      const pause = random.int(intervalMs[0], intervalMs[1]);
      waited += pause;
      await new Promise((resolve) => setTimeout(resolve, pause));
      const messageId = `ack-${i}-${Date.now()}@example.org`;
      const raw = requestFrom(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, `ack.${i}.${Date.now()}@example.org`, messageId, i % 3 === 2);
      sentAt.set(messageId, Date.now());
      await client.append('INBOX', raw);
    }
  } finally {
    await client.logout();
  }
  // Wait for an answer to every request, not for a count of messages: other mail of the daemon
  // (a late reply of the backlog phase, a staff flag) may reach the capture in between.
  const latencies = new Map<string, number>();
  const others: string[] = [];
  const deadline = Date.now() + 60_000;
  let read = before;
  while (latencies.size < count && Date.now() < deadline) {
    await smtp.waitForMessages(read + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
    for (const mail of smtp.messages.slice(read)) {
      const head = mail.raw.toString('utf8');
      const id = /^In-Reply-To: <([^>]+)>/im.exec(head)?.[1];
      const t0 = id === undefined ? undefined : sentAt.get(id);
      if (t0 !== undefined) latencies.set(id!, mail.receivedAt.getTime() - t0);
      else others.push(`${/^Subject: (.*)$/im.exec(head)?.[1] ?? '(no subject)'} -> ${mail.to.join(", ")}`);
    }
    read = smtp.messages.length;
  }
  if (latencies.size !== count) throw new Error(`ack latency: ${latencies.size} of ${count} requests answered within 60 s; other mail seen: ${others.join('; ') || 'none'}`);
  const values = [...latencies.values()];
  return { requests: count, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), meanIntervalMs: waited / count };
}

function requestFrom(name: string, address: string, messageId: string, spanish: boolean): string {
  const [subject, body] = spanish
    ? ['Borrar mis datos', 'Hola,\r\n\r\nPor favor eliminen todos mis datos personales.\r\n\r\nGracias,']
    : ['Delete my personal information', 'Hello,\r\n\r\nPlease delete all personal information you hold about me.\r\n\r\nThanks,'];
  return [`From: ${name} <${address}>`, 'To: compliance@example.com', `Subject: ${subject}`, `Date: ${new Date().toUTCString()}`, `Message-ID: <${messageId}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body, name, ''].join('\r\n');
}
