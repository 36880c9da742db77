import type { StaffAction, StaffCommand, StaffCommandContext } from './staff-command.js';
import { staffCommandSpec } from './staff-commands.js';

export type { StaffAction, StaffCommandContext };

/**
 * Maps a command, read from a staff reply or the command line, to its action, as its entry in
 * the table says (staff-commands.ts). Pure.
 */
export function planStaffCommand(command: StaffCommand, ctx: StaffCommandContext): StaffAction {
  return staffCommandSpec(command.kind).plan(command, ctx);
}
