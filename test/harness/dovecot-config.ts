import { join } from 'node:path';

/** Who the Dovecot processes run as: root needs unprivileged users, a normal user runs all as self. */
export interface DovecotIdentity {
  /** Running as root: internal/login services use the package's `dovecot`/`dovenull` users. */
  asRoot: boolean;
  /** The uid/gid mail processes run as (`nobody` under root, yourself otherwise). */
  mailUid: number;
  mailGid: number;
  /** Your user and primary group names, for every service's `user =`/`group =` when not root. */
  selfName: string;
  selfGroup: string;
}

export interface DovecotConfigInput {
  dir: string;
  imapPort: number;
  lmtpPort: number;
  identity: DovecotIdentity;
}

/**
 * The whole dovecot.conf of a private test instance: nothing is read from /etc/dovecot. Loopback
 * only, plaintext auth (no TLS in tests), Maildir under DIR/mail/<domain>/<local>.
 */
export function dovecotConfig({ dir, imapPort, lmtpPort, identity }: DovecotConfigInput): string {
  const { mailUid, mailGid } = identity;
  const lines = [
    `instance_name = test-${imapPort}`,
    `base_dir = ${join(dir, 'run')}`,
    `state_dir = ${join(dir, 'state')}`,
    `log_path = ${join(dir, 'log', 'dovecot.log')}`,
    'protocols = imap lmtp',
    'listen = 127.0.0.1',
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    // A test of wrong credentials must not slow down the tests after it: no 2 s failure delay.
    'auth_failure_delay = 0 secs',
    'mail_location = maildir:~/Maildir',
    // Tests never survive a power cut; fsync only slows APPEND down.
    'mail_fsync = never',
    // IDLE notices mailbox changes made by other connections this quickly.
    'mailbox_idle_check_interval = 1 secs',
    `first_valid_uid = ${Math.min(mailUid, 500)}`,
    `first_valid_gid = ${Math.min(mailGid, 500)}`,
    ...identityLines(identity),
    'passdb {',
    '  driver = passwd-file',
    `  args = scheme=PLAIN username_format=%Lu ${join(dir, 'users')}`,
    '}',
    'userdb {',
    '  driver = passwd-file',
    `  args = username_format=%Lu ${join(dir, 'users')}`,
    `  default_fields = uid=${mailUid} gid=${mailGid} home=${join(dir, 'mail')}/%Ld/%Ln`,
    '}',
    'service imap-login {',
    `  inet_listener imap {\n    address = 127.0.0.1\n    port = ${imapPort}\n  }`,
    '  inet_listener imaps {\n    port = 0\n  }',
    '  chroot =',
    '}',
    'service lmtp {',
    `  inet_listener lmtp {\n    address = 127.0.0.1\n    port = ${lmtpPort}\n  }`,
    '}',
    // The auth penalty would delay every login from 127.0.0.1 by up to 15 s after one failed
    // login. Auth disables it when it cannot reach this socket, so nobody may open it.
    'service anvil {\n  chroot =\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Root: Dovecot refuses to run mail processes as root and wants its own users for the rest.
 * Not root: the master cannot switch users, so every service runs as yourself and nothing chroots.
 */
function identityLines(identity: DovecotIdentity): string[] {
  if (identity.asRoot) {
    return ['default_internal_user = dovecot', 'default_login_user = dovenull'];
  }
  const self = identity.selfName;
  return [
    `default_internal_user = ${self}`,
    // Unix listeners such as stats-writer are chowned to this group; only your own works.
    `default_internal_group = ${identity.selfGroup}`,
    `default_login_user = ${self}`,
    `service auth {\n  user = ${self}\n}`,
    `service auth-worker {\n  user = ${self}\n}`,
    `service log {\n  user = ${self}\n}`,
    `service config {\n  user = ${self}\n}`,
    `service stats {\n  user = ${self}\n}`,
    `service imap-login {\n  user = ${self}\n}`,
  ];
}

/** One passwd-file line per user: `user:{PLAIN}password::::::` (no colons in either part). */
export function dovecotUsersFile(users: ReadonlyArray<{ user: string; password: string }>): string {
  for (const { user, password } of users) {
    if (user.includes(':') || password.includes(':')) {
      throw new Error(`dovecot test user ${user}: ':' is not allowed in a passwd-file`);
    }
  }
  // Lookups use username_format=%Lu (lower-cased), so the file must hold lower-case names.
  return users.map(({ user, password }) => `${user.toLowerCase()}:{PLAIN}${password}::::::\n`).join('');
}
