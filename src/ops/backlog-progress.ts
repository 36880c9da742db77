/**
 * Progress through a backlog (issue 17 must-show 5): a pass that finds messages waiting says, at
 * most every `everyMs`, how many it has handled, how many remain, the rate and the time left, so
 * an operator watching a start over thousands of messages sees it move. A pass that finishes
 * within the first interval logs nothing; one that logged progress ends with `backlog_done`.
 */

export interface ProgressLine {
  event: 'backlog_progress' | 'backlog_done';
  handled: number;
  remaining: number;
  /** Messages a second since the backlog was found. */
  perSecond: number;
  /** At the current rate; null while no rate is known. */
  secondsLeft: number | null;
}

export class BacklogProgress {
  private total = 0;
  private handled = 0;
  private startedMs = 0;
  private lastLineMs = 0;
  private spoke = false;

  constructor(
    private readonly everyMs: number,
    private readonly nowMs: () => number,
  ) {}

  /** A pass found `messages` above the checkpoint: a new backlog starts, unless one is still going. */
  found(messages: number): void {
    if (this.handled < this.total) {
      this.total = this.handled + messages;
      return;
    }
    this.total = messages;
    this.handled = 0;
    this.startedMs = this.nowMs();
    this.lastLineMs = this.startedMs;
    this.spoke = false;
  }

  /** `messages` more were committed; returns the line to log now, if any. */
  advance(messages: number): ProgressLine | null {
    if (this.total === 0) return null;
    this.handled = Math.min(this.total, this.handled + messages);
    const now = this.nowMs();
    const done = this.handled >= this.total;
    if (done && !this.spoke) return this.reset();
    if (!done && now - this.lastLineMs < this.everyMs) return null;
    this.lastLineMs = now;
    this.spoke = true;
    const line = this.line(now, done ? 'backlog_done' : 'backlog_progress');
    if (done) this.reset();
    return line;
  }

  private line(now: number, event: ProgressLine['event']): ProgressLine {
    const seconds = Math.max(0.001, (now - this.startedMs) / 1000);
    const perSecond = this.handled / seconds;
    const remaining = this.total - this.handled;
    return { event, handled: this.handled, remaining, perSecond: Math.round(perSecond * 10) / 10, secondsLeft: perSecond > 0 ? Math.ceil(remaining / perSecond) : null };
  }

  private reset(): null {
    this.total = 0;
    this.handled = 0;
    this.spoke = false;
    return null;
  }
}
