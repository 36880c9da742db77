import type { Db } from './db.js';
import { toIso } from './time.js';

/** `assign ADDRESS`: the staff member consumer replies are forwarded to from now on (issue 6 item 4). */
export async function assignRequest(db: Db, assignment: { requestId: number; staffAddress: string; assignedBy: string }, now: Date): Promise<void> {
  await db('staff_assignments')
    .insert({ request_id: assignment.requestId, staff_address: assignment.staffAddress, assigned_by: assignment.assignedBy, assigned_at: toIso(now) })
    .onConflict('request_id')
    .merge(['staff_address', 'assigned_by', 'assigned_at']);
}

/** The staff members assigned to any of `requestIds`, each once. */
export async function assignedStaffAddresses(db: Db, requestIds: readonly number[]): Promise<string[]> {
  const rows: Array<{ staff_address: string }> = await db('staff_assignments').whereIn('request_id', [...requestIds]).select('staff_address');
  return [...new Set(rows.map((r) => r.staff_address))];
}

/** Every assignment, as request id to the assigned staff address (the digest's assignee column). */
export async function listAssignments(db: Db): Promise<Map<number, string>> {
  const rows: Array<{ request_id: number; staff_address: string }> = await db('staff_assignments').select('request_id', 'staff_address');
  return new Map(rows.map((r) => [Number(r.request_id), r.staff_address]));
}
