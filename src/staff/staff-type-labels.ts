/** Short staff-facing names of record types (flag mail, digest). */
const TYPE_LABELS: Record<string, string> = {
  access: 'Access',
  portability: 'Copy (portable)',
  deletion: 'Deletion',
  correction: 'Correction',
  opt_out: 'Opt-out of sale/sharing',
  limit_sensitive: 'Limit sensitive data',
  question: 'Question',
  hipaa_matter: 'HIPAA matter',
  unspecified: 'Unspecified request',
};

export function staffTypeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}
