/**
 * `npm run mutate [-- ID...] [--verbose]`: makes each one-line break of scripts/mutations.ts in
 * turn, runs the test files named for it (`npx vitest run`), puts the file back, and prints one
 * line per break: caught or survived, how long it took, and the first test that failed.
 * Issue 12, must-show 6: tests that see.
 *
 * Exits non-zero when a break survived, when its original text is not found exactly once (the
 * list has rotted), or when the named tests fail before any change (nothing would be shown).
 * The file is always restored: after each run, on error, and on Ctrl-C or SIGTERM.
 * Not part of `npm test`: it runs the named tests once per break and would double the suite's time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATIONS, type Mutation } from './mutations.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A break that makes a test hang is caught by the timeout, like a failure. */
const RUN_TIMEOUT_MS = 5 * 60_000;

/** `failed`: a test failed or a test file could not load; `no_report`: vitest itself did not run. */
type TestRun = 'passed' | 'failed' | 'timed_out' | 'no_report';

/** The part of vitest's JSON report (Jest's format) that says whether anything failed. */
interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  numFailedTestSuites: number;
  testResults: Array<{ name: string; assertionResults: Array<{ status: string; title: string }> }>;
}

interface TestOutcome {
  result: TestRun;
  output: string;
  /** `file > test title` of each failed test. */
  failed: string[];
}

/** The file currently changed, and its original bytes, so any way out puts it back. */
let changed: { path: string; content: string } | null = null;
/** The folder of the running test's JSON report, removed on any way out too. */
let reportDir: string | null = null;

function restore(): void {
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
  reportDir = null;
  if (!changed) return;
  writeFileSync(changed.path, changed.content);
  changed = null;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    restore();
    console.error(`\n${signal}: file restored, stopping`);
    process.exit(130);
  });
}
process.on('exit', restore);

function occurrences(text: string, fragment: string): number {
  let count = 0;
  for (let at = text.indexOf(fragment); at !== -1; at = text.indexOf(fragment, at + fragment.length)) count++;
  return count;
}

/** Runs the named test files; the output is kept and shown only when asked (`--verbose`). */
function runTests(files: readonly string[], verbose: boolean): Promise<TestOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'ccpa-mutate-'));
  reportDir = dir;
  const reportFile = join(dir, 'report.json');
  const args = ['vitest', 'run', '--bail=1', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...files];
  return new Promise((done, fail) => {
    const child = spawn('npx', args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, RUN_TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport) : null;
      rmSync(dir, { recursive: true, force: true });
      reportDir = null;
      const failed = (report?.testResults ?? []).flatMap((file) =>
        file.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file.name.replace(`${REPO}/`, '')} > ${a.title}`),
      );
      done({ result: timedOut ? 'timed_out' : judge(report), output, failed });
    });
  });
}

function judge(report: JsonReport | null): TestRun {
  // No report, or no test run at all, shows nothing about the change: never counted as caught.
  if (report === null || (report.numTotalTests === 0 && report.numFailedTestSuites === 0)) return 'no_report';
  return report.numFailedTests > 0 || report.numFailedTestSuites > 0 ? 'failed' : 'passed';
}

/** Problems that make a break meaningless: its text is gone or ambiguous, a named test is missing. */
function problemsOf(m: Mutation): string[] {
  const path = join(REPO, m.file);
  if (!existsSync(path)) return [`${m.file} does not exist`];
  const found = occurrences(readFileSync(path, 'utf8'), m.original);
  const problems = found === 1 ? [] : [`original text found ${found} times in ${m.file} (must be exactly once)`];
  return [...problems, ...m.tests.filter((t) => !existsSync(join(REPO, t))).map((t) => `test file ${t} does not exist`)];
}

async function tryMutation(m: Mutation, verbose: boolean): Promise<{ outcome: 'caught' | 'survived' | 'no-run'; by: string }> {
  const path = join(REPO, m.file);
  const content = readFileSync(path, 'utf8');
  changed = { path, content };
  try {
    writeFileSync(path, content.replace(m.original, () => m.replacement));
    const { result, output, failed } = await runTests(m.tests, verbose);
    if (result === 'no_report' && !verbose) console.error(output.split('\n').slice(-20).join('\n'));
    const by = result === 'timed_out' ? 'a test timed out' : (failed[0] ?? (result === 'failed' ? 'a test file failed to load' : ''));
    return { outcome: result === 'passed' ? 'survived' : result === 'no_report' ? 'no-run' : 'caught', by };
  } finally {
    restore();
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const wanted = argv.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((id) => !MUTATIONS.some((m) => m.id === id));
  if (unknown.length > 0) {
    console.error(`unknown mutation id(s): ${unknown.join(', ')}`);
    return 2;
  }
  const selected = MUTATIONS.filter((m) => wanted.length === 0 || wanted.includes(m.id));
  const width = Math.max(...selected.map((m) => m.id.length));
  const problems = new Map(selected.map((m) => [m.id, problemsOf(m)]));
  const runnable = selected.filter((m) => problems.get(m.id)?.length === 0);
  let failures = selected.length - runnable.length;

  // The named tests must pass on the unchanged code, or a failure would show nothing.
  const allTests = [...new Set(runnable.flatMap((m) => m.tests))];
  if (allTests.length > 0) {
    const baselineStart = Date.now();
    const baseline = await runTests(allTests, verbose);
    if (baseline.result !== 'passed') {
      console.error(baseline.output.split('\n').slice(-40).join('\n'));
      console.error(`baseline: the named tests fail on the unchanged code (${seconds(baselineStart)}); no mutation run`);
      return 1;
    }
    console.log(`baseline  ${allTests.length} test files pass unchanged (${seconds(baselineStart)})`);
  }

  for (const m of selected) {
    const found = problems.get(m.id) ?? [];
    if (found.length > 0) {
      console.log(`broken    ${m.id.padEnd(width)}  ${found.join('; ')}`);
      continue;
    }
    const start = Date.now();
    const { outcome, by } = await tryMutation(m, verbose);
    if (outcome !== 'caught') failures++;
    console.log(`${outcome.padEnd(8)}  ${m.id.padEnd(width)}  ${seconds(start).padStart(7)}  ${m.file}: ${m.breaks}`);
    if (by) console.log(`${''.padEnd(10 + width)}  by: ${by}`);
  }
  const caught = selected.length - failures;
  console.log(`${caught} of ${selected.length} mutations caught`);
  return failures === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    restore();
    console.error(err);
    process.exitCode = 1;
  },
);
