/**
 * How staff verified a requester by other means than the bot's code (§7060-§7062): the one list,
 * recorded on the audit entry of `verify METHOD`. `staff_approval` is what an `approve` on a flag
 * that asked for an identity check records: staff judged the evidence the flag named.
 */
export const VERIFICATION_METHODS = ['data_points', 'document', 'phone', 'video_call', 'in_person', 'staff_approval'] as const;

export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** The methods a staff member may name with `verify METHOD` (approve records `staff_approval` itself). */
export const NAMED_VERIFICATION_METHODS: readonly VerificationMethod[] = VERIFICATION_METHODS.filter((m) => m !== 'staff_approval');

export function readVerificationMethod(word: string): VerificationMethod | null {
  const lower = word.trim().toLowerCase().replace(/-/g, '_');
  return (NAMED_VERIFICATION_METHODS as readonly string[]).includes(lower) ? (lower as VerificationMethod) : null;
}
