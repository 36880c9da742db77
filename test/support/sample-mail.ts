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
