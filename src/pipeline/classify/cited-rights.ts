import type { RequestType } from '../types.js';

// The statute or article an earlier request was made under, as a reminder cites it (issue 16):
// CCPA sections (Cal. Civ. Code §1798.xxx) and the GDPR articles mapped to the CCPA rights.
// §1798.100 names no right: it opens the Act ("sections 1798.100 through 1798.199.100", "§ 1798.100
// et seq.") and sets the duties at collection; correction is §1798.106.
const CITED: ReadonlyArray<[RegExp, RequestType]> = [
  [/\b(?:1798\.105|art(?:icle|iculo|\.)? ?17)\b/, 'deletion'],
  [/\b(?:1798\.106|art(?:icle|iculo|\.)? ?16)\b/, 'correction'],
  [/\b(?:1798\.11[05]|art(?:icle|iculo|\.)? ?15)\b/, 'access'],
  [/\b(?:1798\.120|art(?:icle|iculo|\.)? ?21)\b/, 'opt_out'],
  [/\b1798\.121\b/, 'limit_sensitive'],
  [/\bart(?:icle|iculo|\.)? ?20\b/, 'portability'],
];

/**
 * The rights a follow-up restates only by citing the law its earlier request was made under
 * ("a reminder of my request of 3 November under Section 1798.105"): read on normalized text,
 * and only for a message that refers to an earlier request (ccpa-rules §1798.130(a)(2): its clock
 * may be running out).
 */
export function citedRights(normalized: string): RequestType[] {
  return CITED.filter(([re]) => re.test(normalized)).map(([, type]) => type);
}
