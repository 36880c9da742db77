/**
 * The values of the Authentication-Results header fields of a raw message, in the order they
 * appear, topmost first, unfolded (RFC 5322 §2.2.3).
 *
 * Read from the raw header block rather than from mailparser's header map because which header
 * counts depends on its position (RFC 8601 §5, §7.3): the receiving server prepends its own at the
 * top, and anything below may have been written by the sender. A parser's map keeps neither the
 * order between different names nor any promise about it, so the order is taken from the bytes.
 */
export function rawAuthenticationResults(raw: Buffer): string[] {
  return headerFields(headerBlock(raw))
    .map((field) => AUTHENTICATION_RESULTS.exec(field))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => (match[1] ?? '').trim());
}

// `Authentication-Results:`, case-insensitive (RFC 5322 §1.2.2); white space before the colon is
// the obsolete syntax of RFC 5322 §4.5, still accepted so a header is never missed for it.
const AUTHENTICATION_RESULTS = /^authentication-results[ \t]*:([\s\S]*)$/i;

/** The header block: everything before the first empty line. Latin-1 keeps every byte as one char. */
function headerBlock(raw: Buffer): string {
  const text = raw.toString('latin1');
  const end = /\r?\n\r?\n/.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** One string per header field, continuation lines (starting with WSP) joined to their field. */
function headerFields(block: string): string[] {
  const fields: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    const last = fields.length - 1;
    if (/^[ \t]/.test(line) && last >= 0) fields[last] += line;
    else fields.push(line);
  }
  return fields;
}
