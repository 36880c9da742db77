import { describe, expect, it } from 'vitest';
import { understandRawMail, unreadClassification } from '../../../src/cli/classify.js';
import { mapScreenVerdict } from '../../../src/pipeline/classify/map-screen-verdict.js';

const raw = (headers: string, body: string): Buffer =>
  Buffer.from(`From: Prize Desk <winner@prizes.example.net>\r\nTo: compliance@example.com\r\nSubject: You have won\r\nMessage-ID: <p1@prizes.example.net>\r\nDate: Sat, 05 Dec 2026 10:00:00 +0000\r\n${headers}\r\n${body}\r\n`);

// Issue 16 item 1: spam is no privacy matter; `other` is the category of such mail, whether a
// filter marked it or the text shows it. Machine mail keeps its own categories (email-rules §1).
describe('the category of screened mail', () => {
  it('spam marked by a filter is other, never answered; loops, lists and feedback reports stay bulk', () => {
    expect(mapScreenVerdict({ kind: 'spam', reason: 'header:x-spam-flag=yes' })).toBe('other');
    expect(mapScreenVerdict({ kind: 'loop', reason: 'from:own-address' })).toBe('bulk');
    expect(mapScreenVerdict({ kind: 'bulk', reason: 'header:list-id' })).toBe('bulk');
    expect(mapScreenVerdict({ kind: 'feedback_report', reason: 'content-type:report' })).toBe('bulk');
    expect(mapScreenVerdict({ kind: 'bounce', reason: 'dsn' })).toBe('bounce');
    expect(mapScreenVerdict({ kind: 'auto_reply', reason: 'header:auto-submitted' })).toBe('auto_reply');
  });

  it('classify prints a filter-marked prize mail as other with no request and no requester', async () => {
    const u = await understandRawMail(raw('X-Spam-Flag: YES\r\n', 'Claim your prize: send your bank details today.'));
    const c = u.classification ?? unreadClassification(u.verdict!);
    expect(c.category).toBe('other');
    expect(c.requestTypes).toEqual([]);
    expect(c.requester).toBe('none');
  });

  it('a real request under a spam flag is still read as a request (an over-eager filter must not break a legal clock)', async () => {
    const u = await understandRawMail(raw('X-Spam-Flag: YES\r\n', 'Please delete all personal information you hold about me. Thank you, Rosa Vega'));
    expect(u.classification?.category).toBe('privacy_request');
  });
});
