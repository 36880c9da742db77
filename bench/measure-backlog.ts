import { spawnDaemon } from './daemon-child.js';

export interface BacklogResult {
  messages: number;
  /** From the daemon's `daemon_started` until every message's decision was committed. */
  ms: number;
  perSec: number;
  /** Spawn to `daemon_started` (Node start, configuration, migrations): not in `ms`. */
  startupMs: number;
  /** Until, in addition, the outbox held nothing pending or being sent. */
  drainedMs: number;
  /** CPU time of the daemon per message while it digested the backlog (less noisy than wall time). */
  cpuMsPerMessage: number;
  replies: Record<string, number>;
  peakRssMb: number;
  /** The resident set at its largest poll, split into anonymous and file-backed memory (MB). */
  sampledPeak: Record<string, number>;
  problems: string[];
}

/**
 * Starts the real daemon in its own process on a mailbox already holding `messages` messages
 * and waits until all are committed and every queued reply has left; stops it and reports.
 */
export async function measureBacklog(env: Record<string, string>, cwd: string, messages: number, timeoutMs: number): Promise<BacklogResult> {
  const daemon = spawnDaemon(env, cwd);
  try {
    const started = await daemon.started();
    const cpuAtStart = daemon.cpuMs();
    const committed = await daemon.waitFor((p) => p.inbound >= messages, `${messages} committed messages`, timeoutMs);
    const cpuAtEnd = daemon.cpuMs();
    const drained = await daemon.waitFor((p) => (p.outbox.pending ?? 0) + (p.outbox.sending ?? 0) === 0, 'an empty outbox', timeoutMs);
    const ms = committed.at - started;
    return {
      messages,
      ms,
      perSec: messages / (ms / 1000),
      startupMs: started - daemon.spawnedAt,
      drainedMs: drained.at - started,
      cpuMsPerMessage: (cpuAtEnd - cpuAtStart) / messages,
      replies: drained.outbox,
      peakRssMb: daemon.peakRssMb(),
      sampledPeak: daemon.sampledPeak(),
      problems: daemon.problems(),
    };
  } finally {
    await daemon.stop();
  }
}
