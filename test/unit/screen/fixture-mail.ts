import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_REVIEW_THRESHOLD } from '../../../src/pipeline/classify/classify-message.js';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';
import { understandMessage } from '../../../src/pipeline/process-message.js';
import type { InboundMail, ScreenContext } from '../../../src/pipeline/types.js';

/** test/fixtures/eml, resolved from this file so the tests run from any working directory. */
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/eml');

/** The context the fixtures are written for: the bot is privacy@example.org. */
export const CONTEXT: ScreenContext = {
  ownAddresses: ['privacy@example.org'],
  messageIdDomain: 'example.org',
  loopHeader: 'x-ccpa-bot',
};

export const RECEIVED = new Date('2026-03-02T10:00:00Z');

/** The case names (file names without `.eml`) of one fixture category. */
export function fixtureCases(category: string): string[] {
  return readdirSync(join(FIXTURES, category))
    .filter((name) => name.endsWith('.eml'))
    .map((name) => name.slice(0, -4))
    .sort();
}

export function fixtureRaw(category: string, name: string): Buffer {
  return readFileSync(join(FIXTURES, category, `${name}.eml`));
}

export function fixtureMail(category: string, name: string): Promise<InboundMail> {
  return parseMail(fixtureRaw(category, name), RECEIVED);
}

/** A plain-text message from `from` to the bot, with optional extra header lines, as raw bytes. */
export function plainMail(from: string, subject: string, body: string, extra: readonly string[] = []): Buffer {
  const headers = [
    `From: ${from}`, `To: ${CONTEXT.ownAddresses[0] ?? 'privacy@example.org'}`, `Subject: ${subject}`, ...extra,
    'Date: Mon, 02 Mar 2026 09:00:00 +0000', 'Message-ID: <t-plain@example.net>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8',
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`);
}


/** The screen's verdict on a plain-text message from `from` (read as the daemon reads it, default threshold). */
export async function plainMailVerdict(from: string, subject: string, body: string) {
  return (await understandMessage(plainMail(from, subject, body), RECEIVED, { screen: CONTEXT, reviewThreshold: DEFAULT_REVIEW_THRESHOLD })).verdict;
}
