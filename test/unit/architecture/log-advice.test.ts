/**
 * Warnings and errors say what to do (issue 17 must-show 4): every `log.warn({...}, message)` and
 * `log.error({...}, message)` in src/ carries a message after its fields. The fields are for
 * machines (the event name, codes); the message is the sentence an operator acts on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Calls of `.warn({` or `.error({` whose field object is not followed by a message argument. */
export function silentWarnings(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\b(?:log|cronLog|this\.log|this\.options\.log|options\.log|deps\.log)\.(warn|error)\(\{/g)) {
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).trim();
    if (line.startsWith('//') || line.startsWith('*')) continue;
    let depth = 0;
    let i = (m.index ?? 0) + m[0].length - 1;
    for (; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}' && --depth === 0) break;
    }
    const after = text.slice(i + 1).trimStart();
    if (!after.startsWith(',')) found.push(text.slice(m.index, Math.min(text.length, (m.index ?? 0) + 90)).replace(/\s+/g, ' '));
  }
  return found;
}

describe('warnings and errors that say what to do', () => {
  it('finds a call without a message, and passes one with', () => {
    expect(silentWarnings("log.warn({ event: 'x', n: { a: 1 } });")).toHaveLength(1);
    expect(silentWarnings("log.error({ event: 'x' }, 'restart it');")).toEqual([]);
  });

  it('gives every warn and error log call in src/ a message', () => {
    const silent = sourceFiles(SRC).flatMap((f) => silentWarnings(fs.readFileSync(f, 'utf8')).map((call) => `${path.relative(SRC, f)}: ${call}`));
    expect(silent).toEqual([]);
  });
});
