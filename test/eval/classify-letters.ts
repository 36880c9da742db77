/**
 * What the classifier makes of template request letters (the datenanfragen.de generator's
 * letters, English and Spanish, with their bracketed placeholders unfilled): one line per letter.
 * The letters are not in the repository; pass their directory:
 *
 *   node --import tsx test/eval/classify-letters.ts ../shared/corpora/request-letters-datenanfragen
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from '../../src/pipeline/classify/classify-message.js';

const root = process.argv[2];
if (root === undefined) throw new Error('usage: classify-letters.ts <directory of en/ and es/ letters>');
for (const lang of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort()) {
  for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.txt')).sort()) {
    const body = readFileSync(join(root, lang, file), 'utf8');
    const c = classifyMessage({ subject: '', body, quoted: '', attachments: [], fromName: '', screen: { kind: 'human', reason: 'none' } });
    const types = c.requestTypes.join(',') || '-';
    console.log(`${lang}/${file.padEnd(26)} ${c.category.padEnd(15)} ${types.padEnd(28)} lang ${c.lang} confidence ${c.confidence.toFixed(2)}${c.needsReview ? ' review' : ''}`);
  }
}
