import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  /** Run as this uid/gid (root only), e.g. because PostgreSQL refuses to run as root. */
  uid?: number;
  gid?: number;
}

/**
 * Runs a command to completion and rejects with its output when it exits non-zero. Resolves on
 * the process's own exit, not on its pipes closing: a daemon it started may keep them open.
 */
export function runCommand(command: string, args: readonly string[], opts: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      child.stdout.destroy();
      child.stderr.destroy();
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output.slice(-3_000)}`));
    });
  });
}
