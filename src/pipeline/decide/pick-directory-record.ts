import type { DirectoryRecord } from './match-data-points.js';
import { normalizeName } from './normalize-data-point.js';

/** What the store loads to find the consumer behind a verification answer. */
export interface DirectoryCandidates {
  /** The record whose email is the address the answer came from (compared without case). */
  byEmail: DirectoryRecord | null;
  /** Every record with a name, to look for one by name when no email matches. */
  named: readonly DirectoryRecord[];
}

/**
 * The record of the consumer who controls the answering address; failing that, the one record
 * whose name equals a name the consumer gave, compared without accents, case or word order.
 * Two or more such records: no match, a person decides, because checking an answer against the
 * wrong consumer's data would disclose it to someone else (ccpa-rules.md, "Verification rules").
 */
export function pickDirectoryRecord(candidates: DirectoryCandidates, names: readonly string[]): DirectoryRecord | null {
  if (candidates.byEmail) return candidates.byEmail;
  const wanted = new Set(names.map(normalizeName).filter((n): n is string => n !== null));
  if (wanted.size === 0) return null;
  const sameName = candidates.named.filter((record) => {
    const name = record.full_name === undefined ? null : normalizeName(record.full_name);
    return name !== null && wanted.has(name);
  });
  return sameName.length === 1 ? (sameName[0] ?? null) : null;
}
