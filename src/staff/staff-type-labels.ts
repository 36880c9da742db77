import type { RecordType } from '../shared/request-types.js';

/** Short staff-facing names of record types (flag mail, digest): a new type needs its row. */
const TYPE_LABELS: Record<RecordType, string> = {
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

/** The label of a stored type; a value written by an older version is shown as it is. */
export function staffTypeLabel(type: string): string {
  return (TYPE_LABELS as Record<string, string>)[type] ?? type;
}
