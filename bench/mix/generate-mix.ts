import { alternativeMessage, attachmentMessage, bounceMessage, htmlOnlyMessage, plainMessage, type Envelope } from './build-message.js';
import { AUTO_REPLIES, DOMAINS, EN_REQUESTS, ES_REQUESTS, FIRST_NAMES, LAST_NAMES, NEWSLETTER_TOPICS, QUESTIONS, SPAM_SUBJECTS } from './phrases.js';
import { seededRandom, type Random } from './random.js';

/** What a generated message is meant to be, so results can be broken down by kind. */
export type MixKind =
  | 'request-en'
  | 'request-es'
  | 'question'
  | 'html-only-request'
  | 'multipart-request'
  | 'auto-reply'
  | 'bounce'
  | 'bulk'
  | 'spam'
  | 'attachment-request'
  | 'large-attachment';

export interface MixMessage {
  index: number;
  kind: MixKind;
  messageId: string;
  raw: Buffer;
}

export interface MixOptions {
  seed?: number;
  /** Size of the one very large message (default 25 MB); 0 leaves it out. */
  largeMb?: number;
  /** Every this many messages, a request with a 1-3 MB attachment (default 1,000). */
  attachmentEvery?: number;
  /** Where replies would go: the bot's own address. */
  botAddress?: string;
}

/**
 * How a compliance mailbox's intake looks after a few quiet days: about half machine mail
 * (newsletters, auto-replies, bounces, spam), the rest people, in English and Spanish, some
 * writing from HTML-only or multipart clients. Weights are percentages.
 */
const WEIGHTS: ReadonlyArray<[MixKind, number]> = [
  ['request-en', 22],
  ['request-es', 10],
  ['question', 8],
  ['html-only-request', 5],
  ['multipart-request', 7],
  ['auto-reply', 12],
  ['bounce', 8],
  ['bulk', 24],
  ['spam', 4],
];

/**
 * Generates `count` messages, deterministically for a seed. One message (in the middle of the
 * backlog) carries a `largeMb` attachment; every `attachmentEvery`-th request carries 1-3 MB.
 */
export function* generateMix(count: number, options: MixOptions = {}): Generator<MixMessage> {
  const random = seededRandom(options.seed ?? 20261129);
  const largeAt = (options.largeMb ?? 25) > 0 ? Math.floor(count / 2) : -1;
  const every = options.attachmentEvery ?? 1000;
  const bot = options.botAddress ?? 'compliance@example.com';
  const base = Date.UTC(2026, 10, 20, 8, 0, 0);
  for (let index = 0; index < count; index += 1) {
    const kind: MixKind = index === largeAt ? 'large-attachment' : index % every === every - 1 ? 'attachment-request' : pickKind(random);
    const messageId = `bench-${index}-${kind}@${random.pick(DOMAINS)}`;
    const date = new Date(base + index * 37_000);
    const raw = buildOne(kind, { index, messageId, date, bot, random, largeMb: options.largeMb ?? 25 });
    yield { index, kind, messageId, raw: Buffer.from(raw, 'utf8') };
  }
}

function pickKind(random: Random): MixKind {
  let roll = random.next() * 100;
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'bulk';
}

interface BuildInput {
  index: number;
  messageId: string;
  date: Date;
  bot: string;
  random: Random;
  largeMb: number;
}

function person(random: Random, index: number): { name: string; address: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return { name: `${first} ${last}`, address: `${first}.${last}.${index}@${random.pick(DOMAINS)}`.toLowerCase() };
}

function buildOne(kind: MixKind, input: BuildInput): string {
  const { random, index, bot } = input;
  const who = person(random, index);
  const env = (subject: string, headers: string[] = []): Envelope => ({ from: `${who.name} <${who.address}>`, to: bot, subject, messageId: input.messageId, date: input.date, headers });
  const signed = (body: string) => `${body}\n${who.name}\n`;
  switch (kind) {
    case 'request-en':
    case 'request-es':
    case 'question': {
      const r = random.pick(kind === 'request-en' ? EN_REQUESTS : kind === 'request-es' ? ES_REQUESTS : QUESTIONS);
      return plainMessage(env(r.subject), signed(r.body));
    }
    case 'html-only-request': {
      const r = random.pick(EN_REQUESTS);
      return htmlOnlyMessage(env(r.subject), toHtml(signed(r.body)));
    }
    case 'multipart-request': {
      const r = random.pick([...EN_REQUESTS, ...ES_REQUESTS]);
      return alternativeMessage(env(r.subject), signed(r.body), toHtml(signed(r.body)));
    }
    case 'auto-reply': {
      const a = random.pick(AUTO_REPLIES);
      return plainMessage(env(a.subject, a.headers), a.body);
    }
    case 'bounce':
      return bounceMessage({ ...env('Undelivered Mail Returned to Sender'), from: 'Mail Delivery System <mailer-daemon@relay.example.net>' }, who.address, random.pick(['5.1.1', '5.2.2', '4.4.7']), `order-${index}@example.com`);
    case 'bulk':
      return newsletter(input, random.pick(NEWSLETTER_TOPICS));
    case 'spam':
      return plainMessage({ ...env(random.pick(SPAM_SUBJECTS), ['X-Spam-Flag: YES', 'X-Spam-Status: Yes, score=9.1']), from: `Prize Desk <winner${index}@example.net>` }, 'Click the link to claim your prize today.');
    case 'attachment-request':
      return attachmentMessage(env('Verification documents for my request'), signed(random.pick(EN_REQUESTS).body), { name: 'statement.pdf', type: 'application/pdf', content: filler(random.int(1, 3) * 1024 * 1024, index) });
    case 'large-attachment':
      // Base64 grows the content by 78/57 (76 characters and CRLF per 57 bytes).
      return attachmentMessage(env('Scans for my access request'), signed(EN_REQUESTS[1]?.body ?? ''), { name: 'scans.zip', type: 'application/zip', content: filler(Math.ceil((input.largeMb * 1024 * 1024 * 57) / 78), index) });
  }
}

function newsletter(input: BuildInput, topic: string): string {
  const text = `${topic}\n\nRead the latest news from Example. Our privacy policy explains how we use your data.\n\nUnsubscribe: https://news.example.com/u/${input.index}`;
  return alternativeMessage(
    {
      from: 'Example News <news@news.example.com>',
      to: input.bot,
      subject: topic,
      messageId: input.messageId,
      date: input.date,
      headers: ['List-Id: Example News <news.example.com>', `List-Unsubscribe: <https://news.example.com/u/${input.index}>`, 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
    },
    text,
    `<html><body><table><tr><td><h1>${topic}</h1><p>Read the latest news from Example.</p><p><a href="https://news.example.com/u/${input.index}">Unsubscribe</a></p></td></tr></table></body></html>`,
  );
}

function toHtml(text: string): string {
  const paragraphs = text.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`);
  return `<html><body><div dir="ltr">${paragraphs.join('')}</div></body></html>`;
}

/** Incompressible-looking bytes, cheap to make: a 64 KB pseudo-random block repeated. */
function filler(size: number, seed: number): Buffer {
  const random = seededRandom(seed);
  const block = Buffer.alloc(64 * 1024);
  for (let i = 0; i < block.length; i += 1) block[i] = random.int(0, 255);
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += block.length) block.copy(out, offset, 0, Math.min(block.length, size - offset));
  return out;
}
