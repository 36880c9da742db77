import readline from 'node:readline';
import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';

/** Fewer files than this finish too soon for a bar to help. */
const MIN_FILES = 10;
/** Redraw at most this often when the work leaves the event loop no time for the bar's own timer. */
const REDRAW_MS = 100;

/** How a command over many files reports: its output, one file at a time, and the bar moving on. */
export interface FileProgress {
  /** Writes one file's result to stdout (above the bar while one is drawn). */
  write(text: string): void;
  /** Where the command's log lines go: stderr, through the bar (the line cleared first) while one is drawn. */
  logs: NodeJS.WritableStream;
  /** One more file done. */
  tick(): void;
  stop(): void;
}

/**
 * A progress bar for `process` and `classify` over many files (issue 17 must-show 5), on stderr
 * and only when stderr is a terminal: piped or redirected, the command prints exactly what it
 * printed before. cli-progress draws the bar; while stdout is the same terminal, the bar's line
 * is cleared before each result is written and drawn again under it, so the two never overwrite
 * each other (cli-progress's own `log()` buffers text until the next redraw, and drops what is
 * still buffered at stop: a result must never be lost to a bar).
 */
export function fileProgress(total: number, err: NodeJS.WriteStream = process.stderr, out: NodeJS.WritableStream = process.stdout): FileProgress {
  if (err.isTTY !== true || total < MIN_FILES) {
    return { write: (text) => void out.write(text), logs: err, tick: () => undefined, stop: () => undefined };
  }
  const bars = new cliProgress.MultiBar(
    { stream: err, format: ' {bar} {value}/{total} files | {eta_formatted} left', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  const sameTerminal = (out as { isTTY?: boolean }).isTTY === true;
  let drawnAt = 0;
  const redraw = (force: boolean) => {
    if (!force && Date.now() - drawnAt < REDRAW_MS) return;
    drawnAt = Date.now();
    bars.update();
  };
  const above = (write: () => void) => {
    readline.clearLine(err, 0);
    readline.cursorTo(err, 0);
    write();
    redraw(true);
  };
  // A terminal still (the logger's format follows isTTY), whose lines land above the bar.
  const logs = Object.assign(new Writable({ write: (chunk: Buffer, _enc, done) => (above(() => err.write(chunk)), done()) }), { isTTY: true });
  return {
    write: (text) => (sameTerminal ? above(() => out.write(text)) : void out.write(text)),
    logs,
    tick() {
      bar.increment();
      redraw(false);
    },
    stop: () => bars.stop(),
  };
}
