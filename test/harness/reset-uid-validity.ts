import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DovecotServer } from './dovecot.js';

/**
 * Forces a new UIDVALIDITY (RFC 3501 §2.3.1.1) on `mailbox`, keeping its messages: stops the
 * server, deletes the folder's `dovecot-uidlist` and index files plus the mailbox-list index
 * (which caches UIDVALIDITY for STATUS), and starts again. Dovecot then rescans the Maildir and
 * gives every message a new UID under a new UIDVALIDITY; it keeps `dovecot-uidvalidity` in the
 * Maildir root, so the new value is always greater than any it handed out before.
 *
 * Works for Maildir++ folders of the server's first user unless `user` names another one.
 */
export async function resetUidValidity(server: DovecotServer, mailbox = 'INBOX', user = server.user): Promise<void> {
  const maildir = maildirOf(server, user);
  const folder = mailbox.toUpperCase() === 'INBOX' ? maildir : join(maildir, `.${mailbox.replaceAll('/', '.')}`);
  await server.stop();
  removeMatching(folder, (name) => name.startsWith('dovecot-uidlist') || name.startsWith('dovecot.index'));
  removeMatching(maildir, (name) => name.startsWith('dovecot.list.index'));
  await server.start();
}

/** The Maildir of `user`, per the harness userdb: DIR/mail/<domain>/<local>/Maildir, lower-cased. */
export function maildirOf(server: DovecotServer, user: string): string {
  const lower = user.toLowerCase();
  const at = lower.lastIndexOf('@');
  const local = at < 0 ? lower : lower.slice(0, at);
  const domain = at < 0 ? '' : lower.slice(at + 1);
  return join(server.dir, 'mail', domain, local, 'Maildir');
}

function removeMatching(dir: string, matches: (name: string) => boolean): void {
  for (const name of readdirSync(dir)) {
    if (matches(name)) rmSync(join(dir, name), { force: true });
  }
}
