import type { MachineFacts } from './machine-facts.js';

/** The shape of bench/results/latest.json (issue 7). Rates are messages per second. */
export interface BenchReport {
  messages: number;
  limitPerSec: number;
  botPerSec: number;
  ratio: number;
  sendPerSec: number;
  /** Peak RSS of the daemon draining the outbox (no goal; an operator's outbox after downtime). */
  sendPeakRssMb: number;
  ackLatencyMs: { p50: number; p95: number; max: number; requests: number; meanIntervalMs: number };
  peakRssMb: number;
  classifyPerSec: number;
  postgres: { botPerSec: number; ratio: number; peakRssMb: number } | null;
  machine: MachineFacts;
  goals: Record<string, { target: string; value: number; met: boolean }>;
  details: Record<string, unknown>;
  startedAt: string;
  durationMs: number;
}

/** The goals, checked against one run. */
export function checkGoals(r: Pick<BenchReport, 'ratio' | 'ackLatencyMs' | 'peakRssMb' | 'classifyPerSec'>): BenchReport['goals'] {
  return {
    ratio: { target: '>= 0.6', value: r.ratio, met: r.ratio >= 0.6 },
    ackP95Ms: { target: '<= 1000', value: r.ackLatencyMs.p95, met: r.ackLatencyMs.p95 <= 1000 },
    peakRssMb: { target: '<= 200', value: r.peakRssMb, met: r.peakRssMb <= 200 },
    classifyPerSec: { target: '>= 5000', value: r.classifyPerSec, met: r.classifyPerSec >= 5000 },
  };
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');

/** A plain-text table for the terminal. */
export function formatTable(r: BenchReport): string {
  const g = r.goals;
  const mark = (key: string) => (g[key] ? (g[key].met ? 'met' : 'MISSED') : '');
  const rows: Array<[string, string, string]> = [
    ['messages in the backlog', fmt(r.messages), ''],
    ['limit: IMAP fetch + mailparser (msg/s)', fmt(r.limitPerSec, 1), ''],
    ['bot on the backlog, SQLite (msg/s)', fmt(r.botPerSec, 1), ''],
    ['ratio bot / limit', fmt(r.ratio, 2), `>= 0.6 ${mark('ratio')}`],
    ['replies delivered to SMTP (msg/s)', fmt(r.sendPerSec, 1), ''],
    ['daemon peak RSS, replies delivered (MB)', fmt(r.sendPeakRssMb, 1), ''],
    ['acknowledgement latency p50 (ms)', fmt(r.ackLatencyMs.p50), ''],
    ['acknowledgement latency p95 (ms)', fmt(r.ackLatencyMs.p95), `<= 1000 ${mark('ackP95Ms')}`],
    ['acknowledgement latency max (ms)', fmt(r.ackLatencyMs.max), ''],
    ['daemon peak RSS, backlog (MB)', fmt(r.peakRssMb, 1), `<= 200 ${mark('peakRssMb')}`],
    ['understanding, one core (msg/s)', fmt(r.classifyPerSec), `>= 5000 ${mark('classifyPerSec')}`],
    ['bot on the backlog, PostgreSQL (msg/s)', r.postgres ? fmt(r.postgres.botPerSec, 1) : 'skipped', ''],
    ['ratio bot / limit, PostgreSQL', r.postgres ? fmt(r.postgres.ratio, 2) : 'skipped', ''],
    ['daemon peak RSS, PostgreSQL (MB)', r.postgres ? fmt(r.postgres.peakRssMb, 1) : 'skipped', ''],
  ];
  const w0 = Math.max(...rows.map((row) => row[0].length));
  const w1 = Math.max(...rows.map((row) => row[1].length));
  const m = r.machine;
  return [
    `ccpa-mailbot benchmark, ${r.startedAt}: ${m.cpuModel}, ${m.cores} cores, ${fmt(m.memoryMb)} MB, Node ${m.nodeVersion}`,
    ...rows.map(([name, value, goal]) => `  ${name.padEnd(w0)}  ${value.padStart(w1)}  ${goal}`.trimEnd()),
    `  finished in ${fmt(r.durationMs / 1000, 1)} s`,
  ].join('\n');
}
