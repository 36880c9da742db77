import { isDenialReason, type DenialReason } from '../pipeline/decide/denial-reasons.js';
import { isRequestType, type RequestType } from '../shared/request-types.js';
import type { DeletionMethod } from './staff-command.js';

const REFERENCE = /^\[?(CCPA-\d{4}-\d{6})\]?$/i;
const ADDRESS = /^<?([^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+)>?$/;

/**
 * A denial reason from the fixed vocabulary (ccpa-rules, Denial reasons), as staff type it:
 * any case, `-` or `_`, trailing punctuation. Null for anything else: a misread reason would
 * tell a consumer the wrong thing.
 */
export function readDenialReason(word: string): DenialReason | null {
  const reason = word.toLowerCase().replace(/-/g, '_').replace(/[:.,]+$/, '');
  return isDenialReason(reason) ? reason : null;
}

/** Request types as staff type them (`opt-out`, `Deletion,`); null when any word is none. */
export function readRequestTypes(words: string): RequestType[] | null {
  const types = words.split(/[\s,]+/).filter((w) => w !== '').map((w) => w.toLowerCase().replace(/-/g, '_').replace(/[:.]+$/, ''));
  return types.length > 0 && types.every(isRequestType) ? [...new Set(types)] : null;
}

/** `deleted` or `deidentified` (also `de-identified`): how a deletion was done (§7022(e)). */
export function readDeletionMethod(word: string): DeletionMethod | null {
  const method = word.toLowerCase().replace(/-/g, '');
  return method === 'deleted' || method === 'deidentified' ? method : null;
}

/** An email address, bare or in angle brackets, lower-cased. */
export function readAddress(text: string): string | null {
  return ADDRESS.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}

/** A request reference such as `CCPA-2026-000123`, bare or in the subject tag's brackets. */
export function readReference(text: string): string | null {
  return REFERENCE.exec(text.trim())?.[1]?.toUpperCase() ?? null;
}

/** Text lines joined, empty parts dropped; null when nothing is left. */
export function joinText(...parts: readonly (string | undefined)[]): string | null {
  const text = parts.filter((part): part is string => part !== undefined && part.trim() !== '').join('\n');
  return text === '' ? null : text;
}
