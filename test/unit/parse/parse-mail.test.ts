import { describe, expect, it } from 'vitest';
import { parseMail, UnparseableMailError } from '../../../src/pipeline/parse/parse-mail.js';

const RECEIVED = new Date('2026-03-02T10:00:00Z');

function eml(lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

const SIMPLE = eml([
  'From: "Ana Example" <Ana@Example.COM>',
  'To: privacy@example.org, "Desk" <desk@example.org>',
  'Cc: team: a@example.net, b@example.net;',
  'Reply-To: other@example.net',
  'Subject: =?UTF-8?Q?Solicitud_de_eliminaci=C3=B3n?=',
  'Date: Mon, 2 Mar 2026 09:00:00 -0800',
  'Message-ID: <abc123@mail.example.com>',
  'In-Reply-To: <prev@example.org>',
  'References: <first@example.org>',
  ' <prev@example.org>',
  'Received: from a.example.net by b.example.net',
  'Received: from c.example.net by a.example.net',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Please delete my data.',
  '',
]);

describe('parseMail', () => {
  it('fills every InboundMail field from a simple message', async () => {
    const mail = await parseMail(SIMPLE, RECEIVED);
    expect(mail.messageId).toBe('abc123@mail.example.com');
    expect(mail.messageKey).toBe('abc123@mail.example.com');
    expect(mail.from).toEqual({ address: 'ana@example.com', name: 'Ana Example' });
    expect(mail.to.map((a) => a.address)).toEqual(['privacy@example.org', 'desk@example.org']);
    expect(mail.cc.map((a) => a.address)).toEqual(['a@example.net', 'b@example.net']);
    expect(mail.replyTo.map((a) => a.address)).toEqual(['other@example.net']);
    expect(mail.subject).toBe('Solicitud de eliminación');
    expect(mail.sentAt?.toISOString()).toBe('2026-03-02T17:00:00.000Z');
    expect(mail.inReplyTo).toBe('prev@example.org');
    expect(mail.references).toEqual(['first@example.org', 'prev@example.org']);
    expect(mail.headers.get('received')).toHaveLength(2);
    expect(mail.headers.get('subject')).toEqual(['Solicitud de eliminación']);
    expect(mail.contentType).toBe('text/plain');
    expect(mail.text.trim()).toBe('Please delete my data.');
    expect(mail.html).toBeNull();
    expect(mail.attachments).toEqual([]);
    expect(mail.reportParts).toEqual([]);
    expect(mail.nestingDepth).toBe(0);
    expect(mail.rawSize).toBe(SIMPLE.length);
    expect(mail.receivedAt).toBe(RECEIVED);
  });

  it('derives a sha256 key when Message-ID is missing (email-rules §5)', async () => {
    const raw = eml(['From: a@example.com', 'Subject: hi', '', 'body']);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.messageId).toBeNull();
    expect(mail.messageKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await parseMail(raw, RECEIVED)).messageKey).toBe(mail.messageKey);
  });

  it('keeps null for an unparseable Date instead of "now" (email-rules §5)', async () => {
    const mail = await parseMail(eml(['From: a@example.com', 'Date: not a date', '', 'x']), RECEIVED);
    expect(mail.sentAt).toBeNull();
  });

  it('converts an HTML-only body to text, keeping blockquotes marked as quotes', async () => {
    const raw = eml([
      'From: a@example.com',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Delete <b>my</b> data<img src="cid:x"></p><blockquote type="cite">old text</blockquote>',
    ]);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.html).toContain('<b>my</b>');
    expect(mail.text).toContain('Delete my data');
    expect(mail.text).toContain('> old text');
  });

  it('keeps report parts of a delivery status notification (RFC 3464)', async () => {
    const raw = eml([
      'From: MAILER-DAEMON@mx.example.net',
      'To: privacy@example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; gone@example.net',
      'Action: failed',
      'Status: 5.1.1',
      '--b1',
      'Content-Type: text/rfc822-headers',
      '',
      'Message-ID: <ours-1@example.org>',
      'Subject: Your request',
      '--b1--',
      '',
    ]);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.contentType).toBe('multipart/report');
    expect(mail.reportParts.map((p) => p.contentType)).toEqual(['message/delivery-status', 'text/rfc822-headers']);
    expect(mail.reportParts[0]?.content).toContain('Status: 5.1.1');
    expect(mail.reportParts[1]?.content).toContain('<ours-1@example.org>');
    expect(mail.text).toContain('could not be delivered');
    expect(mail.text).not.toContain('Final-Recipient');
  });

  it('lists attachments by name, type and size only', async () => {
    const raw = eml([
      'From: a@example.com',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain',
      '',
      'See attached.',
      '--m',
      'Content-Type: application/pdf; name="permission.pdf"',
      'Content-Disposition: attachment; filename="permission.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4 fictional').toString('base64'),
      '--m--',
    ]);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.attachments).toEqual([{ filename: 'permission.pdf', contentType: 'application/pdf', size: 18 }]);
  });

  it('throws UnparseableMailError when mailparser gives up (header block over its 1 MB limit)', async () => {
    const raw = Buffer.concat([Buffer.from('From: a@example.com\r\nX-Big: '), Buffer.alloc(2 * 1024 * 1024, 'a')]);
    await expect(parseMail(raw, RECEIVED)).rejects.toBeInstanceOf(UnparseableMailError);
  });
});

describe('parseMail on hostile HTML', () => {
  it('converts 100,000 nested elements quickly by dropping the tags', async () => {
    const raw = eml(['From: a@example.com', 'Content-Type: text/html', '', `${'<div>'.repeat(100_000)}Delete my data`]);
    const started = Date.now();
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.text).toBe('Delete my data');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps ordinary HTML with many unclosed paragraphs on the html-to-text path', async () => {
    const raw = eml(['From: a@example.com', 'Content-Type: text/html', '', `${'<p>line'.repeat(1000)}<blockquote>old</blockquote>`]);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.text).toContain('> old');
  });
});
