/** One `method=result` statement of an Authentication-Results header (RFC 8601 §2.2). */
export interface AuthResultEntry {
  /** Lower case, without a version: `dkim`, `dmarc`, `spf`, ... */
  method: string;
  /** Lower case: `pass`, `fail`, `none`, ... */
  result: string;
  reason: string | null;
  /** Property name (lower case `ptype.property`, e.g. `header.d`) to value, as written. */
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  /** The server that wrote the header, lower case (RFC 8601 §2.5). */
  authservId: string;
  results: AuthResultEntry[];
}

/**
 * Parses one Authentication-Results header value (RFC 8601 §2.2): comments removed, statements
 * split at `;` outside quoted strings. Returns null when there is no authserv-id. Which servers
 * to believe is the caller's business (§5: only the ones the operator trusts).
 */
export function parseAuthenticationResults(value: string): AuthenticationResults | null {
  const [head = '', ...statements] = splitOutsideQuotes(stripComments(value), ';');
  // authserv-id [CFWS authres-version]; the version is a number.
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (authservId === '' || authservId.includes('=')) return null;
  const results: AuthResultEntry[] = [];
  for (const statement of statements) {
    const entry = parseStatement(statement);
    if (entry) results.push(entry);
  }
  return { authservId, results };
}

const PAIR = /([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/g;

function parseStatement(statement: string): AuthResultEntry | null {
  const pairs = [...statement.matchAll(PAIR)].map((m) => [(m[1] ?? '').toLowerCase(), unquote(m[2] ?? '')] as const);
  const [first, ...rest] = pairs;
  if (!first) return null; // `none`, or nothing
  const [methodWithVersion, result] = first;
  const method = methodWithVersion.split('/')[0]?.trim() ?? '';
  let reason: string | null = null;
  const properties: Record<string, string> = {};
  for (const [name, value] of rest) {
    if (name === 'reason') reason = value;
    else if (name.includes('.')) properties[name.replace(/\s+/g, '')] = value;
  }
  return { method, result: result.toLowerCase(), reason, properties };
}

/** Removes RFC 5322 §3.2.2 comments, which may nest, leaving quoted strings alone. */
function stripComments(value: string): string {
  let depth = 0;
  let quoted = false;
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i] ?? '';
    if (ch === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += ch + (value[i + 1] ?? '');
      i += 1;
    } else if (ch === '"' && depth === 0) {
      quoted = !quoted;
      out += ch;
    } else if (ch === '(' && !quoted) depth += 1;
    else if (ch === ')' && !quoted && depth > 0) {
      depth -= 1;
      if (depth === 0) out += ' ';
    } else if (depth === 0) out += ch;
  }
  return out;
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i] ?? '';
    if (ch === '\\' && quoted) {
      current += ch + (value[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}
