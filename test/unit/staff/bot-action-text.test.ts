import { describe, expect, it } from 'vitest';
import { botActionText } from '../../../src/staff/bot-action-text.js';
import { flagReasonText } from '../../../src/pipeline/decide/staff-flag-reasons.js';

describe('botActionText and flagReasonText: the flag mail in words', () => {
  it('says what the bot sent, or that it sent nothing and why', () => {
    expect(botActionText({ opened: true, replyKind: 'acknowledgement' })).toBe('Opened the request and sent an acknowledgement.');
    expect(botActionText({ opened: true, replyKind: null, noReplyBecause: 'reply_rate_limited' })).toBe('Opened the request; no answer was sent (reply rate limited). The deadline runs from receipt.');
    expect(botActionText({ opened: false, replyKind: 'denial' })).toBe('Recorded the message and sent the "denial" message.');
    expect(botActionText({ opened: false, replyKind: 'code-rejected' })).toBe('Recorded the message and sent a note that the code or details did not verify, with the tries left.');
  });

  it('names each section of one mail that said several things (issue 15 item 1)', () => {
    expect(botActionText({ opened: true, replyKind: 'acknowledgement+opt-out-confirmed' })).toBe('Opened the request and sent one mail with an acknowledgement and a confirmation that the opt-out is being acted on.');
    expect(botActionText({ opened: true, replyKind: 'acknowledgement+opt-out-confirmed+verification-challenge' })).toBe(
      'Opened the request and sent one mail with an acknowledgement, a confirmation that the opt-out is being acted on and a verification code.',
    );
  });

  it('explains each flag reason, quarantine codes included, and shows unknown codes as they are', () => {
    expect(flagReasonText('agent_request')).toMatch(/§7063/);
    expect(flagReasonText('quarantined:too_deeply_nested')).toMatch(/^A message was quarantined \(too_deeply_nested\)/);
    expect(flagReasonText('something_new')).toBe('something_new');
  });
});
