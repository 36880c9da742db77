import { ImapFlow } from 'imapflow';
import { ok, problem, type CheckResult } from './check-result.js';
import type { CheckMode } from './check-folders.js';
import { describeNetworkError } from './describe-network-error.js';

export interface ImapCheckSettings {
  url: URL;
  processedFolder: string;
}

/**
 * Logs in to the mailbox of IMAP_URL with a short timeout, opens nothing but asks the status of
 * its folder, and finds the processed folder (created by `start` when missing, as the daemon
 * would). A refused login (a tagged NO to LOGIN, RFC 9051 §6.2.3) is the operator's to fix (78);
 * a server that does not answer is EX_UNAVAILABLE (69). Without this a wrong password only showed
 * as "Command failed" in a loop of reconnects.
 */
export async function checkImap(settings: ImapCheckSettings, mode: CheckMode, timeoutMs: number): Promise<CheckResult[]> {
  const { url } = settings;
  const user = decodeURIComponent(url.username);
  const mailbox = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'INBOX';
  const server = `the IMAP server ${url.host}`;
  const client = new ImapFlow({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'imaps:' ? 993 : 143),
    secure: url.protocol === 'imaps:',
    auth: { user, pass: decodeURIComponent(url.password) },
    logger: false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 2,
  });
  client.on('error', () => undefined); // reported through the rejected command below
  try {
    await client.connect();
  } catch (err) {
    client.close();
    if ((err as { authenticationFailed?: boolean }).authenticationFailed === true) {
      return [problem('IMAP_URL', `${server} refused the login of ${user}`, 'check the user name and password in IMAP_URL (percent-encode special characters such as @ and :)')];
    }
    return [describeNetworkError('IMAP_URL', server, err)];
  }
  try {
    const results: CheckResult[] = [];
    try {
      await client.status(mailbox, { messages: true });
      results.push(ok('IMAP_URL', `logged in to ${server} as ${user}; folder ${mailbox} found`));
    } catch {
      results.push(problem('IMAP_URL', `${server} has no folder ${mailbox} for ${user}`, 'correct the folder at the end of IMAP_URL, e.g. imap://user:pass@host/INBOX'));
    }
    results.push(await checkProcessedFolder(client, settings.processedFolder, mode));
    return results;
  } catch (err) {
    return [describeNetworkError('IMAP_URL', server, err)];
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function checkProcessedFolder(client: ImapFlow, folder: string, mode: CheckMode): Promise<CheckResult> {
  const folders = await client.list();
  if (folders.some((f) => f.path === folder)) return ok('IMAP_PROCESSED_FOLDER', `folder ${folder} found`);
  if (mode === 'doctor') return ok('IMAP_PROCESSED_FOLDER', `folder ${folder} does not exist yet; it will be created at start`);
  try {
    await client.mailboxCreate(folder);
    return ok('IMAP_PROCESSED_FOLDER', `folder ${folder} created`);
  } catch {
    return problem('IMAP_PROCESSED_FOLDER', `folder ${folder} does not exist and the server refused to create it`, 'create it in the mailbox, or set IMAP_PROCESSED_FOLDER to an existing folder');
  }
}
