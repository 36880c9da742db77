/** A plain request from a fictional consumer, in the shape mail clients send. */
export function sampleRequest(opts: { messageId: string; from?: string; subject?: string; body?: string; extraHeaders?: string }): string {
  const from = opts.from ?? 'Dana Whitfield <dana.whitfield@example.org>';
  return [
    `From: ${from}`,
    'To: compliance@example.com',
    `Subject: ${opts.subject ?? 'Delete my personal information'}`,
    'Date: Mon, 23 Nov 2026 09:12:00 -0800',
    `Message-ID: <${opts.messageId}>`,
    ...(opts.extraHeaders ? [opts.extraHeaders] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body ?? 'Hello,\r\n\r\nPlease delete all personal information you hold about me.\r\n\r\nThanks,\r\nDana Whitfield',
    '',
  ].join('\r\n');
}

/** The consumer's signed permission for an agent, as a test attaches it (fictional content). */
export const PERMISSION_PDF = Buffer.from('%PDF-1.4 signed permission (fictional)');

/** A message with a plain-text body and one attached file, as a mail client sends it. */
export function withAttachment(headers: readonly string[], body: string, file: { name: string; type: string; content: Buffer }): string {
  return [
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '--b1',
    `Content-Type: ${file.type}; name="${file.name}"`,
    `Content-Disposition: attachment; filename="${file.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    file.content.toString('base64'),
    '--b1--',
    '',
  ].join('\r\n');
}

/**
 * An authorized agent's request with the consumer's signed permission attached as a PDF
 * (§7063(a)(1)), as an agent's mail client sends it.
 */
export function agentRequestWithPermission(opts: { from: string; messageId: string; date: string; subject: string; body: string }): string {
  const headers = [`From: ${opts.from}`, 'To: compliance@example.com', `Subject: ${opts.subject}`, `Date: ${opts.date}`, `Message-ID: <${opts.messageId}>`];
  return withAttachment(headers, opts.body, { name: 'permission.pdf', type: 'application/pdf', content: PERMISSION_PDF });
}
