import { createHash } from 'node:crypto';

/**
 * The header fields the sender's own mail client writes (RFC 5322 §3.6) and the MIME fields that
 * say how the body reads (RFC 2045 §3). Trace and delivery fields (Received, Return-Path,
 * Delivered-To, Authentication-Results, X-Spam-*, ...) are left out: each delivery of one message
 * adds its own, so a copy delivered twice (to two aliases of the mailbox) is still the same message.
 */
const AUTHOR_FIELDS: ReadonlySet<string> = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

/**
 * A fingerprint of what the sender wrote: the author header fields (unfolded, RFC 5322 §2.2.3,
 * whitespace collapsed) and the body, line endings and trailing whitespace aside. Two messages
 * under one Message-ID are the same message only when this matches (issue 13, must-show 2): the
 * same bytes re-read after a restart or a UIDVALIDITY change, or a second delivery of one message,
 * match; two people's messages under a reused Message-ID do not. Pure; reads bytes as latin1 so any
 * charset, or invalid bytes, hash the same way every time.
 */
export function contentFingerprint(raw: Buffer): string {
  const text = raw.toString('latin1').replace(/\r\n?/g, '\n');
  const split = /\n\n/.exec(text);
  const head = split ? text.slice(0, split.index) : text;
  const body = split ? text.slice(split.index + 2) : '';
  const fields = head
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')
    .map((line) => {
      const colon = line.indexOf(':');
      return colon < 0 ? null : { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).replace(/\s+/g, ' ').trim() };
    })
    .filter((field): field is { name: string; value: string } => field !== null && AUTHOR_FIELDS.has(field.name))
    .map((field) => `${field.name}:${field.value}`)
    // Order among the author's fields is not the content; a relay that reorders must not split one message into two.
    .sort();
  const lines = body.split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return createHash('sha256').update(Buffer.from(`${fields.join('\n')}\n\n${lines.join('\n')}`, 'latin1')).digest('hex');
}
