/**
 * Who must act on a failed delivery (style habit 4), in three kinds:
 * - `setup`: our own side (the login, TLS, the relay's name or its reachability, our sender address,
 *   the outbox folder). Every message would fail the same way, so sending pauses and the rows stay
 *   pending, their tries uncounted, until the operator fixes what the table below names.
 * - `transient`: the server asks us to try this message later (4yz, RFC 5321 §4.2.1); retried with
 *   backoff, each try counted.
 * - `recipient`: a permanent refusal of this message or its recipient (5yz, e.g. 550 user unknown);
 *   `failed` at once, for staff.
 */
export type DeliveryFault = 'setup' | 'transient' | 'recipient';

/** The operator-fixable reasons mail is not going out; each one's variable and fix are in SETUP_PROBLEMS. */
export type SetupProblem = 'smtp_login_refused' | 'smtp_login_required' | 'smtp_tls' | 'smtp_host_unknown' | 'smtp_unavailable' | 'sender_refused' | 'outbox_dir';

/** One table from reason to what the log and `status` tell the operator (the variable to change, and how). */
export const SETUP_PROBLEMS: Readonly<Record<SetupProblem, { variable: string; problem: string; fix: string }>> = {
  smtp_login_refused: { variable: 'SMTP_URL', problem: 'the SMTP server refused the login', fix: 'correct the user name and password in SMTP_URL (percent-encode @ and :) and restart' },
  smtp_login_required: { variable: 'SMTP_URL', problem: 'the SMTP server requires a login', fix: 'put the user and password in SMTP_URL, e.g. smtp://user:pass@host:587, and restart' },
  smtp_tls: { variable: 'SMTP_URL', problem: 'TLS with the SMTP server failed', fix: 'use smtps:// for port 465 or smtp:// (STARTTLS) for 587, and trust the server certificate or correct the host in SMTP_URL' },
  smtp_host_unknown: { variable: 'SMTP_URL', problem: 'the host name of the SMTP server is not known', fix: 'correct the host in SMTP_URL' },
  smtp_unavailable: { variable: 'SMTP_URL', problem: 'the SMTP server cannot be reached or does not take mail now', fix: 'check that the server is up and that host and port in SMTP_URL are right; sending resumes by itself' },
  sender_refused: { variable: 'BOT_ADDRESS', problem: 'the SMTP server refused our sender address', fix: 'let the login of SMTP_URL send as BOT_ADDRESS, or set BOT_ADDRESS to an address it may send as' },
  outbox_dir: { variable: 'OUTBOX_DIR', problem: 'replies cannot be written to the outbox folder', fix: "make OUTBOX_DIR writable by the daemon's user and give it room" },
};

/** A delivery failure with its stable code (`SMTP_535`, `ECONNREFUSED`...) and who must act on it. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly fault: DeliveryFault,
    readonly code: string,
    /** Set when `fault` is `setup`. */
    readonly setup: SetupProblem | null = null,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }

  /** Failed for good: never retried on its own. */
  get permanent(): boolean {
    return this.fault === 'recipient';
  }
}

/** `SMTP_URL: the SMTP server refused the login (SMTP_535) — correct ...`: what `status` and the row show. */
export function describeSetupProblem(problem: SetupProblem, code: string): string {
  const { variable, problem: what, fix } = SETUP_PROBLEMS[problem];
  return `${variable}: ${what} (${code}) — ${fix}`;
}

/** Certificate and handshake failures Node's TLS layer reports. */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNECTION', 'ESOCKET', 'EADDRNOTAVAIL']);

interface SmtpErrorShape {
  responseCode?: number;
  code?: string;
  originalCode?: string;
  command?: string;
  message?: string;
}

/**
 * Sorts a nodemailer error. RFC 4954 §6: 535 (credentials invalid) and 534 (mechanism too weak)
 * refuse our login, 530 says a login is needed, 538 that it needs TLS, 454 is a temporary
 * failure of the server's authentication. A 5yz to MAIL FROM refuses our sender address (RFC
 * 5321 §4.2.1): it would refuse every message. Any other 5yz is this message's or recipient's.
 */
export function classifySmtpError(err: unknown): DeliveryError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SmtpErrorShape;
  const rc = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code = rc !== null ? `SMTP_${rc}` : (e.originalCode ?? e.code ?? 'SMTP_ERROR');
  const message = e.message ?? String(err);
  const setup = setupProblemOf(e, rc);
  if (setup !== null) return new DeliveryError(message, 'setup', code, setup);
  return new DeliveryError(message, rc !== null && rc >= 500 ? 'recipient' : 'transient', code);
}

function setupProblemOf(e: SmtpErrorShape, rc: number | null): SetupProblem | null {
  const low = e.originalCode ?? '';
  if (rc === 454 || rc === 421) return 'smtp_unavailable';
  if (rc === 530 || e.code === 'ENOAUTH') return 'smtp_login_required';
  if (rc === 538 || e.code === 'ETLS' || e.code === 'EREQUIRETLS' || TLS_CODES.test(low) || TLS_CODES.test(e.code ?? '')) return 'smtp_tls';
  if (rc === 534 || rc === 535 || e.code === 'EAUTH') return 'smtp_login_refused';
  if (e.code === 'EDNS' || low === 'ENOTFOUND' || low === 'EAI_AGAIN' || e.code === 'ENOTFOUND') return 'smtp_host_unknown';
  if (e.command === 'MAIL FROM' && rc !== null && rc >= 500) return 'sender_refused';
  if (rc === null && (UNREACHABLE_CODES.has(low) || UNREACHABLE_CODES.has(e.code ?? '') || e.code === 'ETIMEDOUT')) return 'smtp_unavailable';
  return null;
}

/** A file system failure of the embedded default's outbox folder: every reply would fail alike. */
export function classifyFolderError(err: unknown): DeliveryError {
  const code = (err as { code?: unknown }).code;
  return new DeliveryError(err instanceof Error ? err.message : String(err), 'setup', typeof code === 'string' ? code : 'EIO', 'outbox_dir');
}
