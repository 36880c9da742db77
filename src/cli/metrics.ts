import type { Command } from 'commander';
import { listRequests } from '../store/requests.js';
import { fromDb } from '../store/time.js';
import { computeMetrics, metricsCsv, type MetricsRow, type TypeMetrics } from '../workflow/compute-metrics.js';
import { withDatabase } from './with-database.js';

/** `metrics --year YYYY [--json|--csv]`: the §7102 numbers of one calendar year. */
export function registerMetricsCommand(program: Command): void {
  program
    .command('metrics')
    .description('requests received, complied with, denied, and days to respond, per type (§7102)')
    .requiredOption('--year <year>', 'calendar year, e.g. 2026')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action(async (options: { year: string; json?: boolean; csv?: boolean }) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 2020 || year > 2100) {
        process.stderr.write(`ccpa-mailbot: --year must be a year such as 2026, not "${options.year}"\n`);
        process.exitCode = 1;
        return;
      }
      await withDatabase(async (db, config) => {
        const rows: MetricsRow[] = (await listRequests(db)).map((r) => ({
          type: String(r.type),
          status: String(r.status),
          denialReason: r.denial_reason == null ? null : String(r.denial_reason),
          receivedAt: fromDb(r.received_at),
          respondedAt: r.responded_at == null ? null : fromDb(r.responded_at),
        }));
        const metrics = computeMetrics(rows, year, config.timeZone);
        process.stdout.write(options.csv ? metricsCsv(metrics, year) : options.json ? `${JSON.stringify({ year, metrics }, null, 2)}\n` : table(metrics, year));
      });
    });
}

function table(metrics: readonly TypeMetrics[], year: number): string {
  const lines = [`Requests received in ${year} (Cal. Code Regs. tit. 11, §7102)`, 'type             received  complied  denied  median days  mean days  denied by reason'];
  for (const m of metrics) {
    const reasons = Object.entries(m.deniedByReason).map(([k, v]) => `${k} ${v}`).join(', ');
    lines.push(
      `${m.type.padEnd(16)} ${String(m.received).padStart(8)}  ${String(m.compliedInWholeOrPart).padStart(8)}  ${String(m.denied).padStart(6)}  ${String(m.medianDaysToRespond ?? '-').padStart(11)}  ${String(m.meanDaysToRespond ?? '-').padStart(9)}  ${reasons}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
