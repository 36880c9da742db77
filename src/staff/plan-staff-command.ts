import type { RequestEvent } from '../pipeline/decide/request-state.js';
import type { StaffCommand } from './staff-command.js';

/**
 * What one authenticated staff command does. Decisions on the request (approve, deny, extend,
 * complete) become request events for the same state machine the CLI uses, so the legal checks
 * and the audit entry are the same whichever way staff act (issue 6). The rest act on the thread.
 */
export type StaffAction =
  | { kind: 'event'; event: RequestEvent }
  | { kind: 'relay_to_consumer'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'assign'; address: string }
  | { kind: 'merge'; into: string }
  | { kind: 'help' }
  | { kind: 'refuse'; reason: 'assignee_not_staff' | 'merge_into_itself' };

export interface StaffCommandContext {
  /** The authenticated staff address (From, checked against the reply key). */
  staffAddress: string;
  /** Message-ID of the staff reply: recorded on the audit entry as the causing message. */
  messageId: string | null;
  at: Date;
  /** The request the reply key names. */
  reference: string;
  staffAddresses: readonly string[];
}

/** Maps a parsed command to its action. Pure. */
export function planStaffCommand(command: StaffCommand, ctx: StaffCommandContext): StaffAction {
  const base = { at: ctx.at, actor: `staff:${ctx.staffAddress}` as const, messageId: ctx.messageId };
  switch (command.kind) {
    case 'approve':
      return { kind: 'event', event: { ...base, kind: 'staff_approve' } };
    case 'deny':
      return { kind: 'event', event: { ...base, kind: 'staff_deny', reason: command.reason, ...(command.note ? { note: command.note } : {}) } };
    case 'extend':
      return { kind: 'event', event: { ...base, kind: 'staff_extend', reason: command.reason } };
    case 'complete':
      return {
        kind: 'event',
        event: { ...base, kind: 'staff_complete', ...(command.deletionMethod ? { deletionMethod: command.deletionMethod } : {}), ...(command.note ? { note: command.note } : {}) },
      };
    case 'reply':
      return { kind: 'relay_to_consumer', text: command.text };
    case 'note':
      return { kind: 'note', text: command.text };
    case 'assign':
      // Consumer replies are forwarded to the assignee: only a configured staff member may receive them.
      return ctx.staffAddresses.includes(command.address) ? { kind: 'assign', address: command.address } : { kind: 'refuse', reason: 'assignee_not_staff' };
    case 'merge':
      return command.reference === ctx.reference ? { kind: 'refuse', reason: 'merge_into_itself' } : { kind: 'merge', into: command.reference };
    case 'help':
      return { kind: 'help' };
  }
}
