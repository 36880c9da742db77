/**
 * `npm run eval:screen -- DIR...`: runs the daemon's own stages (`understandMessage`: parse,
 * quarantine, screen, ...) over every `.eml` in each folder and prints, per folder, how many were judged machine mail, by verdict, and which
 * files were judged human. With no argument it reads the project's fixtures and, when present,
 * the shared sisimai bounce corpus next to the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_REVIEW_THRESHOLD } from '../src/pipeline/classify/classify-message.js';
import { understandMessage } from '../src/pipeline/process-message.js';
import type { ScreenContext } from '../src/pipeline/types.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIRS = [join(REPO, 'test/fixtures/eml'), resolve(REPO, '../shared/corpora/bounces-sisimai')];
const CONTEXT: ScreenContext = { ownAddresses: ['privacy@example.org'], messageIdDomain: 'example.org', loopHeader: 'x-ccpa-bot' };

/** Every .eml under `dir`, recursively, sorted. */
function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return emlFiles(path);
      return name.endsWith('.eml') ? [path] : [];
    });
}

/** The verdict label of one file, as the daemon decides it: `quarantine:<reason>`, or a screen verdict. */
async function judge(path: string): Promise<string> {
  const u = await understandMessage(readFileSync(path), statSync(path).mtime, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD });
  // Quarantined mail is held for staff before it is screened (stage 2 comes before stage 3).
  if (u.quarantine !== null) return `quarantine:${u.quarantine}`;
  return u.verdict?.kind ?? 'error:no_verdict';
}

async function evalFolder(dir: string): Promise<void> {
  if (!existsSync(dir)) {
    console.log(`${dir}: not found, skipped`);
    return;
  }
  const byVerdict = new Map<string, number>();
  const human: string[] = [];
  const files = emlFiles(dir);
  for (const path of files) {
    // A crash is a finding to report, not a reason to stop measuring the rest of the folder.
    const label = await judge(path).catch((err: unknown) => `error:${err instanceof Error ? err.name : 'unknown'}`);
    byVerdict.set(label, (byVerdict.get(label) ?? 0) + 1);
    if (label === 'human') human.push(path.slice(dir.length + 1));
  }
  const count = (test: (label: string) => boolean): number =>
    [...byVerdict].filter(([label]) => test(label)).reduce((sum, [, n]) => sum + n, 0);
  const machine = count((label) => label !== 'human' && !label.includes(':'));
  console.log(`${dir}\n  total: ${files.length}\n  machine mail: ${machine}\n  quarantined: ${count((l) => l.startsWith('quarantine:'))}`);
  for (const [label, n] of [...byVerdict].sort()) console.log(`  ${label}: ${n}`);
  if (human.length > 0) console.log(`  judged human:\n${human.map((name) => `    ${name}`).join('\n')}`);
}

const dirs = process.argv.slice(2);
for (const dir of dirs.length > 0 ? dirs.map((d) => resolve(d)) : DEFAULT_DIRS) await evalFolder(dir);
