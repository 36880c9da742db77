import { parseAuthenticationResults, type AuthResultEntry, type AuthenticationResults } from './parse-authentication-results.js';

/** Why the trusted server's header does not vouch for the sender; stable codes for the audit log and the digest. */
export type HeaderFailure = 'trusted_header_not_topmost' | 'no_dmarc_pass' | 'no_aligned_dkim_pass';

export type HeaderJudgement =
  | { verdict: 'pass'; detail: string }
  | { verdict: 'fail'; reason: HeaderFailure; detail: string }
  /** No Authentication-Results header from the trusted server: the bot checks DKIM itself. */
  | { verdict: 'absent' };

/**
 * Judges the Authentication-Results headers of a staff reply (email-rules §4), given in the order
 * they appear in the message, topmost first.
 *
 * Which header counts (RFC 8601 §5, §7.3): a receiving server prepends its header at the top, and
 * RFC 8601 §5 asks it to delete incoming ones that claim its authserv-id, but many do not, so a
 * sender can write a header with the trusted authserv-id that lands just below the real one. No
 * header is sure to lie between the two, so a run of trusted headers cannot be split into "the
 * server's" and "the sender's". Hence exactly one header counts: the topmost Authentication-Results
 * header of the message, and it must carry the trusted authserv-id (compared without case, as
 * domain names are). Every lower one is ignored, whatever it says. If a header claiming the trusted
 * authserv-id exists but is not the topmost, the message is refused: either the sender wrote it or
 * a server after the trusted one writes headers, and then the operator must trust that server.
 * When no header anywhere claims the trusted authserv-id, the verdict is `absent` and the bot
 * verifies DKIM itself.
 *
 * A pass needs both, in that one header: `dmarc=pass` with `header.from` equal to the From domain
 * (RFC 7489 §11.2), and `dkim=pass` with `header.d` (or the domain of `header.i`) equal to it (RFC 8601 §2.7.1), so the From
 * domain itself signed the message. Alignment is strict (the same domain, not merely the same
 * organisation): staff mail comes from the operator's own domain, and a strict check needs no
 * public-suffix list.
 */
export function judgeAuthenticationResults(headerValuesTopFirst: readonly string[], trustedAuthservId: string | null, fromDomain: string): HeaderJudgement {
  if (!trustedAuthservId) return { verdict: 'absent' };
  const trustedId = trustedAuthservId.toLowerCase();
  const parsed = headerValuesTopFirst.map(parseAuthenticationResults);
  if (!parsed.some((header) => header?.authservId === trustedId)) return { verdict: 'absent' };
  const [topmost = null] = parsed;
  if (topmost?.authservId !== trustedId) {
    const written = topmost ? `written by ${topmost.authservId}` : 'unreadable';
    return { verdict: 'fail', reason: 'trusted_header_not_topmost', detail: `the topmost Authentication-Results header is ${written}; a lower one claiming ${trustedId} is not believed` };
  }
  return judgeTopmost(topmost, fromDomain.toLowerCase());
}

function judgeTopmost(header: AuthenticationResults, domain: string): HeaderJudgement {
  const dmarc = header.results.find((entry) => entry.method === 'dmarc' && entry.result === 'pass' && entry.properties['header.from']?.toLowerCase() === domain);
  const dkim = header.results.find((entry) => entry.method === 'dkim' && entry.result === 'pass' && signingDomain(entry) === domain);
  if (dmarc && dkim) return { verdict: 'pass', detail: `${header.authservId}: ${describe(dmarc)}, ${describe(dkim)}` };
  const seen = header.results.filter((entry) => entry.method === 'dmarc' || entry.method === 'dkim').map(describe);
  return {
    verdict: 'fail',
    reason: dmarc ? 'no_aligned_dkim_pass' : 'no_dmarc_pass',
    detail: `${header.authservId}: ${seen.length > 0 ? seen.join(', ') : 'no dmarc or dkim result'}`,
  };
}

/**
 * The domain that signed: `header.d`, or, when a server names only the signing identity (Gmail
 * writes `header.i=@example.com`), the domain of `header.i`, which RFC 6376 §3.5 requires to be
 * d= or a subdomain of it. Either way it must equal the From domain, so a subdomain's identity
 * does not pass for its parent.
 */
function signingDomain(entry: AuthResultEntry): string | null {
  const d = entry.properties['header.d'];
  if (d) return d.toLowerCase();
  const i = entry.properties['header.i'];
  return i ? (i.slice(i.lastIndexOf('@') + 1).toLowerCase() || null) : null;
}

function describe(entry: AuthResultEntry): string {
  const domain = entry.properties['header.from'] ?? entry.properties['header.d'] ?? entry.properties['header.i'];
  return `${entry.method}=${entry.result}${domain ? ` (${domain})` : ''}`;
}
