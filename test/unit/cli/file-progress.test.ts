import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileProgress } from '../../../src/cli/file-progress.js';

/** A stream that is a terminal or not, as process.stderr and process.stdout are. */
function stream(tty: boolean): Writable & { isTTY: boolean; columns: number; text: string } {
  const s = new Writable({ write: (chunk: Buffer, _enc, done) => ((s.text += chunk.toString()), done()) }) as Writable & { isTTY: boolean; columns: number; text: string };
  return Object.assign(s, { isTTY: tty, columns: 100, text: '' });
}

function run(files: number, errTty: boolean, outTty: boolean): { err: string; out: string } {
  const err = stream(errTty);
  const out = stream(outTty);
  const progress = fileProgress(files, err as unknown as NodeJS.WriteStream, out);
  for (let i = 0; i < files; i += 1) {
    progress.write(`file-${i}.eml: privacy_request\n`);
    progress.tick();
  }
  progress.stop();
  return { err: err.text, out: out.text };
}

describe('a progress bar over many files (issue 17 must-show 5)', () => {
  it('prints nothing extra when stderr is piped: the output is exactly the results', () => {
    const { err, out } = run(40, false, false);
    expect(err).toBe('');
    expect(out).toBe(Array.from({ length: 40 }, (_, i) => `file-${i}.eml: privacy_request\n`).join(''));
  });

  it('draws the bar on a terminal while the results go to a redirected stdout untouched', () => {
    const { err, out } = run(40, true, false);
    expect(err).toMatch(/\d+\/40 files/);
    expect(out).toBe(Array.from({ length: 40 }, (_, i) => `file-${i}.eml: privacy_request\n`).join(''));
  });

  it('clears the bar before each result when both are the same terminal, and every result reaches stdout', () => {
    const { err, out } = run(40, true, true);
    expect(out).toBe(Array.from({ length: 40 }, (_, i) => `file-${i}.eml: privacy_request\n`).join(''));
    expect(err).toMatch(/39\/40 files/);
    // One line clear (ESC [2K) before each of the 40 results.
    expect(err.split('\u001b[2K').length - 1).toBeGreaterThanOrEqual(40);
  });

  it('writes log lines above the bar, and still as to a terminal', () => {
    const err = stream(true);
    const progress = fileProgress(20, err as unknown as NodeJS.WriteStream, stream(false));
    progress.tick();
    const before = err.text.length;
    progress.logs.write('{"event":"message_handled"}\n');
    const written = err.text.slice(before);
    expect(written.indexOf('\u001b[2K')).toBeLessThan(written.indexOf('{"event":"message_handled"}'));
    expect((progress.logs as { isTTY?: boolean }).isTTY).toBe(true);
    progress.stop();
    expect(fileProgress(20, stream(false) as unknown as NodeJS.WriteStream, stream(false)).logs).not.toHaveProperty('isTTY', true);
  });

  it('draws no bar over a handful of files', () => {
    expect(run(3, true, false).err).toBe('');
  });
});
