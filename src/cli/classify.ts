import fs from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_REVIEW_THRESHOLD } from '../pipeline/classify/classify-message.js';
import { mapScreenVerdict } from '../pipeline/classify/map-screen-verdict.js';
import type { Understanding } from '../pipeline/decide/decide-inbound.js';
import { understandMessage, type UnderstandSettings } from '../pipeline/process-message.js';
import type { Category, Classification, ScreenContext, ScreenVerdict } from '../pipeline/types.js';
import { fileProgress } from './file-progress.js';

/** Screening settings used when none are given: the example deployment's. */
export const DEFAULT_CLASSIFY_SCREEN: ScreenContext = {
  ownAddresses: ['compliance@example.com'],
  messageIdDomain: 'example.com',
  loopHeader: 'x-ccpa-bot',
};

/** The clock does not matter to understanding a message, so the receipt time is fixed. */
const RECEIVED = new Date(0);

/**
 * The daemon's own stages 1 to 6 (`understandMessage`) for one raw message, with the example
 * deployment's settings unless others are given.
 */
export function understandRawMail(
  raw: Buffer,
  settings: UnderstandSettings = { screen: DEFAULT_CLASSIFY_SCREEN, reviewThreshold: DEFAULT_REVIEW_THRESHOLD },
): Promise<Understanding> {
  return understandMessage(raw, RECEIVED, settings);
}

/**
 * What the daemon decided about a message it screened out and never read (bounces,
 * auto-replies, our own mail looping back, feedback reports: email-rules §1): the screen's
 * category, no request. Nothing was read, so the language is the daemon's default (`en`, as in
 * decide-inbound.ts) and the confidence the one every screening verdict gets (score-confidence.ts).
 */
export function unreadClassification(verdict: ScreenVerdict): Classification {
  const category = mapScreenVerdict(verdict) ?? 'bulk';
  return {
    category,
    requestTypes: [],
    accessScope: null,
    requester: 'none',
    agent: null,
    consumerName: null,
    hipaa: false,
    lang: 'en',
    confidence: 0.95,
    needsReview: false,
    reasons: [`screen ${verdict.kind} (${verdict.reason}) -> ${category}: never read as a request`],
  };
}

/** One line of `classify`: the classification, or what the daemon decided without one. */
export interface ClassifyResult extends Omit<Classification, 'category'> {
  category: Category | 'quarantined';
}

/** What the daemon made of one understood message, as `classify` reports it. */
export function classifyResult(understanding: Understanding): ClassifyResult {
  if (understanding.classification) return understanding.classification;
  if (understanding.verdict) return unreadClassification(understanding.verdict);
  // Quarantined mail is stored and held for staff, never screened or read (email-rules §1).
  return {
    ...unreadClassification({ kind: 'human', reason: 'none' }),
    category: 'quarantined',
    confidence: 0,
    needsReview: true,
    reasons: [`quarantined (${understanding.quarantine ?? 'unparseable'}): held for staff, never read`],
  };
}

/** The one-line JSON shape of the `classify --json` output. */
export function classificationLine(file: string, c: ClassifyResult): string {
  return JSON.stringify({
    file,
    category: c.category,
    requestTypes: c.requestTypes,
    requester: c.requester,
    lang: c.lang,
    confidence: c.confidence,
    needsReview: c.needsReview,
    reasons: c.reasons,
  });
}

interface ClassifyOptions {
  json?: boolean;
  threshold?: string;
  ownAddress?: string[];
  messageIdDomain?: string;
  loopHeader?: string;
}

/** `classify [files...] --json`: what the daemon understands of stored messages, one per line. */
export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('understand .eml files as the daemon does (parse, quarantine, screen, read, classify) and print the result')
    .argument('[files...]', '.eml files')
    .option('--json', 'one JSON object per line')
    .option('--threshold <n>', 'review threshold', String(DEFAULT_REVIEW_THRESHOLD))
    .option('--own-address <address...>', 'the bot\'s own addresses', DEFAULT_CLASSIFY_SCREEN.ownAddresses)
    .option('--message-id-domain <domain>', 'domain of our Message-IDs', DEFAULT_CLASSIFY_SCREEN.messageIdDomain)
    .option('--loop-header <name>', 'our loop header', DEFAULT_CLASSIFY_SCREEN.loopHeader)
    .action(async (files: string[], options: ClassifyOptions) => {
      const settings: UnderstandSettings = {
        screen: {
          ownAddresses: (options.ownAddress ?? DEFAULT_CLASSIFY_SCREEN.ownAddresses).map((a) => a.toLowerCase()),
          messageIdDomain: options.messageIdDomain ?? DEFAULT_CLASSIFY_SCREEN.messageIdDomain,
          loopHeader: (options.loopHeader ?? DEFAULT_CLASSIFY_SCREEN.loopHeader).toLowerCase(),
        },
        reviewThreshold: Number(options.threshold ?? DEFAULT_REVIEW_THRESHOLD),
      };
      const progress = fileProgress(files.length);
      for (const file of files) {
        const c = classifyResult(await understandRawMail(fs.readFileSync(file), settings));
        progress.write(`${options.json === true ? classificationLine(file, c) : describe(file, c)}\n`);
        progress.tick();
      }
      progress.stop();
    });
}

function describe(file: string, c: ClassifyResult): string {
  const types = c.requestTypes.length > 0 ? ` [${c.requestTypes.join(', ')}]` : '';
  const head = `${file}: ${c.category}${types}, requester ${c.requester}, ${c.lang}, confidence ${c.confidence.toFixed(2)}${c.needsReview ? ' (needs review)' : ''}`;
  return [head, ...c.reasons.map((r) => `  - ${r}`)].join('\n');
}
