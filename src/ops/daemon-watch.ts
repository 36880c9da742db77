import { Counter, Gauge, Registry } from 'prom-client';
import type { Logger } from '../shared/logger.js';
import type { SourceEvents } from '../ingest/mail-source.js';
import { BacklogProgress } from './backlog-progress.js';

/** Progress lines at most this often while a backlog is digested. */
const PROGRESS_EVERY_MS = 5_000;

/** What one committed message was, as far as the counters care. */
export interface CountedMessage {
  verdict: string | null;
  category: string | null;
}

/**
 * What the running daemon has seen since it started (issue 17): when the mailbox last answered,
 * whether this instance stands by, the reconnects, and the messages it handled by verdict and
 * category, as prom-client metrics on its own registry (never the global one, so two daemons in
 * one test process do not mix). It also logs the backlog's progress.
 */
export class DaemonWatch implements SourceEvents {
  readonly registry = new Registry();
  lastReadAt: Date | null = null;
  standby = false;
  private readonly messages = new Counter({ name: 'ccpa_mailbot_messages_total', help: 'Inbound messages committed since start, by screening verdict (quarantined: none) and classified category (machine mail: unclassified)', labelNames: ['verdict', 'category'], registers: [this.registry] });
  private readonly reconnects = new Counter({ name: 'ccpa_mailbot_imap_reconnects_total', help: 'IMAP sessions that failed and were reconnected since start', registers: [this.registry] });
  private readonly lastRead = new Gauge({ name: 'ccpa_mailbot_last_successful_poll_timestamp_seconds', help: 'Unix time the mailbox last answered a pass or a committed batch (0: not since start)', registers: [this.registry] });
  private readonly progress: BacklogProgress;

  constructor(
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    monotonicMs: () => number = () => performance.now(),
  ) {
    this.progress = new BacklogProgress(PROGRESS_EVERY_MS, monotonicMs);
    this.lastRead.set(0);
  }

  mailboxRead(): void {
    this.lastReadAt = this.now();
    this.lastRead.set(this.lastReadAt.getTime() / 1000);
  }

  reconnecting(): void {
    this.reconnects.inc();
  }

  backlogFound(messages: number): void {
    this.progress.found(messages);
  }

  standingBy(standby: boolean): void {
    this.standby = standby;
  }

  /** A batch was committed: count each message and say how far the backlog is. */
  committed(messages: readonly CountedMessage[]): void {
    for (const m of messages) this.messages.inc({ verdict: m.verdict ?? 'quarantined', category: m.category ?? 'unclassified' });
    const line = this.progress.advance(messages.length);
    if (line) this.log.info(line, line.event === 'backlog_done' ? `backlog done: ${line.handled} messages` : `backlog: ${line.handled} handled, ${line.remaining} to go, ${line.perSecond}/s, about ${line.secondsLeft ?? '?'} s left`);
  }
}
