import pretty from 'pino-pretty';

/** `json`: one JSON object a line (journald, log shippers); `pretty`: coloured lines for a person. */
export type LogFormat = 'json' | 'pretty';

/**
 * Where pino writes (issue 17 must-show 4). A person at a terminal reads coloured lines: time,
 * level, the event name and what to do, then the fields (the request's reference among them);
 * anything else (a pipe, a file, journald under systemd) gets JSON lines. `format` null decides
 * by whether `destination` is a terminal; LOG_FORMAT forces either. pino-pretty runs in-process
 * on the same stream (no worker thread), so a line is written before the call returns, as with JSON.
 */
export function prettyLogStream(destination: NodeJS.WritableStream, format: LogFormat | null): NodeJS.WritableStream {
  const tty = (destination as { isTTY?: boolean }).isTTY === true;
  if ((format ?? (tty ? 'pretty' : 'json')) === 'json') return destination;
  return pretty({
    destination,
    colorize: tty,
    sync: true,
    translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
    ignore: 'pid,hostname,app,event',
    messageFormat: '{if event}{event}{end}{if msg}: {msg}{end}',
    singleLine: true,
  });
}
