import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/shared/logger.js';
import type { LogFormat } from '../../../src/shared/pretty-log.js';

/** A sink that calls itself a terminal or not, as process.stderr does. */
function sink(tty: boolean): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => ((text += chunk.toString()), done()) });
  Object.assign(stream, { isTTY: tty });
  return { stream, text: () => text };
}

function logOnce(tty: boolean, format: LogFormat | null): string {
  const out = sink(tty);
  const log = createLogger('info', out.stream, format);
  log.info({ event: 'reply_sent', reference: 'CCPA-2026-000042', kind: 'acknowledgement', url: 'imap://bot:secret@mail.example.com' });
  log.warn({ event: 'reply_retry_scheduled', reference: 'CCPA-2026-000042' }, 'the SMTP server refused for now; retrying');
  return out.text();
}

const ESC = '\u001b[';

describe('logs a person can read (issue 17 must-show 4)', () => {
  it('writes coloured single lines on a terminal: time, level, event, message, then the fields', () => {
    const text = logOnce(true, null);
    expect(text).toContain(ESC);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(() => JSON.parse(lines[0] ?? '') as unknown).toThrow();
    expect(lines[0]).toMatch(/INFO.*reply_sent.*CCPA-2026-000042/);
    expect(lines[1]).toMatch(/WARN.*reply_retry_scheduled.*the SMTP server refused for now; retrying.*CCPA-2026-000042/);
    // Redaction happens before formatting: a password never reaches the terminal either.
    expect(text).not.toContain('secret');
  });

  it('writes JSON lines when the log is not a terminal (a pipe, a file, journald)', () => {
    const lines = logOnce(false, null).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['reply_sent', 'reply_retry_scheduled']);
  });

  it('lets LOG_FORMAT override either way: pretty without colour into a pipe, JSON on a terminal', () => {
    const piped = logOnce(false, 'pretty');
    expect(piped).not.toContain(ESC);
    expect(piped).toMatch(/INFO.*reply_sent/);
    const json = logOnce(true, 'json').trimEnd().split('\n');
    expect((JSON.parse(json[0] ?? '') as { reference: string }).reference).toBe('CCPA-2026-000042');
  });
});
