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
