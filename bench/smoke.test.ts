/**
 * Smoke test of the benchmark (issue 7): a tiny run (`--messages 50`, a 1 MB large message, five
 * latency requests, no PostgreSQL) must finish and write bench/results/latest.json's shape. It
 * asserts shape and consistency only, never speed: timed assertions do not belong in tests.
 * Run with `npm run bench:smoke`; it is not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('npm run bench -- --messages 50', () => {
  it('writes a report with every field the issue names, consistent with the run', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'latest.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--messages', '50', '--large-mb', '1', '--latency-requests', '5', '--latency-interval-ms', '50-100', '--no-postgres', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchReport;
    expect(report.messages).toBe(50);
    for (const key of ['limitPerSec', 'botPerSec', 'ratio', 'sendPerSec', 'peakRssMb', 'classifyPerSec'] as const) {
      expect(report[key], key).toBeGreaterThan(0);
    }
    expect(report.ratio).toBeCloseTo(report.botPerSec / report.limitPerSec, 6);
    expect(report.ackLatencyMs.requests).toBe(5);
    expect(report.ackLatencyMs.p50).toBeLessThanOrEqual(report.ackLatencyMs.p95);
    expect(report.ackLatencyMs.p95).toBeLessThanOrEqual(report.ackLatencyMs.max);
    expect(report.machine).toMatchObject({ cores: os.cpus().length, nodeVersion: process.version });
    expect(report.machine.cpuModel).not.toBe('');
    expect(report.postgres).toBeNull();
    expect(Object.keys(report.goals).sort()).toEqual(['ackP95Ms', 'classifyPerSec', 'peakRssMb', 'ratio']);
    // Every message of the mix was committed: the mix holds requests, so replies went out.
    const details = report.details as { load: { messages: number }; backlog: { messages: number; replies: Record<string, number> } };
    expect(details.load.messages).toBe(50);
    expect(details.backlog.replies.sent).toBeGreaterThan(0);
  }, 120_000);
});
