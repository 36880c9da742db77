import type { DNSResolver } from 'mailauth';
import { judgeAuthenticationResults } from './judge-authentication-results.js';
import { rawAuthenticationResults } from './raw-authentication-results.js';

export type StaffAuthentication =
  | { ok: true; via: 'authentication-results' | 'dkim'; detail: string }
  | { ok: false; check: 'authentication-results' | 'dkim'; detail: string };

export interface StaffAuthOptions {
  /** The authserv-id of the operator's own receiving server (RFC 8601 §2.5); null when none is trusted. */
  trustedAuthservId: string | null;
  /** DNS TXT lookups for DKIM keys; tests pass a stub, production leaves it to mailauth (the system resolver). */
  resolver?: DNSResolver;
  /** Signature expiry is judged at this time (RFC 6376 §3.5 x=). */
  now?: Date;
}

/**
 * Is this staff reply really from the From domain? (email-rules §4.) The topmost
 * Authentication-Results header, when it is the trusted server's, decides, pass or fail (see
 * judgeAuthenticationResults for which header counts). Only when no header claims the trusted
 * authserv-id does the bot verify DKIM itself with mailauth, and then a valid signature by the
 * From domain (strict alignment) is required. SPF alone is never enough: it does not cover From.
 */
export async function authenticateStaffReply(raw: Buffer, fromAddress: string, options: StaffAuthOptions): Promise<StaffAuthentication> {
  const fromDomain = fromAddress.split('@').pop()?.toLowerCase() ?? '';
  const judged = judgeAuthenticationResults(rawAuthenticationResults(raw), options.trustedAuthservId, fromDomain);
  if (judged.verdict === 'pass') return { ok: true, via: 'authentication-results', detail: judged.detail };
  if (judged.verdict === 'fail') return { ok: false, check: 'authentication-results', detail: `${judged.reason}: ${judged.detail}` };
  return verifyDkimOurselves(raw, fromDomain, options);
}

async function verifyDkimOurselves(raw: Buffer, fromDomain: string, options: StaffAuthOptions): Promise<StaffAuthentication> {
  let results;
  try {
    // Loaded on first use: most deployments trust their receiving server's Authentication-Results
    // and never need mailauth's DNS and crypto stack in memory.
    const { dkimVerify } = await import('mailauth');
    const verified = await dkimVerify(raw, { ...(options.resolver ? { resolver: options.resolver } : {}), ...(options.now ? { curTime: options.now } : {}) });
    results = verified.results;
  } catch (err) {
    return { ok: false, check: 'dkim', detail: `dkim verification failed to run: ${String(err)}` };
  }
  const aligned = results.find((r) => r.status.result === 'pass' && r.signingDomain?.toLowerCase() === fromDomain);
  if (aligned) return { ok: true, via: 'dkim', detail: aligned.info };
  const seen = results.map((r) => r.info).join('; ') || 'dkim=none';
  return { ok: false, check: 'dkim', detail: `no valid DKIM signature of ${fromDomain}: ${seen}` };
}
