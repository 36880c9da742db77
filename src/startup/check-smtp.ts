import nodemailer from 'nodemailer';
import { ok, problem, type CheckResult } from './check-result.js';
import { describeNetworkError } from './describe-network-error.js';

/**
 * Connects to the server of SMTP_URL and logs in (nodemailer's `verify()`: greeting, EHLO,
 * STARTTLS when offered, AUTH), sending nothing. A refused login (535, RFC 4954 §6) is the
 * operator's to fix (78): without this check every reply would fail until someone read the log.
 */
export async function checkSmtp(url: URL, timeoutMs: number): Promise<CheckResult> {
  const server = `the SMTP server ${url.host}`;
  const user = decodeURIComponent(url.username);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(user ? { auth: { user, pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
    tls: { rejectUnauthorized: url.searchParams.get('tls_verify') !== 'false' },
  });
  try {
    await transporter.verify();
    return ok('SMTP_URL', user ? `logged in to ${server} as ${user}` : `${server} answers (no login configured)`);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'EAUTH') return problem('SMTP_URL', `${server} refused the login of ${user}`, 'check the user name and password in SMTP_URL (percent-encode special characters such as @ and :)');
    if (code === 'ENOAUTH') return problem('SMTP_URL', `${server} asks for a login and SMTP_URL has none`, 'put the user and password in SMTP_URL, e.g. smtp://user:pass@host:587');
    return describeNetworkError('SMTP_URL', server, err);
  } finally {
    transporter.close();
  }
}
