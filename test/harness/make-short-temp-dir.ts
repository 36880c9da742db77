import { mkdtempSync } from 'node:fs';
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
