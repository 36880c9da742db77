/**
 * Issue 13, must-show 1 (replay): the key that says a staff command was applied already
 * (email-rules §4: the same staff member, thread and command text, not only the same Message-ID).
 */
import { describe, expect, it } from 'vitest';
import { normaliseCommandText, staffCommandKey, type StaffCommandIdentity } from '../../../src/staff/staff-command-key.js';

const QUOTED = '\n\nOn Mon, Nov 23, 2026 at 9:12 AM MTBC Privacy Bot <compliance@example.com> wrote:\n> Request CCPA-2026-000123 needs you.\n';
const reply: StaffCommandIdentity = {
  staffAddress: 'alex.kim@example.com',
  reference: 'CCPA-2026-000123',
  replyKey: 'staff-2026000123-tz3k1c-abcdefghijklmnopqrst',
  kind: 'reply',
  text: `reply\nDear Dana, we have deleted your "account" data.${QUOTED}`,
};
const key = (change: Partial<StaffCommandIdentity> = {}) => staffCommandKey({ ...reply, ...change });

describe('staffCommandKey', () => {
  it('is the same for a copy whose whitespace, quotation marks, command word case or quoted history differ', () => {
    expect(key({ text: `Reply\r\n  Dear Dana,   we have deleted\nyour “account” data.  ${QUOTED}` })).toBe(key());
    expect(key({ text: 'reply Dear Dana, we have deleted your account data.\n\n> an older quote' })).toBe(key());
    expect(key({ staffAddress: 'Alex.Kim@Example.com' })).toBe(key());
  });

  it('differs for other words, another staff member, another thread, another request or another command', () => {
    const base = key();
    expect(key({ text: 'reply\nDear Dana, we have deleted your account and order data.' })).not.toBe(base);
    expect(key({ staffAddress: 'sam.ortiz@example.com' })).not.toBe(base);
    expect(key({ replyKey: 'staff-2026000123-tz9x2a-abcdefghijklmnopqrst' })).not.toBe(base);
    expect(key({ reference: 'CCPA-2026-000124' })).not.toBe(base);
    expect(key({ kind: 'note', text: 'note\nDear Dana, we have deleted your "account" data.' })).not.toBe(base);
  });

  it('keeps case inside the text: a note in other words is another note', () => {
    expect(normaliseCommandText('note Called the requester')).toBe('Called the requester');
    expect(key({ text: 'reply\nDEAR DANA, WE HAVE DELETED YOUR ACCOUNT DATA.' })).not.toBe(key());
  });
});
