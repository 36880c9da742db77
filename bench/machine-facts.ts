import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryMb: number;
  nodeVersion: string;
  platform: string;
  /** The commit measured (`git rev-parse --short HEAD`, or BENCH_COMMIT when run outside a clone). */
  commit: string | null;
}

/** What the numbers depend on, recorded next to them. */
export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    nodeVersion: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: process.env.BENCH_COMMIT ?? gitCommit(),
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}
