import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail, replyReferences, tagSubject } from '../../../src/mail/compose-mail.js';

describe('replyReferences (email-rules §3)', () => {
  it('appends the message answered', () => {
    expect(replyReferences(['a@x'], 'b@x')).toEqual(['a@x', 'b@x']);
  });

  it('keeps the first 4 and the last 6 of a long thread', () => {
    const thread = Array.from({ length: 20 }, (_, i) => `m${i}@x`);
    expect(replyReferences(thread, 'last@x')).toEqual(['m0@x', 'm1@x', 'm2@x', 'm3@x', 'm15@x', 'm16@x', 'm17@x', 'm18@x', 'm19@x', 'last@x']);
  });
});

describe('tagSubject', () => {
  it('adds the reference tag once', () => {
    expect(tagSubject('Re: delete my data', 'CCPA-2026-000123')).toBe('Re: delete my data [CCPA-2026-000123]');
    expect(tagSubject('Re: delete my data [CCPA-2026-000123]', 'CCPA-2026-000123')).toBe('Re: delete my data [CCPA-2026-000123]');
  });
});

describe('composeMail, for a reply', () => {
  it('carries the threading, auto-reply and loop headers', async () => {
    const { raw } = await composeMail(
      { subject: 'Re: hello', text: 'Text part', html: '<p>HTML part</p>' },
      { name: 'Privacy Team', address: 'compliance@example.com', messageIdDomain: 'example.com', instanceId: 'test', businessName: 'MTBC' },
      {
        to: 'dana@example.org',
        messageId: 'ccpa-mailbot.abc@example.com',
        inReplyTo: 'in@example.org',
        references: replyReferences(['root@example.org'], 'in@example.org'),
        subjectTag: 'CCPA-2026-000001',
        autoSubmitted: 'auto-replied',
        date: new Date('2026-11-29T12:00:00Z'),
      },
    );
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe('<ccpa-mailbot.abc@example.com>');
    expect(parsed.inReplyTo).toBe('<in@example.org>');
    expect(parsed.references).toEqual(['<root@example.org>', '<in@example.org>']);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(parsed.headers.get('x-auto-response-suppress')).toBe('All');
    expect(parsed.headers.get('x-ccpa-bot')).toBe('test');
    expect(parsed.subject).toBe('Re: hello [CCPA-2026-000001]');
    expect(parsed.text?.trim()).toBe('Text part');
    expect(parsed.html).toContain('<p>HTML part</p>');
  });
});
