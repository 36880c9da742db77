import type { Db } from '../store/db.js';
import { findRequestByReference } from '../store/requests.js';
import type { RequestEvent, TransitionRejection } from '../pipeline/decide/request-state.js';
import type { WorkflowDeps } from '../workflow/workflow-settings.js';
import { applyStaffAction, type QueuedStaffMail } from './apply-staff-action.js';
import { planStaffCommand } from './plan-staff-command.js';
import type { StaffAction, StaffCommandKind } from './staff-command.js';
import type { CommandLineArguments } from './staff-command-spec.js';
import { staffCommandSpec } from './staff-commands.js';

/** A staff command as given on the command line: `ccpa-mailbot requests <kind> REF [options]`. */
export interface StaffCommandLine extends CommandLineArguments {
  kind: StaffCommandKind;
  reference: string;
  /** Who acts, recorded as `staff:<name>` (§7101). */
  staff: string;
}

export type StaffActionResult =
  | { ok: true; mails: QueuedStaffMail[]; status: string }
  | { ok: false; error: 'not_found' | 'not_in_workflow' | 'bad_arguments' | 'refused'; message: string }
  | { ok: false; error: 'rejected'; rejection: TransitionRejection; message: string };

/** What a command line asks for, through the same table and planner as a staff reply; a string says what is wrong. */
export function planCommandLine(line: StaffCommandLine, now: Date, staffAddresses: readonly string[] = []): StaffAction | string {
  const command = staffCommandSpec(line.kind).fromCommandLine(line);
  if (typeof command === 'string') return command;
  return planStaffCommand(command, { staffAddress: line.staff, messageId: null, at: now, reference: line.reference, staffAddresses });
}

/** The request event a command line stands for, or what is wrong with it (thread actions have none). */
export function staffEvent(line: StaffCommandLine, now: Date): RequestEvent | string {
  const action = planCommandLine(line, now);
  if (typeof action === 'string') return action;
  return action.kind === 'event' ? action.event : `${line.kind} is no request event`;
}

/**
 * A staff command on one request from the command line, in one transaction, carried out exactly
 * as the same command in a staff reply (apply-staff-action.ts); the mail it causes is threaded
 * into the conversation and sent by the running daemon.
 */
export async function runStaffAction(db: Db, deps: WorkflowDeps, line: StaffCommandLine, now: Date, staffAddresses: readonly string[] = []): Promise<StaffActionResult> {
  return db.transaction(async (trx): Promise<StaffActionResult> => {
    const row = await findRequestByReference(trx, line.reference);
    if (!row) return { ok: false, error: 'not_found', message: `no request ${line.reference}` };
    const action = planCommandLine(line, now, staffAddresses);
    if (typeof action === 'string') return { ok: false, error: 'bad_arguments', message: action };
    const outcome = await applyStaffAction({ trx, deps, inboundId: null, now, staffAddress: line.staff, requestId: Number(row.id) }, action);
    if (outcome.applied) return { ok: true, mails: outcome.mails, status: outcome.status ?? String(row.status) };
    // The same plain words as the mail confirmation (refusal-text.ts), never the state machine's code (issue 14 item 6).
    if (outcome.rejection) return { ok: false, error: 'rejected', rejection: outcome.rejection, message: `${line.reference}: ${outcome.outcomeText}` };
    if (outcome.code === 'not_in_workflow') return { ok: false, error: 'not_in_workflow', message: `${line.reference}: ${outcome.outcomeText}` };
    return { ok: false, error: 'refused', message: outcome.outcomeText };
  });
}
