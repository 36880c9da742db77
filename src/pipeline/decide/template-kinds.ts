import type { RequestType } from '../types.js';

/**
 * Every message kind the workflow sends; each is a folder `templates/<kind>/` with subject, text
 * and html parts in `en` and `es`. `acknowledgement` is planned by decideInbound.
 */
export const TEMPLATE_KINDS = [
  'acknowledgement',
  'verification-challenge',
  'code-rejected',
  'reminder',
  'verified',
  'copy-details-needed',
  'agent-permission-request',
  'consumer-confirmation',
  'agent-disowned',
  'parent-proof-request',
  'limit-reached',
  'unverifiable-denial',
  'extension-notice',
  'completion-access-categories',
  'completion-access-specific',
  'completion-deletion',
  'completion-correction',
  'completion-opt-out',
  'completion-limit',
  'denial',
  'hipaa-redirect',
  'question-received',
  'opt-out-confirmed',
  'staff-message',
] as const;

export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The completion message for a request type; portability is a copy of specific pieces. */
export function completionTemplateFor(type: RequestType, accessScope: 'categories' | 'specific_pieces' | null): TemplateKind {
  switch (type) {
    case 'access':
      return accessScope === 'specific_pieces' ? 'completion-access-specific' : 'completion-access-categories';
    case 'portability':
      return 'completion-access-specific';
    case 'deletion':
      return 'completion-deletion';
    case 'correction':
      return 'completion-correction';
    case 'opt_out':
      return 'completion-opt-out';
    case 'limit_sensitive':
      return 'completion-limit';
  }
}
