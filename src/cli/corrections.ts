import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { listLatestCorrections } from '../store/classification-corrections.js';
import type { Db } from '../store/db.js';
import { readRawMessage } from '../store/inbound-messages.js';
import { withDatabase } from './with-database.js';

/** One labeled message, as `test/eval/labels.json` holds it. */
interface Label {
  category: string;
  requestTypes: string[];
  requester: string;
  lang: string;
  hipaa: boolean;
}

/**
 * `corrections export DIR`: every message staff corrected (its latest correction), in the labeled
 * set's format (test/eval: `mail/<name>.eml` byte for byte, and `labels.json`), so
 * `CORRECTIONS=DIR npm run train:classify` learns the business's own mail and
 * `evaluateSet(DIR)` scores the classifier on it. Messages whose raw text retention removed are
 * skipped and counted.
 */
export function registerCorrectionsCommand(program: Command): void {
  const corrections = program.command('corrections').description('staff corrections of the reading, kept as labeled examples');
  corrections
    .command('export')
    .description('write the corrected messages in the labeled-set format (DIR/mail/*.eml, DIR/labels.json)')
    .argument('<dir>', 'folder to write; created if missing')
    .action(async (dir: string) => {
      const { written, skipped } = await withDatabase((db) => exportCorrections(db, dir));
      process.stdout.write(`${written} corrected messages written to ${dir}${skipped ? ` (${skipped} skipped: raw text no longer stored)` : ''}\n`);
    });
}

async function exportCorrections(db: Db, dir: string): Promise<{ written: number; skipped: number }> {
  const labels: Record<string, Label> = {};
  let skipped = 0;
  fs.mkdirSync(path.join(dir, 'mail'), { recursive: true });
  for (const c of await listLatestCorrections(db)) {
    const raw = await readRawMessage(db, c.inboundMessageId);
    if (!raw) {
      skipped += 1;
      continue;
    }
    const name = `correction-${c.inboundMessageId}.eml`;
    fs.writeFileSync(path.join(dir, 'mail', name), raw);
    labels[name] = { category: c.category, requestTypes: c.requestTypes, requester: c.requester, lang: c.lang, hipaa: false };
  }
  fs.writeFileSync(path.join(dir, 'labels.json'), `${JSON.stringify(labels, null, 1)}\n`);
  return { written: Object.keys(labels).length, skipped };
}
