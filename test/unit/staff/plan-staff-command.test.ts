import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/pipeline/decide/request-state-machine.js';
import { planStaffCommand, type StaffCommandContext } from '../../../src/staff/plan-staff-command.js';
import { parseStaffCommand } from '../../../src/staff/parse-staff-command.js';
import type { StaffCommand } from '../../../src/staff/staff-command.js';
import { newRequest } from '../decide/request-state-fixtures.js';

const ctx: StaffCommandContext = {
  staffAddress: 'alex.kim@example.com',
  messageId: 'r1@example.com',
  at: new Date('2026-11-24T18:00:00Z'),
  reference: 'CCPA-2026-000123',
  staffAddresses: ['alex.kim@example.com', 'sam.ortiz@example.com'],
};

function command(text: string): StaffCommand {
  const parsed = parseStaffCommand(text);
  if (!parsed.ok) throw new Error(`not a command: ${text}`);
  return parsed.command;
}

describe('planStaffCommand: staff decisions go through the request state machine (issue 6)', () => {
  it('turns approve, deny, extend and complete into staff events naming the staff member and the message', () => {
    expect(planStaffCommand(command('approve'), ctx)).toEqual({ kind: 'event', event: { kind: 'staff_approve', actor: 'staff:alex.kim@example.com', messageId: 'r1@example.com', at: ctx.at } });
    expect(planStaffCommand(command('deny not_california lives in Oregon'), ctx)).toMatchObject({ kind: 'event', event: { kind: 'staff_deny', reason: 'not_california', note: 'lives in Oregon' } });
    expect(planStaffCommand(command('extend records in three systems'), ctx)).toMatchObject({ kind: 'event', event: { kind: 'staff_extend', reason: 'records in three systems' } });
    expect(planStaffCommand(command('complete deidentified'), ctx)).toMatchObject({ kind: 'event', event: { kind: 'staff_complete', deletionMethod: 'deidentified' } });
  });

  it('produces events the state machine accepts from staff (a staff approve of a request waiting for staff)', () => {
    const plan = planStaffCommand(command('approve'), ctx);
    if (plan.kind !== 'event') throw new Error('expected an event');
    const result = transition({ ...newRequest('deletion'), status: 'needs_staff' }, plan.event);
    expect(result.ok).toBe(true);
    expect(result.ok && result.actions[0]).toMatchObject({ kind: 'audit', event: 'staff_approve', actor: 'staff:alex.kim@example.com', messageId: 'r1@example.com' });
  });

  it('acts on the thread for reply, note, assign, merge and help', () => {
    expect(planStaffCommand(command('reply Hello Dana'), ctx)).toEqual({ kind: 'relay_to_consumer', text: 'Hello Dana' });
    expect(planStaffCommand(command('note called back'), ctx)).toEqual({ kind: 'note', text: 'called back' });
    expect(planStaffCommand(command('assign sam.ortiz@example.com'), ctx)).toEqual({ kind: 'assign', address: 'sam.ortiz@example.com' });
    expect(planStaffCommand(command('merge CCPA-2026-000099'), ctx)).toEqual({ kind: 'merge', into: 'CCPA-2026-000099' });
    expect(planStaffCommand(command('help'), ctx)).toEqual({ kind: 'help' });
  });

  it('refuses to assign to someone who is not staff, and to merge a request into itself', () => {
    expect(planStaffCommand(command('assign outsider@example.net'), ctx)).toEqual({ kind: 'refuse', reason: 'assignee_not_staff' });
    expect(planStaffCommand(command('merge CCPA-2026-000123'), ctx)).toEqual({ kind: 'refuse', reason: 'merge_into_itself' });
  });
});
