/** Assembles RFC 5322 / MIME messages (CRLF line ends) from parts; no parsing, no I/O. */

export interface Envelope {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  date: Date;
  headers?: string[];
}

const CRLF = '\r\n';

function head(e: Envelope, contentType: string, extra: string[] = []): string[] {
  return [
    `From: ${e.from}`,
    `To: ${e.to}`,
    `Subject: ${encodeSubject(e.subject)}`,
    `Date: ${e.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${e.messageId}>`,
    ...(e.headers ?? []),
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
    ...extra,
  ];
}

/** RFC 2047 encoded-word for non-ASCII subjects (Spanish accents). */
function encodeSubject(subject: string): string {
  return /^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`;
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, CRLF);
}

/** A text/plain message in 8bit UTF-8, as most mail clients send short mail. */
export function plainMessage(e: Envelope, body: string): string {
  return [...head(e, 'text/plain; charset=utf-8', ['Content-Transfer-Encoding: 8bit']), '', crlf(body), ''].join(CRLF);
}

/** An HTML-only message in quoted-printable, as some webmail and marketing tools send. */
export function htmlOnlyMessage(e: Envelope, html: string): string {
  return [...head(e, 'text/html; charset=utf-8', ['Content-Transfer-Encoding: base64']), '', wrapBase64(Buffer.from(html, 'utf8')), ''].join(CRLF);
}

/** multipart/alternative with a text and an HTML version of the same body. */
export function alternativeMessage(e: Envelope, text: string, html: string): string {
  const b = `alt-${e.messageId.replace(/[^a-z0-9]/gi, '')}`;
  return [
    ...head(e, `multipart/alternative; boundary="${b}"`),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    crlf(text),
    `--${b}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrapBase64(Buffer.from(html, 'utf8')),
    `--${b}--`,
    '',
  ].join(CRLF);
}

/** multipart/mixed: a text body and one base64 attachment (a scanned ID, a PDF statement). */
export function attachmentMessage(e: Envelope, text: string, file: { name: string; type: string; content: Buffer }): string {
  const b = `mix-${e.messageId.replace(/[^a-z0-9]/gi, '')}`;
  return [
    ...head(e, `multipart/mixed; boundary="${b}"`),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    crlf(text),
    `--${b}`,
    `Content-Type: ${file.type}; name="${file.name}"`,
    `Content-Disposition: attachment; filename="${file.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    wrapBase64(file.content),
    `--${b}--`,
    '',
  ].join(CRLF);
}

/** An RFC 3464 delivery status notification for mail sent from `original.from` to `recipient`. */
export function bounceMessage(e: Envelope, recipient: string, status: string, originalId: string): string {
  const b = `dsn-${e.messageId.replace(/[^a-z0-9]/gi, '')}`;
  const permanent = status.startsWith('5');
  return [
    ...head(e, `multipart/report; report-type="delivery-status"; boundary="${b}"`),
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    permanent ? `Delivery to the following recipient failed permanently:${CRLF}${CRLF}     ${recipient}` : `Delivery to ${recipient} has been delayed.`,
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.example.net',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Action: ${permanent ? 'failed' : 'delayed'}`,
    `Status: ${status}`,
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    `From: newsletter@example.com`,
    `To: ${recipient}`,
    'Subject: Your order',
    `Message-ID: <${originalId}>`,
    '',
    `--${b}--`,
    '',
  ].join(CRLF);
}

/** Base64 in 76-character lines (RFC 2045 §6.8). */
export function wrapBase64(content: Buffer): string {
  const encoded = content.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}
