import os from 'node:os';

/** "the user running ccpa-mailbot (name)": who must be able to write, in a fix an operator reads. */
export function runningUser(): string {
  try {
    return `the user running ccpa-mailbot (${os.userInfo().username})`;
  } catch {
    return 'the user running ccpa-mailbot';
  }
}
