/**
 * Builds the labeled evaluation set: reads the hand-written messages in `source/*.txt` and
 * writes each as a realistic `.eml` (headers, MIME shape) into `mail/`, plus `labels.json`.
 * The bodies are written by hand; this script only wraps them in mail. Deterministic: running it
 * twice gives the same files. Run: `node --import tsx test/eval/build-eval-set.ts`.
 *
 * Source format, one message per block:
 *   ### id=del-terse-1 cat=privacy_request types=deletion req=self lang=en [hipaa=true]
 *   from: Dana Whitfield <dana.w@example.org>
 *   subject: delete my stuff
 *   shape: plain | qp | html | alt | attach:authorization.pdf | raw   (optional, default plain)
 *   header: X-Some-Header: value                                      (optional, repeatable)
 *   ---
 *   body (for `raw`: the whole message, headers included)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEml, type EvalMessage } from './render-eml.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface EvalLabel {
  category: string;
  requestTypes: string[];
  requester: string;
  lang: string;
  hipaa: boolean;
}

/** The right to limit is labeled by its short name ("limit") too, as the issue and the collectors write it. */
const typeName = (t: string): string => (t === 'limit' ? 'limit_sensitive' : t);

export function parseBlock(block: string): EvalMessage & { label: EvalLabel } {
  const [head = '', ...rest] = block.split('\n---\n');
  const lines = head.split('\n');
  const meta = Object.fromEntries((lines[0] ?? '').split(/\s+/).filter((w) => w.includes('=')).map((w) => w.split('=') as [string, string]));
  const field = (name: string): string[] =>
    lines.filter((l) => l.toLowerCase().startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trim());
  const id = meta.id ?? '';
  if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`bad id in block: ${lines[0] ?? ''}`);
  return {
    id,
    from: field('from')[0] ?? 'Unknown <unknown@example.org>',
    subject: field('subject')[0] ?? '',
    shape: field('shape')[0] ?? 'plain',
    headers: field('header'),
    body: rest.join('\n---\n').replace(/\s+$/, '') + '\n',
    label: {
      category: meta.cat ?? '',
      requestTypes: meta.types && meta.types !== '-' ? meta.types.split(',').map(typeName) : [],
      requester: meta.req ?? 'none',
      lang: meta.lang ?? 'en',
      hipaa: meta.hipaa === 'true',
    },
  };
}

/** Every message block of one source file (`### id=...` blocks). */
export function parseSource(text: string): (EvalMessage & { label: EvalLabel })[] {
  return text.split(/^(?=### )/m).filter((b) => b.startsWith('### ')).map((b) => parseBlock(b.trim()));
}

function main(): void {
  const sources = readdirSync(join(here, 'source')).filter((f) => f.endsWith('.txt')).sort();
  const labels: Record<string, EvalLabel> = {};
  rmSync(join(here, 'mail'), { recursive: true, force: true });
  mkdirSync(join(here, 'mail'));
  let index = 0;
  for (const source of sources) {
    const text = readFileSync(join(here, 'source', source), 'utf8');
    for (const message of parseSource(text)) {
      if (labels[`${message.id}.eml`] !== undefined) throw new Error(`duplicate id ${message.id}`);
      labels[`${message.id}.eml`] = message.label;
      writeFileSync(join(here, 'mail', `${message.id}.eml`), renderEml(message, index));
      index += 1;
    }
  }
  writeFileSync(join(here, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`wrote ${index} messages`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
