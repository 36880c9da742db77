/**
 * What one start-up check found, and how it is printed: one line naming the variable, what is
 * wrong and how to fix it, in the style of the configuration errors (src/config.ts).
 *
 * Exit codes are sysexits.h's: EX_CONFIG (78) for what the operator must change (a value, a
 * password, a path, a permission), EX_UNAVAILABLE (69) for a service that does not answer.
 * EX_NOPERM (77) is not used for unwritable paths: sysexits.h reserves it for "higher level
 * permissions" and says file-system problems are not its business; the fix for an unwritable
 * path is the operator's, like any other configuration.
 */

export const EX_CONFIG = 78;
export const EX_UNAVAILABLE = 69;
export type CheckExitCode = typeof EX_CONFIG | typeof EX_UNAVAILABLE;

export type CheckStatus = 'ok' | 'warning' | 'problem';

export interface CheckResult {
  /** The variable the operator would change: `DATABASE_URL`, `IMAP_URL`, ... */
  variable: string;
  status: CheckStatus;
  /** What was found, with no password and no personal data. */
  message: string;
  /** How to fix it (warnings and problems). */
  fix?: string;
  /** Problems only: the exit code this problem stops the process with. */
  exitCode?: CheckExitCode;
}

export const ok = (variable: string, message: string): CheckResult => ({ variable, status: 'ok', message });
export const warning = (variable: string, message: string, fix: string): CheckResult => ({ variable, status: 'warning', message, fix });
export const problem = (variable: string, message: string, fix: string, exitCode: CheckExitCode = EX_CONFIG): CheckResult => ({
  variable,
  status: 'problem',
  message,
  fix,
  exitCode,
});

/** `VARIABLE: what is wrong — how to fix`: the one line a check prints. */
export function describeCheck(result: CheckResult): string {
  return `${result.variable}: ${result.message}${result.fix ? ` — ${result.fix}` : ''}`;
}

/** The exit code for a set of results: 0 with no problem; 78 if any is the operator's to fix, else 69. */
export function exitCodeOf(results: readonly CheckResult[]): 0 | CheckExitCode {
  const codes = results.filter((r) => r.status === 'problem').map((r) => r.exitCode ?? EX_CONFIG);
  if (codes.length === 0) return 0;
  return codes.includes(EX_CONFIG) ? EX_CONFIG : EX_UNAVAILABLE;
}

/** Start-up stopped by failed checks: the CLI prints one line per problem and exits with `exitCode`. */
export class StartupCheckError extends Error {
  readonly code = 'STARTUP_CHECK_FAILED';
  readonly exitCode: CheckExitCode;
  constructor(readonly problems: readonly CheckResult[]) {
    super(problems.map(describeCheck).join('\n'));
    this.name = 'StartupCheckError';
    this.exitCode = exitCodeOf(problems) || EX_CONFIG;
  }
}
