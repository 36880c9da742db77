import type { Db } from '../store/db.js';
import { assignedStaffAddresses } from '../store/staff-assignments.js';

/** Who gets a consumer's reply on a thread with staff: the assigned member, else every staff address. */
export async function staffRecipients(db: Db, requestIds: readonly number[], allStaff: readonly string[]): Promise<string[]> {
  if (requestIds.length === 0) return [...allStaff];
  const assigned = await assignedStaffAddresses(db, requestIds);
  return assigned.length > 0 ? assigned : [...allStaff];
}
