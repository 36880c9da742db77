import { EX_UNAVAILABLE, problem, type CheckResult } from './check-result.js';

/** Certificate failures Node's TLS layer reports: the operator must trust the certificate or fix it. */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ETLS$)/;

/**
 * A connection to a mail server that failed before or without a refused login, as one line:
 * an unknown host name or an untrusted certificate is the operator's to fix (78); anything else
 * (refused, timed out, reset) is a server that does not answer now (69).
 */
export function describeNetworkError(variable: string, server: string, err: unknown): CheckResult {
  const code = codeOf(err);
  if (code === 'ENOTFOUND' || code === 'EDNS') {
    return problem(variable, `the host of ${server} is not known (${code})`, `correct the host name in ${variable}`);
  }
  if (TLS_CODES.test(code)) {
    return problem(variable, `${server} presented a certificate that is not trusted (${code})`, `install its certificate authority, or correct the host name in ${variable}`);
  }
  return problem(variable, `cannot reach ${server} (${code})`, `check that the server is up and that host and port in ${variable} are right`, EX_UNAVAILABLE);
}

/** The error's stable code, never its free text (which may quote the server's reply). */
function codeOf(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; originalCode?: unknown; cause?: { code?: unknown } };
  // nodemailer files socket failures under ESOCKET/ECONNECTION and keeps Node's code in `originalCode`.
  for (const candidate of [e.originalCode, e.cause?.code, e.code]) {
    if (typeof candidate === 'string' && candidate !== 'ESOCKET' && candidate !== 'ECONNECTION') return candidate;
  }
  return typeof e.code === 'string' ? e.code : 'no answer';
}
