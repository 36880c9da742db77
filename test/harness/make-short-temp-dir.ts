import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new temp dir with a short path. Dovecot and PostgreSQL put unix sockets under it, and a
 * socket path must stay under 108 bytes (sockaddr_un), so a long TMPDIR falls back to /tmp.
 */
export function makeShortTempDir(prefix: string): string {
  const base = tmpdir().length <= 40 ? tmpdir() : '/tmp';
  return mkdtempSync(join(base, prefix));
}

/**
 * Removes a temp dir from a process `exit` handler, where only synchronous work runs. A server
 * that was just signalled may still write into it, so retry briefly and never throw: one failure
 * must not keep the handler from stopping the other servers.
 */
export function removeTempDirAtExit(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  } catch {
    // Left behind in the temp dir; harmless.
  }
}
