import { vi } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

/**
 * Runs one `ccpa-mailbot` command line in this process (the environment as the test set it) and
 * returns what it printed and the exit code it set, leaving `process.exitCode` as it found it.
 */
export async function runCli(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = 0;
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'ccpa-mailbot', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}
