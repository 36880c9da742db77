/**
 * Seeded mutations of every valid fixture (issue item 5): the daemon's own stages 1 to 6
 * (`understandMessage`: parse, quarantine, screen, read, classify, extract) must give a
 * quarantine reason or a verdict for each mutated message, and never throw or hang. The same
 * seeds run every time.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { quarantineReason } from '../../../src/pipeline/parse/quarantine-reason.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import { CONTEXT, FIXTURES, RECEIVED, fixtureCases, fixtureRaw } from './fixture-mail.js';
import { MUTATIONS, seededRandom } from './mutations.js';

const SEEDS_PER_FIXTURE = 16;
const HANG_MS = 5000;
const VERDICTS = new Set(['human', 'bounce', 'auto_reply', 'feedback_report', 'bulk', 'loop', 'spam']);
const NEVER_READ = new Set(['bounce', 'auto_reply', 'feedback_report', 'loop']);
const QUARANTINE = new Set(['unparseable', 'too_many_recipients', 'nesting_too_deep', 'no_sender']);

const SOURCES = readdirSync(FIXTURES).flatMap((folder) => fixtureCases(folder).map((name) => ({ folder, name })));

/** What the daemon's stages make of one raw message: a quarantine reason or a verdict kind. */
async function runPipeline(raw: Buffer): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    const u = await Promise.race([understandMessage(raw, RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD }), hang]);
    if (u.mail === null) {
      expect(quarantineReason(raw, null)).toBe('unparseable');
      return u.quarantine ?? 'unparseable mail without a quarantine reason';
    }
    if (u.quarantine !== null) return u.quarantine;
    if (u.verdict === null) return 'no verdict';
    // Mail that is read gets a classification; bounces, auto-replies, loops and feedback reports are never read.
    const read = u.text !== null && typeof u.text.body === 'string' && u.classification !== null && u.extraction !== null;
    if (read === NEVER_READ.has(u.verdict.kind)) return `${u.verdict.kind} ${read ? 'read' : 'not read'}`;
    return u.verdict.kind;
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
          if (!VERDICTS.has(outcome) && !QUARANTINE.has(outcome)) failures.push(`${caseId}: ${outcome}`);
        }
      }
      expect(failures).toEqual([]);
      expect(cases).toBe(SOURCES.length * SEEDS_PER_FIXTURE);
    });
  }
});
