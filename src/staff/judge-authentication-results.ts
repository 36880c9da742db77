import { parseAuthenticationResults, type AuthResultEntry } from './parse-authentication-results.js';

export type HeaderJudgement =
  | { verdict: 'pass'; detail: string }
  | { verdict: 'fail'; detail: string }
  /** No Authentication-Results header from the trusted server: the bot checks DKIM itself. */
  | { verdict: 'absent' };

/**
 * Judges the Authentication-Results headers of a staff reply (email-rules §4, RFC 8601).
 * Only headers whose authserv-id is the one the operator trusts count: any other can be written
 * by anyone on the way (RFC 8601 §5, §7.2). Among the trusted ones, `dmarc=pass` for the From
 * domain, or `dkim=pass` with a signing domain equal to the From domain, is a pass. Alignment is
 * strict (the same domain, not merely the same organisation): staff mail comes from the
 * operator's own domain, and a strict check needs no public-suffix list.
 */
export function judgeAuthenticationResults(headerValues: readonly string[], trustedAuthservId: string | null, fromDomain: string): HeaderJudgement {
  if (!trustedAuthservId) return { verdict: 'absent' };
  const trusted = headerValues
    .map(parseAuthenticationResults)
    .filter((parsed) => parsed !== null && parsed.authservId === trustedAuthservId.toLowerCase());
  if (trusted.length === 0) return { verdict: 'absent' };
  const domain = fromDomain.toLowerCase();
  const entries = trusted.flatMap((parsed) => parsed?.results ?? []);
  const passing = entries.find((entry) => alignedPass(entry, domain));
  if (passing) return { verdict: 'pass', detail: `${trustedAuthservId}: ${describe(passing)}` };
  const seen = entries.filter((e) => e.method === 'dmarc' || e.method === 'dkim').map(describe);
  return { verdict: 'fail', detail: `${trustedAuthservId}: ${seen.length > 0 ? seen.join(', ') : 'no dmarc or dkim result'}` };
}

function alignedPass(entry: AuthResultEntry, fromDomain: string): boolean {
  if (entry.result !== 'pass') return false;
  if (entry.method === 'dmarc') {
    // RFC 7489 §11.2: header.from names the domain evaluated; without it, the server judged this message's From.
    const evaluated = entry.properties['header.from'];
    return evaluated === undefined || evaluated.toLowerCase() === fromDomain;
  }
  if (entry.method === 'dkim') {
    const signing = entry.properties['header.d'] ?? entry.properties['header.i']?.split('@').pop();
    return signing !== undefined && signing.toLowerCase() === fromDomain;
  }
  return false;
}

function describe(entry: AuthResultEntry): string {
  const domain = entry.properties['header.from'] ?? entry.properties['header.d'] ?? entry.properties['header.i'];
  return `${entry.method}=${entry.result}${domain ? ` (${domain})` : ''}`;
}
