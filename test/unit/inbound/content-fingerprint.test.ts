/**
 * Issue 13, must-show 2: what makes two messages under one Message-ID the same message. The same
 * message re-read or delivered twice matches; another person's message reusing the ID does not.
 */
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../src/inbound/content-fingerprint.js';
import { sampleRequest } from '../../support/sample-mail.js';

const dana = sampleRequest({ messageId: 'reused@example.org' });
const fp = (raw: string) => contentFingerprint(Buffer.from(raw));

describe('contentFingerprint', () => {
  it('is the same for the same bytes, and for the same message with LF line ends (a Maildir copy)', () => {
    expect(fp(dana)).toBe(fp(dana));
    expect(fp(dana.replace(/\r\n/g, '\n'))).toBe(fp(dana));
  });

  it('ignores the trace fields each delivery adds (RFC 5321 §4.4), so a second delivery is the same message', () => {
    const trace = [
      'Return-Path: <dana.whitfield@example.org>',
      'Delivered-To: privacy@example.com',
      'Received: from mail.example.org (mail.example.org [192.0.2.7])\r\n\tby mx.example.com with ESMTPS; Mon, 23 Nov 2026 09:12:03 -0800',
      'Authentication-Results: mx.example.com; dkim=pass header.d=example.org',
    ].join('\r\n');
    expect(fp(`${trace}\r\n${dana}`)).toBe(fp(dana));
  });

  it('differs for another person under the same Message-ID, or other words', () => {
    const sam = sampleRequest({ messageId: 'reused@example.org', from: 'Sam Ortiz <sam.ortiz@example.net>', body: 'Hello,\r\n\r\nWhat personal information do you have about me?\r\n\r\nSam Ortiz' });
    expect(fp(sam)).not.toBe(fp(dana));
    expect(fp(sampleRequest({ messageId: 'reused@example.org', body: 'Please delete my account.' }))).not.toBe(fp(dana));
    expect(fp(sampleRequest({ messageId: 'reused@example.org', subject: 'Access request' }))).not.toBe(fp(dana));
  });

  it('hashes anything, a message with no body or invalid bytes included', () => {
    expect(contentFingerprint(Buffer.from([0xff, 0xfe, 0x00, 0x0a]))).toMatch(/^[0-9a-f]{64}$/);
    expect(fp('From: x@example.org')).toMatch(/^[0-9a-f]{64}$/);
  });
});
