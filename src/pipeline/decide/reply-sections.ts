import type { TemplateKind } from './template-kinds.js';

/**
 * One reply per inbound message (issue 15 item 1): whatever one message asks (several rights, an
 * opt-out beside a deletion, a verification challenge), the person who wrote gets one mail, each
 * planned template a section of it under one greeting and one sign-off. This file says in which
 * order the sections are read; shared/mail-kind.ts how the outbox row's `kind` names them.
 */

/**
 * Where a section stands in the mail, as a reader expects it: first that we received the message
 * (the §7021 confirmation), then what we did or decided (an opt-out taken, a limit, a completion),
 * last what we need from the reader (a code and details, a permission, a proof). Kinds not listed
 * are in the middle.
 */
const RANK: Partial<Record<TemplateKind, number>> = {
  acknowledgement: 0,
  'question-received': 0,
  'hipaa-redirect': 0,
  'code-rejected': 2,
  reminder: 2,
  'verification-challenge': 2,
  'consumer-confirmation': 2,
  'agent-permission-request': 2,
  'parent-proof-request': 2,
  'copy-details-needed': 2,
};
const MIDDLE = 1;

/** The sections in reading order; sections of one rank keep the order they were planned in. */
export function orderSections<T extends { kind: TemplateKind }>(sections: readonly T[]): T[] {
  return sections
    .map((section, index) => ({ section, index, rank: RANK[section.kind] ?? MIDDLE }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((s) => s.section);
}
