import { describe, expect, it } from 'vitest';
import { DENIAL_REASONS } from '../../../src/pipeline/decide/denial-reasons.js';
import { commandLines } from '../../../src/staff/command-lines.js';
import { parseStaffCommand } from '../../../src/staff/parse-staff-command.js';

/** A staff reply as Gmail/Outlook/Apple write it: the command on top, the flag mail quoted below. */
const quotedFlag = [
  '',
  'On Mon, Nov 23, 2026 at 9:12 AM MTBC Privacy Bot <compliance@example.com> wrote:',
  '> Request CCPA-2026-000123 needs you.',
  '> Commands: approve, deny REASON, extend REASON, complete, reply TEXT, note TEXT',
].join('\n');

describe('parseStaffCommand: the first non-empty line above the quote (issue 6)', () => {
  it('reads approve in any case, with blank lines and trailing punctuation; verify is its own command and needs a method (§7060-§7062)', () => {
    expect(parseStaffCommand(`\n\n  Approve.\n${quotedFlag}`)).toEqual({ ok: true, command: { kind: 'approve' } });
    expect(parseStaffCommand(`verify${quotedFlag}`)).toMatchObject({ ok: false, reason: 'missing_argument' });
    expect(parseStaffCommand(`verify by magic${quotedFlag}`)).toMatchObject({ ok: false, reason: 'unknown_verification_method' });
    expect(parseStaffCommand(`Verify in-person${quotedFlag}`)).toEqual({ ok: true, command: { kind: 'verify', method: 'in_person' } });
    expect(parseStaffCommand(`confirm${quotedFlag}`)).toEqual({ ok: true, command: { kind: 'confirm' } });
    expect(parseStaffCommand(`approve\nSpoke to her on the phone.${quotedFlag}`)).toEqual({ ok: true, command: { kind: 'approve', reason: 'Spoke to her on the phone.' } });
  });

  it('reads deny with a reason from the fixed vocabulary (ccpa-rules, Denial reasons) and a note spanning lines', () => {
    const parsed = parseStaffCommand(`deny not-california The address on file is in Oregon.\nChecked by phone.\n${quotedFlag}`);
    expect(parsed).toEqual({
      ok: true,
      command: { kind: 'deny', reason: 'not_california', note: 'The address on file is in Oregon.\nChecked by phone.' },
    });
  });

  it('accepts every denial reason of the vocabulary and nothing else', () => {
    for (const reason of DENIAL_REASONS) {
      expect(parseStaffCommand(`deny ${reason}`)).toEqual({ ok: true, command: { kind: 'deny', reason, note: null } });
    }
    expect(parseStaffCommand('deny because I said so')).toEqual({ ok: false, reason: 'unknown_denial_reason', firstLine: 'deny because I said so' });
    expect(parseStaffCommand('deny')).toMatchObject({ ok: false, reason: 'missing_argument' });
  });

  it('reads extend with its reason (§1798.130(a)(2): the notice must give it) and refuses extend without one', () => {
    expect(parseStaffCommand('extend records are in three systems')).toEqual({ ok: true, command: { kind: 'extend', reason: 'records are in three systems' } });
    expect(parseStaffCommand(`extend\n${quotedFlag}`)).toMatchObject({ ok: false, reason: 'missing_argument' });
  });

  it('reads complete with an optional deletion method (§7022(e)) and note', () => {
    expect(parseStaffCommand('complete')).toEqual({ ok: true, command: { kind: 'complete', deletionMethod: null, note: null } });
    expect(parseStaffCommand('complete deidentified kept for billing audit')).toEqual({
      ok: true,
      command: { kind: 'complete', deletionMethod: 'deidentified', note: 'kept for billing audit' },
    });
    expect(parseStaffCommand('done all three systems purged')).toEqual({ ok: true, command: { kind: 'complete', deletionMethod: null, note: 'all three systems purged' } });
  });

  it('keeps the multi-line text of reply for the consumer, stopping at the quote and the signature', () => {
    const parsed = parseStaffCommand(`reply\nHello Dana,\n\nWe found no account under that address.\n\n-- \nAlex, privacy office\n${quotedFlag}`);
    expect(parsed).toEqual({ ok: true, command: { kind: 'reply', text: 'Hello Dana,\n\nWe found no account under that address.' } });
  });

  it('reads note, assign and merge with their arguments', () => {
    expect(parseStaffCommand('note called the requester, waiting for a callback')).toEqual({ ok: true, command: { kind: 'note', text: 'called the requester, waiting for a callback' } });
    expect(parseStaffCommand('assign <Alex.Kim@Example.com>')).toEqual({ ok: true, command: { kind: 'assign', address: 'alex.kim@example.com' } });
    expect(parseStaffCommand('merge [ccpa-2026-000099]')).toEqual({ ok: true, command: { kind: 'merge', reference: 'CCPA-2026-000099' } });
  });

  it('refuses assign and merge with a bad argument', () => {
    expect(parseStaffCommand('assign alex')).toMatchObject({ ok: false, reason: 'invalid_address' });
    expect(parseStaffCommand('merge 123')).toMatchObject({ ok: false, reason: 'invalid_reference' });
    expect(parseStaffCommand('merge')).toMatchObject({ ok: false, reason: 'missing_argument' });
  });

  it('reads help and ?', () => {
    expect(parseStaffCommand('help')).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseStaffCommand('?')).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('never reads a command out of the quoted flag mail', () => {
    expect(parseStaffCommand(quotedFlag)).toEqual({ ok: false, reason: 'empty', firstLine: '' });
    expect(parseStaffCommand('> approve')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseStaffCommand('-----Original Message-----\nFrom: Bot\nSent: Monday\napprove')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('answers "not understood" for prose, an empty body, or a command word not on the first line', () => {
    expect(parseStaffCommand('Looks fine to me, go ahead')).toEqual({ ok: false, reason: 'unknown_command', firstLine: 'Looks fine to me, go ahead' });
    expect(parseStaffCommand('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseStaffCommand('Thanks!\napprove')).toMatchObject({ ok: false, reason: 'unknown_command' });
  });
});

describe('commandLines', () => {
  it('stops at an Outlook header block, a mobile signature and a two-line attribution', () => {
    expect(commandLines('note a\nb\nFrom: Bot <compliance@example.com>\nSent: Monday\n> x')).toEqual(['note a', 'b']);
    expect(commandLines('approve\n\nSent from my iPhone\n')).toEqual(['approve']);
    expect(commandLines('approve\nOn Mon, 23 Nov 2026 at 09:12, MTBC Privacy Bot <compliance@example.com>\nwrote:\n> x')).toEqual(['approve']);
  });
});
