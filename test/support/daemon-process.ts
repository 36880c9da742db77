/**
 * `ccpa-mailbot start` in a child process, as an operator's service unit runs it (the launcher,
 * configuration in the environment only), so a test can SIGKILL it: nothing in the test process
 * survives with it, unlike `startDaemon` in-process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface DaemonProcess {
  pid: number;
  /** Resolves on the `daemon_started` log line; rejects if the process exits first. */
  started: Promise<void>;
  /** Resolves with the exit code, or the signal's name. */
  exited: Promise<string>;
  /** Log lines at warn level or above, and anything on stderr that is not JSON. */
  problems(): string[];
  /** Sends `signal` and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<string>;
}

const BIN = path.resolve('bin/ccpa-mailbot.js');
const WARN = 40;

/**
 * Spawns the daemon with only `env` (plus PATH and HOME) in `cwd`, where no `.env` is, and keeps
 * its JSON log in `logFile` (appended, so several lives of the daemon share one file).
 */
export function spawnDaemonProcess(env: Record<string, string>, cwd: string, logFile: string): DaemonProcess {
  if (!fs.existsSync('dist/src/cli/main.js')) throw new Error('run `npm run build` before this test (npm test does)');
  // Through the launcher, so its interpreter line (heap flags) applies as in production.
  const child = spawn(BIN, ['start'], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const problems: string[] = [];
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  let wake: () => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    wake = resolve;
    void exited.then((how) => reject(new Error(`daemon exited (${how}) before daemon_started\n${problems.slice(-10).join('\n')}`)));
  });
  // A test that kills before start never awaits this; its rejection is expected then.
  started.catch(() => undefined);
  let pending = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const entry = parseLine(line);
      if (entry?.event === 'daemon_started') wake();
      if ((entry === null && line.trim() !== '') || (entry?.level ?? 0) >= WARN) problems.push(line.slice(0, 400));
    }
  });
  void exited.then(() => log.end());
  return {
    pid: child.pid ?? -1,
    started,
    exited,
    problems: () => [...problems],
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function parseLine(line: string): { level?: number; event?: string } | null {
  try {
    return JSON.parse(line) as { level?: number; event?: string };
  } catch {
    return null;
  }
}
