import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { ok, problem, type CheckResult } from './check-result.js';
import { runningUser } from './running-user.js';

/** `start` creates what the daemon would create and applies migrations; `doctor` changes nothing. */
export type CheckMode = 'start' | 'doctor';

/**
 * The folders the embedded default writes to: the Maildir it reads (MAILDIR_PATH) and the folder
 * replies are written to (OUTBOX_DIR), each only when it is in use. Both are created when missing,
 * as the daemon does; what cannot be created or written stops the start.
 */
export function checkFolders(config: Config, mode: CheckMode): CheckResult[] {
  const results: CheckResult[] = [];
  if (config.source.kind === 'maildir') results.push(checkFolder('MAILDIR_PATH', config.source.path, mode));
  if (config.transport.kind === 'directory') results.push(checkFolder('OUTBOX_DIR', config.transport.path, mode));
  return results;
}

/** One folder that must exist (or be creatable) and be writable. */
export function checkFolder(variable: string, folder: string, mode: CheckMode): CheckResult {
  const absolute = path.resolve(folder);
  const fix = `make it writable by ${runningUser()}, or set ${variable} to a folder that is`;
  if (!fs.existsSync(absolute)) {
    if (mode === 'doctor') {
      const parent = nearestExisting(absolute);
      return writable(parent)
        ? ok(variable, `${absolute} does not exist yet; it will be created at start`)
        : problem(variable, `${absolute} does not exist and cannot be created in ${parent} (not writable)`, fix);
    }
    try {
      fs.mkdirSync(absolute, { recursive: true });
    } catch (err) {
      return problem(variable, `${absolute} cannot be created (${codeOf(err)})`, fix);
    }
  }
  if (!fs.statSync(absolute).isDirectory()) return problem(variable, `${absolute} is not a folder`, `set ${variable} to a folder`);
  return writable(absolute) ? ok(variable, `${absolute} is writable`) : problem(variable, `${absolute} is not writable`, fix);
}

/** W_OK and X_OK: creating a file needs both on its folder. EROFS is reported as not writable too. */
export function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK | fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function nearestExisting(absolute: string): string {
  let current = absolute;
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'error';
}
