import { performance } from 'node:perf_hooks';
import { parseMail } from '../src/pipeline/parse/parse-mail.js';
import { readText } from '../src/pipeline/parse/read-text.js';
import { screenMail } from '../src/pipeline/screen/screen-mail.js';
import { classifyMessage } from '../src/pipeline/classify/classify-message.js';
import { extractData } from '../src/pipeline/extract/extract-data.js';
import type { InboundMail, ScreenContext } from '../src/pipeline/types.js';
import type { MixMessage } from './mix/generate-mix.js';

export interface UnderstandingResult {
  /** Messages screened, read, classified and extracted per second on one core. */
  perSec: number;
  distinctMessages: number;
  passes: number;
  /** How the mix was understood: screen verdicts and categories, for a sanity check of the mix. */
  verdicts: Record<string, number>;
  categories: Record<string, number>;
}

const SCREEN: ScreenContext = { ownAddresses: ['compliance@example.com'], messageIdDomain: 'example.com', loopHeader: 'x-ccpa-bot' };

/** Stages 3 to 6 of process-message.ts, without parsing: what "understanding" costs. */
function understand(mail: InboundMail): { verdict: string; category: string } {
  const verdict = screenMail(mail, SCREEN);
  if (verdict.kind === 'bounce' || verdict.kind === 'auto_reply' || verdict.kind === 'loop' || verdict.kind === 'feedback_report') {
    return { verdict: verdict.kind, category: '-' };
  }
  const text = readText(mail);
  const classification = classifyMessage(
    { subject: mail.subject, body: text.body, quoted: text.quoted, attachments: mail.attachments, fromName: mail.from?.name ?? '', screen: verdict },
    { reviewThreshold: 0.7 },
  );
  extractData(text.body);
  return { verdict: verdict.kind, category: classification.category };
}

/**
 * Parses up to `limit` messages of the mix once (not timed), then runs screening, reading,
 * classifying and extracting over them repeatedly for at least `minMs`, on this one thread.
 */
export async function measureUnderstanding(messages: Iterable<MixMessage>, limit = 2000, minMs = 2000): Promise<UnderstandingResult> {
  const mails: InboundMail[] = [];
  for (const message of messages) {
    if (mails.length >= limit) break;
    if (message.raw.length > 1024 * 1024) continue;
    mails.push(await parseMail(message.raw, new Date()));
  }
  const verdicts: Record<string, number> = {};
  const categories: Record<string, number> = {};
  for (const mail of mails) {
    const { verdict, category } = understand(mail);
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    categories[category] = (categories[category] ?? 0) + 1;
  }
  let passes = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const mail of mails) understand(mail);
    passes += 1;
  }
  const elapsed = performance.now() - start;
  return { perSec: (passes * mails.length) / (elapsed / 1000), distinctMessages: mails.length, passes, verdicts, categories };
}
