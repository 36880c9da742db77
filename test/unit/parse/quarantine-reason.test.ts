import { describe, expect, it } from 'vitest';
import { parseMail } from '../../../src/pipeline/parse/parse-mail.js';
import { quarantineReason } from '../../../src/pipeline/parse/quarantine-reason.js';
import { nestedMessage, withAttachment, withRecipients } from './hostile-mail.js';

const RECEIVED = new Date('2026-03-02T10:00:00Z');

async function reasonFor(raw: Buffer): Promise<string | null> {
  return quarantineReason(raw, await parseMail(raw, RECEIVED));
}

describe('quarantineReason', () => {
  it('lets an ordinary message go on', async () => {
    expect(await reasonFor(Buffer.from('From: a@example.com\r\nSubject: x\r\n\r\nDelete my data.\r\n'))).toBeNull();
  });

  it('says unparseable when parseMail gave up', () => {
    expect(quarantineReason(Buffer.from('x'), null)).toBe('unparseable');
  });

  it('parses a 25 MB attachment, keeps only its size, and lets the message go on', async () => {
    const raw = withAttachment(25 * 1024 * 1024);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.attachments).toEqual([
      { filename: 'scan.bin', contentType: 'application/octet-stream', size: 25 * 1024 * 1024 },
    ]);
    expect(mail.text).toContain('Please delete my data.');
    expect(quarantineReason(raw, mail)).toBeNull();
  });

  it('quarantines 5,000 recipients as too_many_recipients', async () => {
    const raw = withRecipients(5000);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.to).toHaveLength(5000);
    expect(quarantineReason(raw, mail)).toBe('too_many_recipients');
  });

  it('accepts exactly 1,000 recipients', async () => {
    expect(await reasonFor(withRecipients(1000))).toBeNull();
  });

  it('quarantines message/rfc822 nested ten levels deep as nesting_too_deep', async () => {
    const raw = nestedMessage(10);
    const mail = await parseMail(raw, RECEIVED);
    expect(mail.nestingDepth).toBeGreaterThan(5);
    expect(quarantineReason(raw, mail)).toBe('nesting_too_deep');
  });

  it('accepts a forward nested four levels deep', async () => {
    const mail = await parseMail(nestedMessage(3), RECEIVED);
    expect(mail.nestingDepth).toBe(4);
    expect(quarantineReason(nestedMessage(3), mail)).toBeNull();
  });

  it('quarantines a message without From as no_sender', async () => {
    expect(await reasonFor(Buffer.from('To: privacy@example.org\r\nSubject: x\r\n\r\nhello\r\n'))).toBe('no_sender');
  });

  it('leaves a From-less bounce with a null Return-Path to screening', async () => {
    expect(await reasonFor(Buffer.from('Return-Path: <>\r\nSubject: Returned mail\r\n\r\nfailed\r\n'))).toBeNull();
  });
});
