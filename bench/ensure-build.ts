import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The benchmark runs the compiled daemon, as `npm start` does: rebuilds dist/ when a source file
 * is newer than it (the same rule as scripts/start.sh), so the numbers are for the code as it is.
 */
export function ensureBuild(): void {
  const built = mtime(join(ROOT, 'dist', 'src', 'cli', 'main.js'));
  if (built > 0 && newest(join(ROOT, 'src')) <= built && newest(join(ROOT, 'migrations')) <= built) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed: the benchmark needs a compiled daemon');
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : entry.name.endsWith('.ts') ? mtime(path) : 0);
  }
  return latest;
}
