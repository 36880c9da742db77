/**
 * Seeded mutations of every valid fixture (issue item 5): parseMail + quarantineReason +
 * screenMail + readText must give a verdict, or UnparseableMailError, for each mutated
 * message, and never throw anything else or hang. The same seeds run every time.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMail, UnparseableMailError } from '../../../src/pipeline/parse/parse-mail.js';
import { quarantineReason } from '../../../src/pipeline/parse/quarantine-reason.js';
import { readText } from '../../../src/pipeline/parse/read-text.js';
import { screenMail } from '../../../src/pipeline/screen/screen-mail.js';
import { CONTEXT, FIXTURES, RECEIVED, fixtureCases, fixtureRaw } from './fixture-mail.js';
import { MUTATIONS, seededRandom } from './mutations.js';

const SEEDS_PER_FIXTURE = 16;
const HANG_MS = 5000;
const VERDICTS = new Set(['human', 'bounce', 'auto_reply', 'feedback_report', 'bulk', 'loop', 'spam']);

const SOURCES = readdirSync(FIXTURES).flatMap((folder) => fixtureCases(folder).map((name) => ({ folder, name })));

/** What the pipeline's pure stages make of one raw message: a verdict kind, or `unparseable`. */
async function runPipeline(raw: Buffer): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    const mail = await Promise.race([parseMail(raw, RECEIVED), hang]);
    quarantineReason(raw, mail);
    const verdict = screenMail(mail, CONTEXT);
    const text = readText(mail);
    if (typeof text.body !== 'string') throw new Error('readText gave no body');
    return verdict.kind;
  } catch (err) {
    if (err instanceof UnparseableMailError) {
      expect(quarantineReason(raw, null)).toBe('unparseable');
      return 'unparseable';
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzz: mutated fixtures always get a verdict', () => {
  it('has valid fixtures to mutate', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
  });

  for (const [kind, mutate] of Object.entries(MUTATIONS)) {
    it(kind, async () => {
      const failures: string[] = [];
      let cases = 0;
      for (const [index, { folder, name }] of SOURCES.entries()) {
        for (let seed = 1; seed <= SEEDS_PER_FIXTURE; seed += 1) {
          const caseId = `${kind}:${folder}/${name}:seed=${seed}`;
          const raw = mutate(fixtureRaw(folder, name), seededRandom(index * 1000 + seed));
          cases += 1;
          const outcome = await runPipeline(raw).catch((err: unknown) => `threw ${String(err)}`);
          if (!VERDICTS.has(outcome) && outcome !== 'unparseable') failures.push(`${caseId}: ${outcome}`);
        }
      }
      expect(failures).toEqual([]);
      expect(cases).toBe(SOURCES.length * SEEDS_PER_FIXTURE);
    });
  }
});
