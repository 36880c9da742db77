import { describe, expect, it } from 'vitest';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';

/**
 * A relay or a company gateway appends its disclaimer as a text/plain part of a multipart/mixed
 * message whose own words are HTML (seen in the SpamAssassin public corpus, issue 16). mailparser
 * then puts only the footer in `text`: the message must be read from the HTML too, or a request
 * sent that way is read as an empty message (ccpa-rules §1798.130(a)(2): a missed request breaks
 * its clock). An alternative's plain part, which says what its HTML says, is read alone as before.
 */
const RECEIVED = new Date('2026-03-02T10:00:00Z');
const mime = (type: string, parts: Array<[string, string]>): Buffer =>
  Buffer.from(
    [
      'From: Dana Whitfield <dana.w@example.org>',
      'To: privacy@example.com',
      'Subject: Request',
      'MIME-Version: 1.0',
      `Content-Type: ${type}; boundary=BB`,
      '',
      ...parts.flatMap(([contentType, body]) => ['--BB', `Content-Type: ${contentType}; charset=utf-8`, '', body]),
      '--BB--',
      '',
    ].join('\r\n'),
  );

describe('an HTML message with a plain footer part', () => {
  it('reads the HTML words and the footer', async () => {
    const mail = await parseMail(
      mime('multipart/mixed', [
        ['text/html', '<html><body><p>Please delete all my personal data.</p><p>Dana Whitfield</p></body></html>'],
        ['text/plain', 'This email and any attachments are confidential.'],
      ]),
      RECEIVED,
    );
    expect(mail.text).toContain('Please delete all my personal data.');
    expect(mail.text).toContain('This email and any attachments are confidential.');
    expect(mail.text.indexOf('Please delete')).toBeLessThan(mail.text.indexOf('This email'));
  });

  it('reads an alternative from its plain part alone, however its HTML is spaced', async () => {
    const mail = await parseMail(
      mime('multipart/alternative', [
        ['text/plain', 'Please delete my data.\r\n\r\nDana'],
        ['text/html', '<div>Please&nbsp;delete my <b>data</b>.</div><div><br></div><div>Dana</div>'],
      ]),
      RECEIVED,
    );
    expect(mail.text.trim()).toBe('Please delete my data.\r\n\r\nDana'.replace(/\r/g, ''));
  });
});
