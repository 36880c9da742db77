/**
 * Template kinds written for staff, not consumers: English only, and without the consumer
 * notices (non-discrimination, signature) every consumer message must carry. Tests that check
 * consumer templates skip these.
 */
export const STAFF_TEMPLATE_KINDS = ['staff-flag', 'staff-confirmation', 'staff-help', 'staff-notice', 'digest'] as const;

export type StaffTemplateKind = (typeof STAFF_TEMPLATE_KINDS)[number];

export function isStaffTemplateKind(kind: string): kind is StaffTemplateKind {
  return (STAFF_TEMPLATE_KINDS as readonly string[]).includes(kind);
}
