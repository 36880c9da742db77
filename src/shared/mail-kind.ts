/**
 * How an outbox row's `kind` names the sections of one mail (issue 15 item 1: one reply per
 * inbound message, each planned template a section of it): the template kinds joined in reading
 * order, `acknowledgement+opt-out-confirmed`; a mail of one section keeps its template's kind.
 * What counts or selects mail by kind (a code to mask, a copy to drop, the first replies of the
 * day) asks whether the mail has such a section.
 */

/** Joins the section kinds of one mail in its outbox row's `kind`: `acknowledgement+opt-out-confirmed`. */
export const SECTION_SEPARATOR = '+';

/** The outbox `kind` of a mail made of these sections, in their order; one section keeps its own kind. */
export function combinedKind(kinds: readonly string[]): string {
  return [...new Set(kinds)].join(SECTION_SEPARATOR);
}

/** The section kinds an outbox `kind` names (one for a mail of one section). */
export function sectionKinds(kind: string): string[] {
  return kind.split(SECTION_SEPARATOR);
}

/** Whether a mail of this outbox `kind` has a section of one of `kinds` (a code, a copy, a first reply). */
export function hasSectionOf(kind: string, kinds: readonly string[]): boolean {
  return sectionKinds(kind).some((k) => kinds.includes(k));
}
