import fs from 'node:fs';
import type { Command } from 'commander';
import { classifyMessage, DEFAULT_REVIEW_THRESHOLD, type ClassifyInput } from '../pipeline/classify/classify-message.js';
import { parseMail } from '../pipeline/parse/parse-mail.js';
import { readText } from '../pipeline/parse/read-text.js';
import { screenMail } from '../pipeline/screen/screen-mail.js';
import type { Classification, ScreenContext } from '../pipeline/types.js';

/** Screening settings used when none are given: the example deployment's. */
export const DEFAULT_CLASSIFY_SCREEN: ScreenContext = {
  ownAddresses: ['compliance@example.com'],
  messageIdDomain: 'example.com',
  loopHeader: 'x-ccpa-bot',
};

/**
 * Stages parse -> screen -> read for one raw message, as the daemon runs them, giving what the
 * classifier reads. The clock does not matter to classification, so the receipt time is fixed.
 */
export async function readForClassify(raw: Buffer, screen: ScreenContext = DEFAULT_CLASSIFY_SCREEN): Promise<ClassifyInput> {
  const mail = await parseMail(raw, new Date(0));
  const verdict = screenMail(mail, screen);
  const text = readText(mail);
  return { subject: mail.subject, body: text.body, quoted: text.quoted, attachments: mail.attachments, fromName: mail.from?.name ?? '', screen: verdict };
}

/** parse -> screen -> read -> classify for one raw message. */
export async function classifyRawMail(
  raw: Buffer,
  screen: ScreenContext = DEFAULT_CLASSIFY_SCREEN,
  reviewThreshold = DEFAULT_REVIEW_THRESHOLD,
): Promise<Classification> {
  return classifyMessage(await readForClassify(raw, screen), { reviewThreshold });
}

/** The one-line JSON shape of the `classify --json` output. */
export function classificationLine(file: string, c: Classification): string {
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

/** `classify [files...] --json`: what the classifier makes of stored messages, one per line. */
export function registerClassifyCommand(program: Command): void {
  program
    .command('classify')
    .description('classify .eml files (parse, screen, read, classify) and print the result')
    .argument('[files...]', '.eml files')
    .option('--json', 'one JSON object per line')
    .option('--threshold <n>', 'review threshold', String(DEFAULT_REVIEW_THRESHOLD))
    .option('--own-address <address...>', 'the bot\'s own addresses', DEFAULT_CLASSIFY_SCREEN.ownAddresses)
    .option('--message-id-domain <domain>', 'domain of our Message-IDs', DEFAULT_CLASSIFY_SCREEN.messageIdDomain)
    .option('--loop-header <name>', 'our loop header', DEFAULT_CLASSIFY_SCREEN.loopHeader)
    .action(async (files: string[], options: ClassifyOptions) => {
      const screen: ScreenContext = {
        ownAddresses: (options.ownAddress ?? DEFAULT_CLASSIFY_SCREEN.ownAddresses).map((a) => a.toLowerCase()),
        messageIdDomain: options.messageIdDomain ?? DEFAULT_CLASSIFY_SCREEN.messageIdDomain,
        loopHeader: (options.loopHeader ?? DEFAULT_CLASSIFY_SCREEN.loopHeader).toLowerCase(),
      };
      const threshold = Number(options.threshold ?? DEFAULT_REVIEW_THRESHOLD);
      for (const file of files) {
        const c = await classifyRawMail(fs.readFileSync(file), screen, threshold);
        process.stdout.write(`${options.json === true ? classificationLine(file, c) : describe(file, c)}\n`);
      }
    });
}

function describe(file: string, c: Classification): string {
  const types = c.requestTypes.length > 0 ? ` [${c.requestTypes.join(', ')}]` : '';
  const head = `${file}: ${c.category}${types}, requester ${c.requester}, ${c.lang}, confidence ${c.confidence.toFixed(2)}${c.needsReview ? ' (needs review)' : ''}`;
  return [head, ...c.reasons.map((r) => `  - ${r}`)].join('\n');
}
