import { createHash, createHmac } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { CODE_ALPHABET } from '../pipeline/decide/verification-code.js';

/** The kinds of mail that carry a live verification code (their templates print `{{code}}`). */
export const CODE_MAIL_KINDS: readonly string[] = ['verification-challenge', 'consumer-confirmation'];

/** How a code is shown (`formatCode`: `ABCD-EFGH`), and how the stored copy shows it once sent. */
const SHOWN_CODE = new RegExp(`\\b[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}\\b`, 'g');
export const MASKED_CODE = '****-****';

/** The MIME headers of the original body, replaced because the redacted copy is one text part. */
const BODY_HEADERS = /^(content-type|content-transfer-encoding):/i;

/**
 * The stored copy of a code mail once it has been sent (issue 13 item 11): the original header
 * section byte for byte (Message-ID, threading, subject) over ONE text/plain part, the text the
 * consumer read with each code masked. The HTML alternative is dropped: it says the same and
 * would need the same masking. `masked` counts the codes found (0 means the template shows the
 * code some other way, which the caller logs).
 */
export async function redactSentCode(raw: Buffer): Promise<{ raw: Buffer; masked: number }> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  let masked = 0;
  const text = (parsed.text ?? '').replace(SHOWN_CODE, () => {
    masked += 1;
    return MASKED_CODE;
  });
  const headers = keptHeaders(raw);
  const body = text.replace(/\r?\n/g, '\r\n');
  const section = [...headers, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', 'X-CCPA-Redacted: verification code masked after sending', '', body].join('\r\n');
  return { raw: Buffer.from(section, 'utf8'), masked };
}

/** The kinds of mail that may carry a copy's files (a completion of access to specific pieces or portability). */
export const COPY_MAIL_KINDS: readonly string[] = ['completion-access-specific'];

/**
 * The stored copy of a mail that carried files, once sent (issue 15 item 5, minimization): the
 * header section as sent over ONE text/plain part, the text the consumer read, and a header naming
 * the files dropped; their names, sizes and hashes are in the audit record of the completion.
 * Null when the mail carried no files (nothing to drop).
 */
export async function dropSentFiles(raw: Buffer): Promise<Buffer | null> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  const files = parsed.attachments.filter((a) => a.contentDisposition === 'attachment');
  if (files.length === 0) return null;
  const names = files.map((f) => f.filename ?? 'unnamed').join(', ');
  const body = (parsed.text ?? '').replace(/\r?\n/g, '\r\n');
  const section = [...keptHeaders(raw), 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', `X-CCPA-Redacted: attachments removed after sending: ${names}`, '', body].join('\r\n');
  return Buffer.from(section, 'utf8');
}

/** The header lines (folded ones kept with their field) except the body's MIME headers. */
function keptHeaders(raw: Buffer): string[] {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const fields: string[] = [];
  for (const line of (end < 0 ? text : text.slice(0, end)).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += `\r\n${line}`;
    else fields.push(line);
  }
  return fields.filter((f) => !BODY_HEADERS.test(f)).map((f) => Buffer.from(f, 'latin1').toString('utf8'));
}

/**
 * The record of what was sent: SHA-256 of the message, or HMAC-SHA256 under `key` when one is
 * given. A code mail needs the key: the redacted copy is all of the message but 8 symbols of a
 * 31-letter alphabet (31^8, about 8.5e11 guesses), so a plain hash would give the code back to
 * anyone who can read the database and hash fast enough.
 */
export function sentDigest(raw: Buffer, key: string | null): string {
  if (key === null) return `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  const derived = createHmac('sha256', key).update('ccpa-mailbot outbox record').digest();
  return `hmac-sha256:${createHmac('sha256', derived).update(raw).digest('hex')}`;
}
