/**
 * The rights a consumer can ask for by email: the one list. `RequestType` and every table keyed
 * by it (`Record<RequestType, ...>`) are derived from it, so a new right is a compile error
 * wherever a table needs a row for it. Order is the canonical order of results and reports.
 * ccpa-rules: access and portability (§1798.110, §1798.130(a)(3)(B)(iii)), deletion (§1798.105),
 * correction (§1798.106), opt-out of sale/sharing (§1798.120), limit sensitive (§1798.121).
 */
export const REQUEST_TYPES = ['access', 'portability', 'deletion', 'correction', 'opt_out', 'limit_sensitive'] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * What a stored request can be besides a right: a question, a HIPAA matter (not a CCPA
 * request, §1798.146(a)(1)), or a request whose right is not yet known. These are answered by
 * staff and never enter the request state machine.
 */
export const OTHER_RECORD_TYPES = ['question', 'hipaa_matter', 'unspecified'] as const;

/** Every type a row of `requests` can hold. */
export const RECORD_TYPES = [...REQUEST_TYPES, ...OTHER_RECORD_TYPES] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

export function isRequestType(value: string): value is RequestType {
  return (REQUEST_TYPES as readonly string[]).includes(value);
}
