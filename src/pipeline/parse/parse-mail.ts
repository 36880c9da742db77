import { createHash } from 'node:crypto';
import type { InboundMail, ReportPart } from '../types.js';
import { collectParts } from './collect-parts.js';
import type { CollectedParts } from './collect-parts.js';
import { firstHeader, headerMap } from './header-map.js';
import { htmlToPlainText } from './html-to-plain-text.js';
import { messageIds } from './message-ids.js';
import { toAddresses } from './to-addresses.js';
import { UnparseableMailError } from './unparseable-mail-error.js';

export { UnparseableMailError } from './unparseable-mail-error.js';

/** Report parts are read for their headers and status fields; more is never needed. */
const MAX_REPORT_PART_CHARS = 256 * 1024;
/** Embedded messages are followed this far: deeper nesting is quarantined anyway. */
export const MAX_NESTING_PROBE = 6;

/**
 * Parses a raw RFC 5322 message into `InboundMail`. Tolerant of the damage real mail carries
 * (missing or duplicate headers, NUL bytes, invalid base64, broken charsets); throws
 * `UnparseableMailError` only when mailparser gives up, so the caller can quarantine the raw.
 */
export async function parseMail(raw: Buffer, receivedAt: Date): Promise<InboundMail> {
  const parts = await collectOrThrow(raw);
  const nestingDepth = await embeddedDepth(parts, 1);
  return shapeMail(raw, parts, receivedAt, nestingDepth);
}

async function collectOrThrow(raw: Buffer): Promise<CollectedParts> {
  try {
    return await collectParts(raw);
  } catch (err) {
    throw new UnparseableMailError(`mailparser could not parse the message: ${String(err)}`, { cause: err });
  }
}

/**
 * How deep `message/rfc822` parts nest (0 when there are none), probed up to
 * MAX_NESTING_PROBE levels; an embedded message that cannot be parsed ends the probe there.
 */
async function embeddedDepth(parts: CollectedParts, level: number): Promise<number> {
  let depth = 0;
  for (const part of parts.reportParts) {
    if (part.contentType !== 'message/rfc822' && part.contentType !== 'message/global') continue;
    depth = Math.max(depth, level);
    if (level >= MAX_NESTING_PROBE) break;
    const inner = await collectParts(part.content).catch(() => null);
    if (inner) depth = Math.max(depth, await embeddedDepth(inner, level + 1));
  }
  return depth;
}

/** A plain part shorter than this, beside an HTML part, may be a footer rather than the message. */
const SHORT_PLAIN_CHARS = 500;

/**
 * The text read as the message: the text/plain part, or the HTML part's text when there is no
 * plain part. One more case: a short plain part beside an HTML part that does not say the same
 * thing. A relay or a company gateway appends its disclaimer as a text/plain part of a
 * multipart/mixed message, and mailparser (skipHtmlToText) then puts only that footer in `text`,
 * the person's words staying in the HTML: both are read, HTML first. (Real 2002 spam of the
 * SpamAssassin corpus showed it; a request sent that way was read as an empty message.)
 */
function bodyText(parts: CollectedParts): string {
  if (parts.html === null) return parts.text;
  const plain = parts.text.trim();
  if (plain === '') return htmlToPlainText(parts.html);
  if (plain.length >= SHORT_PLAIN_CHARS) return parts.text;
  const fromHtml = htmlToPlainText(parts.html);
  // An alternative's HTML says what its plain part says, in other spacing and punctuation.
  const letters = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const opening = letters(plain).slice(0, 40);
  if (opening === '' || letters(fromHtml).includes(opening)) return parts.text;
  return `${fromHtml}\n\n${parts.text}`;
}

function shapeMail(raw: Buffer, parts: CollectedParts, receivedAt: Date, nestingDepth: number): InboundMail {
  const headers = headerMap(parts.headerLines);
  const messageId = messageIds(firstHeader(headers, 'message-id'))[0] ?? null;
  const text = bodyText(parts);
  return {
    messageId,
    messageKey: messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    from: toAddresses(parts.from)[0] ?? null,
    replyTo: toAddresses(parts.replyTo),
    to: toAddresses(parts.to),
    cc: toAddresses(parts.cc),
    subject: (parts.subject ?? firstHeader(headers, 'subject') ?? '').replace(/\0/g, ''),
    sentAt: parseDate(firstHeader(headers, 'date')),
    inReplyTo: messageIds(firstHeader(headers, 'in-reply-to'))[0] ?? null,
    references: (headers.get('references') ?? []).flatMap((value) => messageIds(value)),
    headers,
    contentType: topContentType(firstHeader(headers, 'content-type')),
    text: text.replace(/\0/g, ''),
    html: parts.html,
    attachments: parts.attachments,
    reportParts: parts.reportParts.map(toReportPart),
    nestingDepth,
    rawSize: raw.length,
    receivedAt,
  };
}

function toReportPart(part: { contentType: string; content: Buffer }): ReportPart {
  const head = part.content.subarray(0, MAX_REPORT_PART_CHARS);
  return { contentType: part.contentType, content: head.toString('utf8').replace(/\0/g, '') };
}

/** mailparser turns a bad Date: into "now"; we keep null instead (email-rules §5). */
function parseDate(value: string | null): Date | null {
  if (value === null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** RFC 2045 §5.2: a message without a usable Content-Type is text/plain. */
function topContentType(value: string | null): string {
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : 'text/plain';
}
