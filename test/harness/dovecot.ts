import { spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dovecotConfig, dovecotUsersFile } from './dovecot-config.js';
import type { DovecotIdentity } from './dovecot-config.js';
import { dovecotGroupId, dovecotIdentity } from './dovecot-identity.js';
import { findBinary } from './find-binary.js';
import { freePort } from './free-port.js';
import { makeShortTempDir, removeTempDirAtExit } from './make-short-temp-dir.js';
import { waitForImapGreeting, waitForPortClosed } from './wait-for-imap-greeting.js';
import { isProcessAlive, sleep, waitForExit } from './wait-for-exit.js';

export { appendMessage } from './append-message.js';
export { resetUidValidity } from './reset-uid-validity.js';

/** A private Dovecot (IMAP + LMTP on loopback) with its own config, users and mail in a temp dir. */
export interface DovecotServer {
  host: string;
  port: number;
  lmtpPort: number;
  /** The first user; `startDovecot` defaults to bot@example.test / secret. */
  user: string;
  password: string;
  dir: string;
  /** `imap://user:pass@127.0.0.1:PORT/INBOX` with user and password URI-encoded. */
  imapUrl(mailbox?: string): string;
  /** SIGTERM the master and wait until it is really gone (a zombie counts as gone). */
  stop(): Promise<void>;
  /** Start again on the same ports with the same mail (for outage tests). */
  start(): Promise<void>;
  /** Stop and remove the temp dir. */
  destroy(): Promise<void>;
}

const HOST = '127.0.0.1';
const DEFAULT_USERS = [{ user: 'bot@example.test', password: 'secret' }];
/** Temp dirs of servers not destroyed yet: a process that exits without cleaning up still stops them. */
const liveDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of liveDirs) {
    const pid = Number.parseInt(readIfExists(join(dir, 'run', 'master.pid')), 10);
    try {
      if (pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    removeTempDirAtExit(dir);
  }
});

/**
 * Starts a private Dovecot on free loopback ports and waits until it greets with capabilities
 * (about 60 ms). As root, mail runs as `nobody` and services as the package's own users.
 */
export async function startDovecot(opts: { users?: Array<{ user: string; password: string }> } = {}): Promise<DovecotServer> {
  const users = opts.users ?? DEFAULT_USERS;
  const first = users[0];
  if (first === undefined) throw new Error('startDovecot: at least one user is needed');
  const binary = findDovecot();
  const dir = makeShortTempDir('dv-');
  const [port, lmtpPort] = [await freePort(), await freePort()];
  const identity = dovecotIdentity();
  prepareDir(dir, dovecotConfig({ dir, imapPort: port, lmtpPort, identity }), dovecotUsersFile(users), identity);
  const server = makeServer(binary, { dir, port, lmtpPort, user: first.user, password: first.password });
  liveDirs.add(dir);
  try {
    await server.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
    throw error;
  }
  return server;
}

type ServerFacts = Pick<DovecotServer, 'dir' | 'port' | 'lmtpPort' | 'user' | 'password'>;

/** The handle tests hold: remembers the master's pid between stop and start. */
function makeServer(binary: string, facts: ServerFacts): DovecotServer {
  const { dir, port, lmtpPort, user, password } = facts;
  let masterPid: number | null = null;
  const server: DovecotServer = {
    ...facts,
    host: HOST,
    imapUrl: (mailbox = 'INBOX') =>
      `imap://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(mailbox)}`,
    async start() {
      if (masterPid !== null && isProcessAlive(masterPid)) return;
      masterPid = await launchMaster(binary, dir, port);
    },
    async stop() {
      if (masterPid === null) return;
      const pid = masterPid;
      masterPid = null;
      await stopMaster(pid, port, lmtpPort);
    },
    async destroy() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
    },
  };
  return server;
}

function findDovecot(): string {
  const binary = findBinary('dovecot', ['/usr/sbin', '/usr/local/sbin']);
  if (binary === null) {
    throw new Error('dovecot not found: install dovecot-imapd and dovecot-lmtpd (scripts/ensure-test-servers.sh)');
  }
  return binary;
}

/**
 * Writes config and users file and makes the tree usable by Dovecot's unprivileged processes:
 * mkdtemp makes the dir 0700, so others need o+x to reach it; the auth process (group dovecot)
 * reads the users file; mail processes (nobody) own the mail dir.
 */
function prepareDir(dir: string, config: string, users: string, identity: DovecotIdentity): void {
  for (const sub of ['run', 'state', 'log', 'mail']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'dovecot.conf'), config);
  writeFileSync(join(dir, 'users'), users, { mode: 0o640 });
  if (!identity.asRoot) return;
  chmodSync(dir, 0o711);
  chownSync(join(dir, 'users'), 0, dovecotGroupId());
  chownSync(join(dir, 'mail'), identity.mailUid, identity.mailGid);
}

/**
 * Runs `dovecot -c DIR/dovecot.conf`, which daemonizes and exits. Its stdio is detached on purpose:
 * the daemon keeps fd 2, and a caller reading it would wait forever.
 */
async function launchMaster(binary: string, dir: string, port: number): Promise<number> {
  rmSync(join(dir, 'run', 'master.pid'), { force: true });
  const logFd = openSync(join(dir, 'log', 'startup.log'), 'a');
  try {
    const child = spawn(binary, ['-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', logFd] });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`dovecot exited with ${code}: ${readLog(dir)}`);
  } finally {
    closeSync(logFd);
  }
  // The launcher exits as soon as it has forked; the daemon writes master.pid a moment later.
  try {
    await waitForImapGreeting(HOST, port);
  } catch (error) {
    // Started but not answering: do not leave a daemon behind.
    const pid = Number.parseInt(readIfExists(join(dir, 'run', 'master.pid')), 10);
    if (pid > 0) await stopMaster(pid, port, port).catch(() => undefined);
    throw new Error(`${(error as Error).message}\n${readLog(dir)}`);
  }
  return readMasterPid(dir);
}

async function readMasterPid(dir: string): Promise<number> {
  const path = join(dir, 'run', 'master.pid');
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const pid = Number.parseInt(readIfExists(path), 10);
    if (Number.isInteger(pid) && pid > 0) return pid;
    await sleep(10);
  }
  throw new Error(`dovecot wrote no pid to ${path}: ${readLog(dir)}`);
}

async function stopMaster(pid: number, port: number, lmtpPort: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  await waitForExit(pid);
  // Login processes inherit the listening sockets; a restart on the same port needs them gone too.
  await waitForPortClosed(HOST, port);
  await waitForPortClosed(HOST, lmtpPort);
}

function readLog(dir: string): string {
  return ['startup.log', 'dovecot.log'].map((name) => readIfExists(join(dir, 'log', name)).slice(-2_000)).join('\n');
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
