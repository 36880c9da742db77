import { chownSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { findBinary, postgresBinDirs } from './find-binary.js';
import { freePort } from './free-port.js';
import { makeShortTempDir, removeTempDirAtExit } from './make-short-temp-dir.js';
import { runCommand } from './run-command.js';
import type { RunOptions } from './run-command.js';

/** A private PostgreSQL cluster: loopback only, trust auth, one database for the tests. */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:PORT/ccpa_test` */
  url: string;
  /** Shut the cluster down (immediate mode: tests need no checkpoint) and remove its temp dir. */
  stop(): Promise<void>;
}

const DATABASE = 'ccpa_test';
/** Data dirs of clusters still running: shut down and removed on exit so none outlives the tests. */
const runningClusters = new Set<string>();
process.once('exit', () => {
  for (const dataDir of runningClusters) {
    signalPostmaster(dataDir);
    removeTempDirAtExit(dirname(dataDir));
  }
});

/**
 * initdb into a temp dir, start on a free loopback port with durability off (fsync, synchronous
 * commit: tests never survive a crash), and create the `ccpa_test` database. PostgreSQL refuses
 * to run as root, so under root the cluster belongs to the `postgres` user (or `nobody`).
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBinDir();
  const dir = makeShortTempDir('pg-');
  const dataDir = join(dir, 'data');
  const runAs = clusterOwner();
  try {
    if (runAs.uid !== undefined) chownSync(dir, runAs.uid, runAs.gid ?? runAs.uid);
    const port = await freePort();
    await runCommand(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], { ...runAs, cwd: dir });
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await runCommand(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(dir, 'postgres.log'), '-o', serverOptions, '-w', '-t', '60', 'start'], { ...runAs, cwd: dir });
    runningClusters.add(dataDir);
    await runCommand(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE], { cwd: dir });
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
      stop: () => stopCluster(bin, dir, runAs),
    };
  } catch (error) {
    await stopCluster(bin, dir, runAs).catch(() => undefined);
    throw error;
  }
}

async function stopCluster(bin: string, dir: string, runAs: RunOptions): Promise<void> {
  const dataDir = join(dir, 'data');
  try {
    if (runningClusters.has(dataDir)) {
      await runCommand(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { ...runAs, cwd: dir });
    }
  } finally {
    runningClusters.delete(dataDir);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where initdb/pg_ctl/createdb live: PATH first, then Debian's /usr/lib/postgresql/<major>/bin. */
function findPostgresBinDir(): string {
  const initdb = findBinary('initdb', postgresBinDirs());
  if (initdb === null) {
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql (scripts/ensure-test-servers.sh)');
  }
  // A PATH entry may be a symlink (e.g. /usr/local/bin/initdb); its siblings may not all be linked.
  const realDir = dirname(realpathSync(initdb));
  for (const tool of ['pg_ctl', 'createdb', 'postgres']) {
    if (!readdirSync(realDir).includes(tool)) throw new Error(`PostgreSQL tool ${tool} missing in ${realDir}`);
  }
  return realDir;
}

/** Root cannot own a cluster: use the `postgres` system user when it exists, else `nobody`. */
function clusterOwner(): RunOptions {
  if (userInfo().uid !== 0) return {};
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
  const entry = passwd.find((line) => line.startsWith('postgres:')) ?? passwd.find((line) => line.startsWith('nobody:'));
  const [, , uid, gid] = entry?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('no unprivileged user (postgres or nobody) to own the test cluster');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Immediate shutdown (SIGQUIT) by the pid in postmaster.pid; used only at process exit. */
function signalPostmaster(dataDir: string): void {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8'), 10);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
  } catch {
    // Not running any more.
  }
}
