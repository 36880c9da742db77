import { describe, expect, it } from 'vitest';
import { quotedOriginal } from '../../../src/staff/queue-flag-mails.js';

describe('the original message as staff mail quotes it (flag notice, HIPAA forward)', () => {
  it('shows who wrote it, when, the subject and the text', () => {
    const original = { summary: { from: 'Dana Whitfield <dana.whitfield@example.org>', date: '2026-11-23', subject: 'My records', text: '  Please send my chart.\n' } };
    expect(quotedOriginal(original, '(none)')).toEqual({ originalFrom: 'Dana Whitfield <dana.whitfield@example.org>', originalDate: '2026-11-23', originalSubject: 'My records', originalText: 'Please send my chart.' });
  });

  it('says why there is no text when the message is gone or had none', () => {
    expect(quotedOriginal(null, '(the original message is no longer kept)')).toEqual({ originalFrom: '', originalDate: '', originalSubject: '', originalText: '(the original message is no longer kept)' });
    expect(quotedOriginal({ summary: { from: null, date: null, subject: '(could not be read: see the attachment)', text: '   ' } }, '(no readable text: see the attachment)').originalText).toBe('(no readable text: see the attachment)');
  });
});
