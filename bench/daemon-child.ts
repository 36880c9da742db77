import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../src/store/db.js';

/** What the benchmark waits on, read from the daemon's own database. */
export interface DaemonProgress {
  at: number;
  inbound: number;
  outbox: Record<string, number>;
}

/** The parent's handle on `ccpa-mailbot start` running in a process of its own. */
export interface DaemonChild {
  pid: number;
  /** Wall-clock ms when the process was spawned. */
  spawnedAt: number;
  /** Resolves with the time of the daemon's `daemon_started` log line (after migrations). */
  started(timeoutMs?: number): Promise<number>;
  /** Polls the database every 50 ms until `done` holds; rejects after `timeoutMs`. */
  waitFor(done: (p: DaemonProgress) => boolean, what: string, timeoutMs: number): Promise<DaemonProgress>;
  /** The process's peak resident set so far (VmHWM in /proc/<pid>/status), in MB. */
  peakRssMb(): number;
  /** The resident set at its largest poll so far, split as /proc reports it (heap and buffers vs mapped files), in MB. */
  sampledPeak(): Record<string, number>;
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs(): number;
  /** Log lines at warn level or above, so a run that "worked" while failing is noticed. */
  problems(): string[];
  /** SIGTERM, as an operator stops it; waits for the exit. */
  stop(): Promise<void>;
}

const BIN = fileURLToPath(new URL('../bin/ccpa-mailbot.js', import.meta.url));
const WARN = 40;

/**
 * Runs the compiled daemon exactly as an operator does (`ccpa-mailbot start`: the launcher's
 * interpreter line, see launcherLine; configuration in
 * the environment, default log level), with only `env` plus PATH and HOME, in `cwd` (so no
 * `.env` is picked up). Its JSON log is read for start time and problems.
 */
export function spawnDaemon(env: Record<string, string>, cwd: string): DaemonChild {
  // BENCH_CPU_PROF_DIR=dir writes a V8 CPU profile of each daemon there (for finding the cost).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const launcher = launcherLine();
  const child = spawn(process.execPath, [...launcher.nodeFlags, ...profile, BIN, 'start'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...launcher.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const spawnedAt = Date.now();
  const log = watchLog(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const db = openDb(env.DATABASE_URL ?? '');
  const sampled: Record<string, number> = {};
  const tail = () => log.problems.slice(-10).join('\n');
  return {
    pid: child.pid ?? -1,
    spawnedAt,
    started: (timeoutMs = 60_000) =>
      Promise.race([
        log.started,
        exited.then((code) => Promise.reject(new Error(`daemon exited (${code}) before starting\n${tail()}`))),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`daemon not started after ${timeoutMs} ms\n${tail()}`)), timeoutMs).unref()),
      ]),
    waitFor: (done, what, timeoutMs) => poll(db, child, done, what, timeoutMs, log.problems, sampled),
    peakRssMb: () => statusKb(child, 'VmHWM') / 1024,
    sampledPeak: () => ({ ...sampled }),
    cpuMs: () => cpuMs(child),
    problems: () => [...log.problems],
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
      await db.destroy();
    },
  };
}

/**
 * What the launcher's interpreter line (`#!/usr/bin/env -S VAR=value node --flag ...`) gives
 * node, so the daemon runs exactly as `ccpa-mailbot start` runs it, with room for --cpu-prof
 * (which node refuses in NODE_OPTIONS).
 */
function launcherLine(): { env: Record<string, string>; nodeFlags: string[] } {
  const first = readFileSync(BIN, 'utf8').split('\n', 1)[0] ?? '';
  const words = first.replace(/^#!\S*env\s+(?:-S\s+)?/, '').split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, Math.max(node, 0)).map((w) => w.split('=', 2) as [string, string]));
  return { env, nodeFlags: node >= 0 ? words.slice(node + 1) : [] };
}

/**
 * Reads the daemon's JSON log line by line: the `daemon_started` line's time, and every line at
 * warn level or above (or not JSON at all, such as a library printing to stderr) as a problem.
 */
function watchLog(child: ChildProcess): { started: Promise<number>; problems: string[] } {
  const problems: string[] = [];
  let wake: (t: number) => void = () => undefined;
  const started = new Promise<number>((resolve) => {
    wake = resolve;
  });
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const entry = parseLine(line);
      if (entry?.event === 'daemon_started') wake(entry.time ?? Date.now());
      if ((entry === null && line.trim() !== '') || (entry?.level ?? 0) >= WARN) problems.push(line.slice(0, 500));
    }
  });
  return { started, problems };
}

function parseLine(line: string): { level?: number; time?: number; event?: string } | null {
  try {
    return JSON.parse(line) as { level?: number; time?: number; event?: string };
  } catch {
    return null;
  }
}

async function poll(db: Db, child: ChildProcess, done: (p: DaemonProgress) => boolean, what: string, timeoutMs: number, problems: string[], sampled: Record<string, number>): Promise<DaemonProgress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`daemon exited (${child.exitCode}) before ${what}\n${problems.slice(-10).join('\n')}`);
    samplePeak(child, sampled);
    const progress = await readProgress(db).catch(() => null);
    if (progress && done(progress)) return progress;
    if (Date.now() > deadline) throw new Error(`daemon: no ${what} after ${timeoutMs} ms (${JSON.stringify(progress)})\n${problems.slice(-10).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Counts from the daemon's database (a separate connection: SQLite WAL lets readers in). */
async function readProgress(db: Db): Promise<DaemonProgress> {
  const [inbound] = await db('inbound_messages').count({ n: '*' });
  const rows: Array<{ status: string; n: number | string }> = await db('outbox').groupBy('status').select('status').count({ n: '*' });
  return { at: Date.now(), inbound: Number(inbound?.n ?? 0), outbox: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) };
}

/** Keeps in `sampled` the resident set at its largest poll so far, split as /proc reports it. */
function samplePeak(child: ChildProcess, sampled: Record<string, number>): void {
  try {
    const rss = statusKb(child, 'VmRSS');
    if (rss > (sampled.VmRSS ?? 0) * 1024) for (const field of ['VmRSS', 'RssAnon', 'RssFile', 'RssShmem']) sampled[field] = Math.round(statusKb(child, field) / 1024);
  } catch {
    // The process may have exited between polls.
  }
}

function statusKb(child: ChildProcess, field: string): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
function cpuMs(child: ChildProcess): number {
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
